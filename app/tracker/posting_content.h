// What a record says about its posting, compared as content rather than as
// the lines jobpipe rendered: `check` must not call a posting "changed"
// because a newer jobpipe writes the same facts differently ("Location:
// Eindhoven, Netherlands" then, "Location: Eindhoven" now; "EUR
// 52,000–64,000 per year" then, "52000-64000 EUR per year" now; "Acme
// B.V." or "Acme"). Both sides are postings as ReadRecord reads a record
// (the record on disk, and the record jobpipe would write from the page
// now), so each fact is compared in the form the record stores it, read
// with the rules normalize reads it with.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::tracker {

/// One place at two granularities is the same place: its comma-separated
/// parts, words normalised (NormalizedWords), the shorter list a prefix of
/// the longer: "Eindhoven" = "Eindhoven, Netherlands" = "EINDHOVEN,
/// Netherlands (Hybrid)" (a way-of-working note is not part of the place),
/// but "Eindhoven" != "Utrecht, Netherlands".
bool SamePlace(std::string_view a, std::string_view b);

/// The same pay: equal amounts, currency and period as ParseSalary reads
/// them from each text; texts without amounts ("Competitive") by their
/// normalised words.
bool SamePay(std::string_view a, std::string_view b);

/// The same employer: NormalizedCompany of each, after a place in closing
/// parentheses ("Acme (Utrecht)") is cut.
bool SameCompany(std::string_view a, std::string_view b);

/// Names of the posting parts (kPostingPartNames, in that order) whose
/// content differs between `recorded` and `now`: company, position,
/// job_description (summary, each list's items, each fact line),
/// company_details, skills. Words are compared normalised (case, accents,
/// punctuation and spacing do not count).
std::vector<std::string> PartsWithOtherContent(const Posting& recorded, const Posting& now);

}  // namespace jobpipe::tracker
