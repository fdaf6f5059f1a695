// Finds lexicon spellings (skill names and their aliases) in text without
// compiling one big regex of them: compiling and first running a
// case-insensitive RE2 alternation of ~500 spellings was a third of a short
// run. The spellings are grouped by their first letter, so each place in a
// text costs a look at the few spellings that start with its letter.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe {

class SpellingIndex {
 public:
  /// `spellings` are ASCII (non-ASCII ones are never found).
  explicit SpellingIndex(const std::vector<std::string>& spellings);

  /// The length in `text` of the longest spelling written at `at`, 0 when
  /// none is. Case is ignored exactly as RE2's (?i) ignores it for ASCII:
  /// letters of either case, and also U+212A KELVIN SIGN for "k" and U+017F
  /// LONG S for "s" (so a match holding one of those is longer in the text
  /// than the spelling, and is not ASCII).
  std::size_t LongestAt(std::string_view text, std::size_t at) const;

 private:
  /// Lowered spellings by their first byte.
  std::array<std::vector<std::string>, 128> by_first_byte_;
};

}  // namespace jobpipe
