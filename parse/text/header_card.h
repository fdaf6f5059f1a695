// The header card a pasted posting often starts with, before its body:
//
//   https://www.linkedin.com/jobs/view/123          <- URL line (facts.url)
//   Engineering Manager - MLOps & Analytics         <- title
//   Canonical · London, UK (Remote)                 <- company · location
//   Full-time                                       <- facts of the card
//   Posted 3 days ago · 120 applicants
//   The role of an Engineering Manager at Canonical <- body heading: stays
//   As an Engineering Manager at Canonical, you...  <- body
//
// The rule: from the top, take short lines (at most 150 characters and 20
// words, no final . ! ? ; , or :, not a list item, not wrapped onto the
// next line) into the card, at most 12. If no body line ends the card (the
// text is all short lines, or more than 12), there is no card: only
// leading URL lines are taken.
// The card stops at the first line that is not short, and before a short
// line that introduces the body: a common heading phrase ("About us",
// "Overview", "The role"), or a line written like a sentence ("The role of
// an Engineering Manager at Canonical") that holds no card data (digits,
// "·", "|", currency, emoji) and is followed by prose rather than by another
// short line. A markdown heading of level 1 or 2 on the very first line is
// the title and always belongs to the card. After the title, a line of
// short sentences naming the job's terms ("Permanent, full-time. Hybrid:
// three days a week in our Cork office.") is card data, not body, although
// it ends like a sentence. UI chrome lines ("Apply",
// "Save", "Show more", ...) are dropped wherever they occur.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/text/lines.h"

namespace jobpipe::text {

struct HeaderCard {
  std::vector<std::string> lines;  // cleaned, in order
  std::optional<std::string> url;  // the first URL line, as written
  std::size_t body_start = 0;      // index of the first line of the body
};

/// The card at the top of `lines`, starting the search at `first`.
HeaderCard ExtractHeaderCard(const std::vector<Line>& lines, std::size_t first);

/// A button or link label that a copy of a job page carries along
/// ("Show more", "Apply", "Save", "Easy Apply", "…see more", "Report this job").
bool IsUiChrome(std::string_view text);

/// `text` without a trailing "…see more" / "... show more" truncation label.
std::string_view WithoutSeeMore(std::string_view text);

}  // namespace jobpipe::text
