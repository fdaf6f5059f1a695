#include "export/record_reader.h"

#include <map>
#include <string>
#include <vector>

#include "core/text/whitespace.h"
#include "core/text/words.h"
#include "export/markdown_escape.h"
#include "export/record_layout.h"

namespace jobpipe {
namespace {

// Record lines carry no newline: ASCII white space is what " \t\r" was.
std::string Trim(std::string_view s) { return std::string(textkit::Trim(s, textkit::Spaces::kAscii)); }

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Every line, empty ones too, without the '\r' of a CRLF file (unlike
// textkit::SplitLines, which trims and drops empty lines): views into
// the text, which outlives them (ReadRecord's argument).
std::vector<std::string_view> EveryLine(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::string_view line : textkit::SplitOn(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
  }
  return lines;
}

// The record's "## " parts, by heading, each with its lines (views into the
// record: a record may have 100,000 lines).
std::map<std::string, std::vector<std::string_view>, std::less<>> SplitParts(
    const std::vector<std::string_view>& lines) {
  std::map<std::string, std::vector<std::string_view>, std::less<>> parts;
  std::vector<std::string_view>* current = nullptr;
  for (std::string_view line : lines) {
    if (StartsWith(line, "## ")) {
      current = &parts[Trim(line)];
      continue;
    }
    if (current) current->push_back(line);
  }
  return parts;
}

std::string FirstValue(const std::vector<std::string_view>& lines) {
  for (std::string_view line : lines) {
    std::string t = Trim(line);
    if (!t.empty()) return UnescapeMarkdownLine(t);
  }
  return "";
}

std::optional<std::string> NonEmpty(std::string value) {
  if (value.empty()) return std::nullopt;
  return value;
}

void SetFact(record::FactLine line, const std::string& value, Facts* facts) {
  using record::FactLine;
  std::optional<std::string> contract = record::ContractValue(line, value);
  switch (line) {
    case FactLine::kLocation: facts->location = value; break;
    case FactLine::kWorkplace: facts->workplace = contract; break;
    case FactLine::kEmploymentType: facts->employment_type = contract; break;
    case FactLine::kSeniority: facts->seniority = contract; break;
    case FactLine::kSalary: facts->salary = Salary{value, {}, {}, {}, {}}; break;
    case FactLine::kDepartment: facts->department = value; break;
    case FactLine::kDatePosted: facts->date_posted = value; break;
    case FactLine::kValidThrough: facts->valid_through = value; break;
    case FactLine::kApplyUrl: facts->apply_url = value; break;
  }
}

bool ReadFactLine(const std::string& line, Facts* facts) {
  for (const record::FactLabel& fact : record::kFactLabels) {
    std::string prefix = std::string(fact.label) + ": ";
    if (StartsWith(line, prefix)) {
      SetFact(fact.line, Trim(line.substr(prefix.size())), facts);
      return true;
    }
  }
  return false;
}

void ReadJobDescription(const std::vector<std::string_view>& lines, Posting* posting) {
  Section* list = nullptr;
  std::string summary;
  bool in_summary = true;
  for (std::string_view raw : lines) {
    std::string line = Trim(raw);
    if (line.empty()) continue;
    bool is_lead = false;
    for (const record::SubList& sub : record::kSubLists) {
      if (line == sub.lead) {
        posting->sections.push_back(Section{sub.kind, std::nullopt, "", {}});
        list = &posting->sections.back();
        is_lead = true;
      }
    }
    if (is_lead) {
      in_summary = false;
      continue;
    }
    if (list && StartsWith(line, "- ")) {
      list->items.push_back(UnescapeMarkdownLine(Trim(line.substr(2))));
      continue;
    }
    if (ReadFactLine(line, &posting->facts)) {
      in_summary = false;
      continue;
    }
    if (in_summary) {
      if (!summary.empty()) summary += "\n\n";
      summary += UnescapeMarkdownLine(line);
    }
  }
  posting->summary = summary;
}

std::string ReadProse(const std::vector<std::string_view>& lines) {
  std::string text;
  for (std::string_view raw : lines) {
    std::string line = Trim(raw);
    if (line.empty()) continue;
    if (!text.empty()) text += "\n\n";
    text += UnescapeMarkdownLine(line);
  }
  return text;
}

std::vector<std::string> ReadKeySkills(const std::vector<std::string_view>& lines) {
  std::vector<std::string> skills;
  bool in_skills = false;
  for (std::string_view line : lines) {
    if (StartsWith(line, record::kKeySkills)) {
      in_skills = true;
      continue;
    }
    if (!in_skills) continue;
    if (StartsWith(line, "  - ")) {
      skills.push_back(UnescapeMarkdownLine(Trim(line.substr(4))));
    } else if (!Trim(line).empty()) {
      break;  // the next top-level note
    }
  }
  return skills;
}

}  // namespace

Result<Posting> ReadRecord(std::string_view markdown) {
  if (StartsWith(markdown, "\xEF\xBB\xBF")) markdown.remove_prefix(3);
  std::vector<std::string_view> lines = EveryLine(markdown);
  std::size_t first = 0;
  while (first < lines.size() && Trim(lines[first]).empty()) ++first;
  if (first == lines.size() || Trim(lines[first]) != record::kTitle) {
    return MakeError(ErrorCode::kNotAPosting, "not an application record (no \"" +
                                                  std::string(record::kTitle) + "\" first line)");
  }
  auto parts = SplitParts(lines);
  auto part = [&](std::string_view heading) -> const std::vector<std::string_view>& {
    static const std::vector<std::string_view> kNone;
    auto it = parts.find(heading);
    return it == parts.end() ? kNone : it->second;
  };

  Posting posting;
  posting.facts.company = NonEmpty(FirstValue(part(record::kCompany)));
  posting.facts.title = NonEmpty(FirstValue(part(record::kPosition)));
  std::string url = FirstValue(part(record::kJobUrl));
  if (StartsWith(url, "http://") || StartsWith(url, "https://")) posting.facts.url = url;

  const auto& status_lines = part(record::kStatus);
  for (std::size_t i = 0; i < status_lines.size(); ++i) {
    if (Trim(status_lines[i]) == record::kStatusApplication) {
      // The value ends at the next sub-heading ("### History"): an empty
      // status is not the heading that follows it.
      auto value_end = status_lines.begin() + i + 1;
      while (value_end != status_lines.end() && !StartsWith(Trim(*value_end), "#")) ++value_end;
      posting.application.status =
          FirstValue(std::vector<std::string_view>(status_lines.begin() + i + 1, value_end));
      break;
    }
  }
  ReadJobDescription(part(record::kJobDescription), &posting);
  posting.company_details = ReadProse(part(record::kCompanyDetails));
  posting.application.date = FirstValue(part(record::kApplicationDate));
  posting.skills = ReadKeySkills(part(record::kNotes));
  return posting;
}

}  // namespace jobpipe
