#include "app/tracker/record_parts.h"

#include "export/record_layout.h"

namespace jobpipe::tracker {
namespace {

std::string PartText(const RecordText& record, std::string_view heading) {
  auto start = record.FindPart(heading);
  if (!start) return "";
  std::string text;
  for (std::size_t i = *start + 1, end = record.PartEnd(*start); i < end; ++i) {
    if (record.Blank(i)) continue;
    text += record.Trimmed(i);
    text += '\n';
  }
  return text;
}

// The "- Key skills to emphasize:" sub-list of the Notes.
std::string SkillsText(const RecordText& record) {
  auto notes = record.FindPart(record::kNotes);
  if (!notes) return "";
  auto lead = record.FindLine(record::kKeySkills, *notes + 1, record.PartEnd(*notes));
  if (!lead) return "";
  std::string text;
  for (std::size_t i = *lead + 1, end = record.PartEnd(*notes); i < end; ++i) {
    std::string_view line = record.Line(i);
    if (line.substr(0, 4) != "  - ") break;
    text += record.Trimmed(i);
    text += '\n';
  }
  return text;
}

}  // namespace

std::map<std::string, std::string, std::less<>> PostingParts(const RecordText& record) {
  return {
      {"company", PartText(record, record::kCompany)},
      {"position", PartText(record, record::kPosition)},
      {"job_description", PartText(record, record::kJobDescription)},
      {"company_details", PartText(record, record::kCompanyDetails)},
      {"skills", SkillsText(record)},
  };
}

std::vector<std::string> ChangedParts(const RecordText& before, const RecordText& after) {
  auto old_parts = PostingParts(before);
  auto new_parts = PostingParts(after);
  std::vector<std::string> changed;
  for (std::string_view name : kPostingParts) {
    if (old_parts.find(name)->second != new_parts.find(name)->second) changed.emplace_back(name);
  }
  return changed;
}

}  // namespace jobpipe::tracker
