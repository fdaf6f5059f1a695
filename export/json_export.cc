// The JSON contract (../shared/JSON_CONTRACT.md, schema/posting.schema.json):
// every field always present, null for unknown, arrays never missing.
#include <nlohmann/json.hpp>

#include "export/export.h"
#include "export/text_cleaning.h"

namespace jobpipe {
namespace {

using json = nlohmann::ordered_json;

json OptionalString(const std::optional<std::string>& value) {
  return value ? json(CleanInline(*value)) : json(nullptr);
}

json OptionalNumber(const std::optional<double>& value) {
  return value ? json(*value) : json(nullptr);
}

json SourceJson(const Source& source) {
  json out = {{"type", SourceTypeName(source.type)}, {"name", source.name}};
  if (!source.fetched_url.empty()) {
    out["fetched_url"] = source.fetched_url;
    out["http_status"] = source.http_status;
    out["fetched_at"] = source.fetched_at;
  }
  return out;
}

json SalaryJson(const std::optional<Salary>& salary) {
  if (!salary) return nullptr;
  return {{"text", CleanInline(salary->text)},
          {"min", OptionalNumber(salary->min)},
          {"max", OptionalNumber(salary->max)},
          {"currency", OptionalString(salary->currency)},
          {"period", OptionalString(salary->period)}};
}

json SectionJson(const Section& section) {
  json items = json::array();
  for (const std::string& item : section.items) items.push_back(CleanInline(item));
  return {{"kind", SectionKindName(section.kind)},
          {"heading", OptionalString(section.heading)},
          {"text", CleanProse(section.text)},
          {"items", std::move(items)}};
}

json StringArray(const std::vector<std::string>& values) {
  json out = json::array();
  for (const std::string& v : values) out.push_back(CleanInline(v));
  return out;
}

json SkillDetailsJson(const std::vector<SkillDetail>& details) {
  json out = json::array();
  for (const SkillDetail& detail : details) {
    out.push_back({{"name", CleanInline(detail.name)},
                   {"sections", detail.sections},
                   {"count", detail.count}});
  }
  return out;
}

json EntryRefJson(const EntryRef& entry) {
  return {{"section", ResumeSectionName(entry.section)},
          {"index", entry.index},
          {"name", CleanInline(entry.name)},
          {"role", CleanInline(entry.role)}};
}

json SkillMatchesJson(const std::vector<SkillMatch>& skills) {
  json out = json::array();
  for (const SkillMatch& skill : skills) {
    json evidence = json::array();
    for (const EntryRef& entry : skill.evidence) evidence.push_back(EntryRefJson(entry));
    out.push_back({{"name", CleanInline(skill.name)},
                   {"level", SkillLevelName(skill.level)},
                   {"sections", skill.sections},
                   {"count", skill.count},
                   {"evidence", std::move(evidence)}});
  }
  return out;
}

// The resume match (--resume only): counts that explain themselves, then
// the skills and the entries behind them.
json MatchJson(const ResumeMatch& match) {
  const Coverage& c = match.coverage;
  json entries = json::array();
  for (const EntryEvidence& e : match.entries) {
    json entry = EntryRefJson(e.entry);
    entry["skills"] = StringArray(e.skills);
    entries.push_back(std::move(entry));
  }
  return {{"resume", match.resume},
          {"coverage",
           {{"required", {{"shown", c.required_shown}, {"total", c.required_total}}},
            {"preferred", {{"shown", c.preferred_shown}, {"total", c.preferred_total}}},
            {"mentioned", {{"shown", c.mentioned_shown}, {"total", c.mentioned_total}}},
            {"text", c.text}}},
          {"matched", SkillMatchesJson(match.matched)},
          {"missing", SkillMatchesJson(match.missing)},
          {"entries", std::move(entries)},
          {"underweighted", SkillMatchesJson(match.underweighted)}};
}

// Field order follows the contract's table so that diffs read naturally.
json PostingJson(const Posting& posting) {
  const Facts& f = posting.facts;
  json out = json::object();
  out["schema_version"] = Posting::kSchemaVersion;
  out["url"] = OptionalString(f.url);
  out["source"] = SourceJson(posting.source);
  out["company"] = OptionalString(f.company);
  out["title"] = OptionalString(f.title);
  out["location"] = OptionalString(f.location);
  out["workplace"] = OptionalString(f.workplace);
  out["employment_type"] = OptionalString(f.employment_type);
  out["salary"] = SalaryJson(f.salary);
  out["date_posted"] = OptionalString(f.date_posted);
  out["valid_through"] = OptionalString(f.valid_through);
  out["seniority"] = OptionalString(f.seniority);
  out["department"] = OptionalString(f.department);
  out["apply_url"] = OptionalString(f.apply_url);
  out["language"] = OptionalString(f.language);
  out["summary"] = CleanProse(posting.summary);
  json sections = json::array();
  for (const Section& s : posting.sections) sections.push_back(SectionJson(s));
  out["sections"] = std::move(sections);
  out["company_details"] = CleanProse(posting.company_details);
  out["skills"] = StringArray(posting.skills);
  out["skill_details"] = SkillDetailsJson(posting.skill_details);
  out["application"] = {{"status", posting.application.status},
                        {"date", posting.application.date}};
  out["warnings"] = StringArray(posting.warnings);
  if (posting.match) out["match"] = MatchJson(*posting.match);
  return out;
}

// Invalid UTF-8 cannot reach here (ingest sanitizes), but a dump must never
// throw: replace rather than fail.
std::string Dump(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

std::string RenderJson(const Posting& posting) { return Dump(PostingJson(posting), 2) + "\n"; }

std::string RenderJsonLine(const Posting& posting) { return Dump(PostingJson(posting), -1) + "\n"; }

namespace {

std::string FailureLine(const Source& source, json error) {
  json out = json::object();
  out["schema_version"] = Posting::kSchemaVersion;
  out["source"] = SourceJson(source);
  out["error"] = std::move(error);
  return Dump(out, -1) + "\n";
}

}  // namespace

std::string RenderErrorJsonLine(const Source& source, const Error& error) {
  json err = {{"code", ErrorCodeName(error.code)}, {"message", error.message}};
  if (error.http_status != 0) err["http_status"] = error.http_status;
  return FailureLine(source, std::move(err));
}

std::string RenderSkipJsonLine(const Source& source, std::string_view reason,
                               const std::string& message) {
  return FailureLine(source, {{"code", reason}, {"message", message}, {"skipped", true}});
}

}  // namespace jobpipe
