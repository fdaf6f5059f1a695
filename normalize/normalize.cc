#include "normalize/normalize.h"

#include <ctime>
#include <utility>

#include "core/stop.h"
#include "normalize/facts/facts.h"
#include "normalize/facts/legal_forms.h"
#include "normalize/facts/location.h"
#include "normalize/facts/posted_ago.h"
#include "normalize/facts/salary.h"
#include "normalize/flat/flat_text.h"
#include "normalize/posting_check.h"
#include "normalize/sections/sections.h"
#include "normalize/sections/summary.h"
#include "normalize/skills/skills.h"

namespace jobpipe {
namespace {

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

}  // namespace

std::string RunDate(const NormalizeOptions& options) { return options.date.empty() ? Today() : options.date; }

Posting NormalizeSections(const ParsedDocument& parsed) {
  Posting posting;
  posting.source = parsed.source;
  posting.warnings = parsed.warnings;
  posting.facts = parsed.facts;
  // "X is a plus" is a nice-to-have wherever the employer listed it (the
  // contract's `preferred`); prose stays where the posting put it.
  sections::SectionOptions section_options;
  section_options.split_nice_to_have_items = true;
  // A description flattened into one line gets its headings and items back.
  const std::optional<std::vector<Block>> unflattened = flat::UnflattenBlocks(parsed.blocks);
  posting.sections =
      sections::BuildSections(unflattened ? *unflattened : parsed.blocks, &posting.warnings, section_options);
  return posting;
}

void NormalizeFacts(const ParsedDocument& parsed, const std::string& run_date, Posting* posting) {
  facts::ExtractFacts(parsed, posting->sections, &posting->facts, &posting->warnings);
  if (!posting->facts.date_posted && posting->facts.posted_ago) {
    posting->facts.date_posted = facts::DateFromPostedAgo(*posting->facts.posted_ago, run_date);
  }
}

void NormalizeSkills(Posting* posting) {
  posting->skill_details = skills::FindSkillDetails(posting->sections, posting->facts.title.value_or(""));
  for (const SkillDetail& detail : posting->skill_details) posting->skills.push_back(detail.name);
}

Result<Posting> Normalize(const ParsedDocument& parsed, const NormalizeOptions& options) {
  Posting posting = NormalizeSections(parsed);
  // Ctrl-C while parsing left `parsed` half read: no posting from it.
  if (StopRequested()) return StoppedError(posting.source.name);
  const std::string run_date = RunDate(options);
  NormalizeFacts(parsed, run_date, &posting);
  if (StopRequested()) return StoppedError(posting.source.name);

  if (!LooksLikePosting(posting)) {
    return MakeError(ErrorCode::kNotAPosting,
                     posting.source.name +
                         ": no job posting found (no job sections, and no title with job facts)");
  }
  posting.summary = sections::Summarize(posting.sections);
  posting.company_details = sections::CompanyDetails(posting.sections);
  NormalizeSkills(&posting);
  posting.application.status = options.status;
  posting.application.date = run_date;
  return posting;
}

std::vector<std::string> FindSkillsInText(std::string_view text) { return skills::FindSkills(text); }

std::string CanonicalPostingUrl(const std::string& url) { return facts::CanonicalPostingUrl(url); }

std::optional<Salary> SalaryAsRecorded(std::string_view text) {
  std::optional<Salary> salary = facts::ParseSalary(text);
  if (salary) facts::AssumeYearlyPeriod(&*salary);
  return salary;
}

std::string WithoutWorkplaceSuffix(std::string location) {
  return facts::WithoutWorkplaceSuffix(std::move(location));
}

std::vector<std::string_view> EmployerLegalForms() {
  std::vector<std::string_view> written;
  for (const facts::LegalForm& form : facts::LegalForms(facts::LegalFormUse::kFingerprint)) {
    written.push_back(form.written);
  }
  return written;
}

}  // namespace jobpipe
