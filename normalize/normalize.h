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

/// Normalize's steps one at a time, for `jobpipe --dump` (app/stage_dump.h).
/// Normalize runs them in this order, with its checks (a stop, "no job
/// posting found") between them; alone they never fail.
/// The sections (with parse's source, warnings and facts carried over).
Posting NormalizeSections(const ParsedDocument& parsed);
/// The facts `posting`'s sections and `parsed` give; a relative age ("2 days
/// ago") is counted back from `run_date` (YYYY-MM-DD).
void NormalizeFacts(const ParsedDocument& parsed, const std::string& run_date, Posting* posting);
/// The skills of `posting`'s sections, with their details.
void NormalizeSkills(Posting* posting);
/// options.date, or today (local time) when it is empty.
std::string RunDate(const NormalizeOptions& options);

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

/// The legal forms an employer's name may end with that say nothing of
/// which employer it is ("GmbH", "Inc.", "S.A."), as written in
/// data/company/legal_forms.tsv (use "fingerprint").
std::vector<std::string_view> EmployerLegalForms();

}  // namespace jobpipe
