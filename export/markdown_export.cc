// The application record, exactly as ../shared/RECORD_FORMAT.md lays it out.
#include <sstream>

#include "export/export.h"
#include "export/markdown_escape.h"
#include "export/match_notes.h"
#include "export/record_digests.h"
#include "export/record_layout.h"
#include "export/text_cleaning.h"

namespace jobpipe {
namespace {

using record::FactLine;

// Writes one value under a heading; an unknown value is an empty line so
// every record keeps the same skeleton.
void Field(std::ostream& out, std::string_view heading, const std::string& value) {
  out << heading << '\n' << EscapeMarkdownLine(CleanInline(value)) << "\n\n";
}

std::string FactValue(const Facts& facts, FactLine line) {
  auto value_or_empty = [](const std::optional<std::string>& v) { return v ? *v : ""; };
  switch (line) {
    case FactLine::kLocation: return value_or_empty(facts.location);
    case FactLine::kWorkplace:
    case FactLine::kEmploymentType:
    case FactLine::kSeniority: {
      const auto& v = line == FactLine::kWorkplace        ? facts.workplace
                      : line == FactLine::kEmploymentType ? facts.employment_type
                                                          : facts.seniority;
      return v ? std::string(record::DisplayName(line, *v)) : "";
    }
    case FactLine::kSalary: return facts.salary ? facts.salary->text : "";
    case FactLine::kDepartment: return value_or_empty(facts.department);
    case FactLine::kDatePosted: return value_or_empty(facts.date_posted);
    case FactLine::kValidThrough: return value_or_empty(facts.valid_through);
    case FactLine::kApplyUrl: return value_or_empty(facts.apply_url);
  }
  return "";
}

// A kind's items across all its sections, in their order; a section of
// the kind written as prose (no list) contributes its paragraphs, so
// nothing the posting says about it is lost from the record, even beside
// another section of that kind that has a list.
std::vector<std::string> ItemsOfKind(const std::vector<Section>& sections, SectionKind kind) {
  std::vector<std::string> items;
  for (const Section& s : sections) {
    if (s.kind != kind) continue;
    for (const std::string& item : s.items) items.push_back(CleanInline(item));
    if (!s.items.empty()) continue;
    std::string prose = CleanProse(s.text);
    std::size_t start = 0;
    while (start < prose.size()) {
      std::size_t end = prose.find("\n\n", start);
      if (end == std::string::npos) end = prose.size();
      items.push_back(prose.substr(start, end - start));
      start = end + 2;
    }
  }
  return items;
}

void JobDescription(std::ostream& out, const Posting& posting) {
  out << record::kJobDescription << '\n';
  std::vector<std::string> blocks;  // written separated by blank lines

  std::string summary = CleanProse(posting.summary);
  if (!summary.empty()) {
    std::string escaped;
    std::istringstream lines(summary);
    for (std::string line; std::getline(lines, line);) escaped += EscapeMarkdownLine(line) + "\n";
    escaped.pop_back();
    blocks.push_back(escaped);
  }

  std::string facts;
  for (const record::FactLabel& fact : record::kFactLabels) {
    std::string value = CleanInline(FactValue(posting.facts, fact.line));
    if (!value.empty()) facts += std::string(fact.label) + ": " + value + "\n";
  }
  if (!facts.empty()) blocks.push_back(facts.substr(0, facts.size() - 1));

  for (const record::SubList& sub : record::kSubLists) {
    std::vector<std::string> items = ItemsOfKind(posting.sections, sub.kind);
    if (items.empty()) continue;  // no empty "Required qualifications:" block
    std::string list(sub.lead);
    for (const std::string& item : items) list += "\n- " + EscapeMarkdownLine(item);
    blocks.push_back(list);
  }

  if (blocks.empty()) blocks.emplace_back();
  for (const std::string& block : blocks) out << block << "\n\n";
}

void CompanyDetails(std::ostream& out, const Posting& posting) {
  out << record::kCompanyDetails << '\n';
  std::string prose = CleanProse(posting.company_details);
  std::istringstream lines(prose);
  bool any = false;
  for (std::string line; std::getline(lines, line);) {
    out << EscapeMarkdownLine(line) << '\n';
    any = true;
  }
  if (!any) out << '\n';
  out << '\n';
}

void PersonalConnection(std::ostream& out) {
  out << record::kPersonalConnection << '\n';
  for (std::string_view question : record::kPersonalConnectionQuestions) {
    out << "- " << question << '\n';
  }
  out << '\n';
}

// The notes are the user's workspace: without a resume the posting's skills
// are filled in and the other prompts are left for the user (nothing is
// invented for them); with one (--resume) all four come from the match.
void Notes(std::ostream& out, const Posting& posting) {
  if (posting.match) {
    out << record::kNotes << '\n';
    WriteMatchNotes(out, posting);
    return;
  }
  out << record::kNotes << '\n' << record::kKeySkills << '\n';
  for (const std::string& skill : posting.skills) {
    out << "  - " << EscapeMarkdownLine(CleanInline(skill)) << '\n';
  }
  out << "- Resume customization ideas:\n"
         "- Resume bullet points to highlight or modify:\n"
         "- Cover letter points:\n";
  for (std::string_view prompt : record::kCoverLetterPrompts) out << "  - " << prompt << '\n';
}

}  // namespace

std::string RenderMarkdown(const Posting& posting) {
  const Facts& facts = posting.facts;
  std::ostringstream out;
  out << record::kTitle << "\n\n";
  Field(out, record::kCompany, facts.company.value_or(""));
  Field(out, record::kPosition, facts.title.value_or(""));
  Field(out, record::kJobUrl, facts.url ? *facts.url : record::PlaceholderJobUrl(facts));
  out << record::kStatus << '\n';
  Field(out, record::kStatusApplication, posting.application.status);
  JobDescription(out, posting);
  CompanyDetails(out, posting);
  Field(out, record::kApplicationDate, posting.application.date);
  PersonalConnection(out);
  Notes(out, posting);
  // Last, so that a user's edits in the middle of records, and their
  // merges, never meet it.
  std::string text = out.str();
  text += record::DigestLine(record::DigestsOf(text));
  text += '\n';
  return text;
}

}  // namespace jobpipe
