// Stage 3, normalize: turns blocks into the posting of the JSON contract:
// sections with kinds, facts (title, company, location, salary, ...),
// summary, company details and skills.
//
// Input:  ParsedDocument and the user's choices (status, date).
// Output: Result<Posting>; fails only with kNotAPosting when the input has
//         neither a title nor any section. Otherwise total: doubtful
//         guesses go to Posting::warnings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

struct NormalizeOptions {
  std::string status = "PENDING";
  std::string date;  // YYYY-MM-DD; "" = today (local time)
};

Result<Posting> Normalize(const ParsedDocument& parsed, const NormalizeOptions& options);

/// The lexicon's skills named in free text (a resume's own words), by
/// canonical name in order of first mention: the matcher postings use.
std::vector<std::string> FindSkillsInText(std::string_view text);

// The fact rules the application uses to recognise a posting again (batch
// reruns, the tracker's check): the same values the record stores.

/// LinkedIn job URLs of every shape -> https://www.linkedin.com/jobs/view/N/;
/// other URLs kept with tracking parameters (utm_*, ...) removed.
std::string CanonicalPostingUrl(const std::string& url);

/// A salary as written, read into amounts, currency and period the way a
/// posting's facts are (a large amount with no period is yearly); nullopt
/// for empty text.
std::optional<Salary> SalaryAsRecorded(std::string_view text);

/// A location without its workplace note: "Dublin, Ireland (Hybrid)" ->
/// "Dublin, Ireland".
std::string WithoutWorkplaceSuffix(std::string location);

}  // namespace jobpipe
