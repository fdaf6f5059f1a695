// LinkedIn's clipboard copy loses the line breaks between list items:
//   "...its MLOps/Analytics portfolioOrganize and lead the team's..."
//   "...for the cloud.Experience with...", "...since 2004!Personal..."
// A lowercase letter or one of . ! ? ) ; ] directly followed by a capital
// that starts a word is such a lost break, unless the joined word is
// camel-case by nature (camel_case.h), or the spot is inside a URL, e-mail
// address, hashtag, code span or snake_case identifier, or after an
// abbreviation (e.g. i.e. U.S. Dr.), or a dotted name (ASP.NET, Node.JS).
// A digit before the capital never counts: 3D, 5G, 4K, B2B, 401K.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::text {

struct LostBreak {
  std::size_t at = 0;  // byte offset of the capital that starts the next item
  /// Strong: after sentence punctuation, a closing parenthesis, or an
  /// all-lowercase word ("portfolioOrganize"). Weak: after a capitalised
  /// word ("ProgrammeOpportunity"), which may still be a product name.
  bool strong = true;
  bool after_sentence_end = false;  // the character before is . ! or ?
  bool after_punctuation = false;   // . ! ? ) ; ] or a closing quote before
  /// After a capitalised word of 8 or more letters ("KubernetesKenntnisse",
  /// "DezemberEin"): product names join short parts ("SalesForce",
  /// "ZenDeskPro"), and German capitalises every noun, so such a break is
  /// strong.
  bool after_long_word = false;
};

/// Every lost break in `line`, in order.
std::vector<LostBreak> FindLostBreaks(std::string_view line);

struct RunTogether {
  /// The items when the line is a run-together list; otherwise one segment:
  /// the line with a space put back after . ! ? where one was lost.
  std::vector<std::string> segments;
  bool is_list = false;
};

/// A line is a run-together list when it splits into 3 or more segments
/// that each look like an item (start with a capital, two words or more,
/// three or more for the median item) and at least half the breaks are
/// strong. A paragraph of sentences
/// ("Foo. Bar.") has spaces after its periods and so no breaks at all.
/// Inside a list item (`min_segments` 2) one break after punctuation is
/// enough: "detail-oriented;You speak German" is two items. Two segments
/// also make a list when a long word ends the first and each has four or
/// more words.
RunTogether SplitRunTogether(std::string_view line, std::size_t min_segments = 3);

/// The same with `line`'s lost breaks already found (FindLostBreaks), for a
/// caller that tries more than one `min_segments`.
RunTogether SplitRunTogether(std::string_view line, const std::vector<LostBreak>& breaks,
                             std::size_t min_segments);

}  // namespace jobpipe::text
