#include "parse/text/front_matter.h"

#include <re2/re2.h>

#include <array>
#include <optional>
#include <utility>

#include "parse/text/front_matter_readers.h"
#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

// A delimited block longer than this is not front matter.
constexpr std::size_t kMaxFrontMatterLines = 300;
constexpr std::size_t kMinBareHeaderLines = 2;

enum class Target {
  kNone,
  kTitle,
  kCompany,
  kLocation,
  kSalary,
  kDate,
  kValidThrough,
  kUrl,
  kApplyUrl,
  kDepartment,
  kDropList
};

struct KeyTarget {
  std::string_view key;
  Target target;
};

constexpr std::array<KeyTarget, 56> kKeys = {{
    {"title", Target::kTitle},
    {"job_title", Target::kTitle},
    {"jobtitle", Target::kTitle},
    {"position", Target::kTitle},
    {"role", Target::kTitle},
    {"job", Target::kTitle},
    {"company", Target::kCompany},
    {"company_name", Target::kCompany},
    {"organization", Target::kCompany},
    {"organisation", Target::kCompany},
    {"employer", Target::kCompany},
    {"hiring_organization", Target::kCompany},
    {"location", Target::kLocation},
    {"city", Target::kLocation},
    {"job_location", Target::kLocation},
    {"address_locality", Target::kLocation},
    {"work_location", Target::kLocation},
    {"salary", Target::kSalary},
    {"compensation", Target::kSalary},
    {"pay", Target::kSalary},
    {"salary_range", Target::kSalary},
    {"date", Target::kDate},
    {"date_posted", Target::kDate},
    {"posted", Target::kDate},
    {"posted_at", Target::kDate},
    {"published", Target::kDate},
    {"published_at", Target::kDate},
    {"created", Target::kDate},
    {"created_at", Target::kDate},
    {"publish_date", Target::kDate},
    {"sort_date", Target::kDate},
    {"closing_date", Target::kValidThrough},
    {"close_date", Target::kValidThrough},
    {"deadline", Target::kValidThrough},
    {"valid_through", Target::kValidThrough},
    {"expires", Target::kValidThrough},
    {"apply_by", Target::kValidThrough},
    {"url", Target::kUrl},
    {"link", Target::kUrl},
    {"job_url", Target::kUrl},
    {"source_url", Target::kUrl},
    {"apply", Target::kApplyUrl},
    {"apply_url", Target::kApplyUrl},
    {"apply_link", Target::kApplyUrl},
    {"application_url", Target::kApplyUrl},
    {"department", Target::kDepartment},
    {"team", Target::kDepartment},
    // Metadata: lists of these are not posting content.
    {"tags", Target::kDropList},
    {"categories", Target::kDropList},
    {"category", Target::kDropList},
    {"keywords", Target::kDropList},
    {"aliases", Target::kDropList},
    {"authors", Target::kDropList},
    {"redirect_from", Target::kDropList},
    {"links", Target::kDropList},  // a site's navigation
    {"menu", Target::kDropList},
}};

std::string_view WithoutSortPrefix(std::string_view key) {
  while (true) {
    const std::size_t underscore = key.find('_');
    if (underscore == std::string_view::npos || underscore > 2 || underscore + 1 >= key.size())
      break;
    key.remove_prefix(underscore + 1);
  }
  return key;
}

// Keys compared without their underscores: "companyName", "company_name"
// and "company-name" all name the company.
std::string WithoutUnderscores(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c != '_') out.push_back(c);
  }
  return out;
}

Target TargetOf(std::string_view key) {
  for (std::string_view candidate : {key, WithoutSortPrefix(key)}) {
    const std::string bare = WithoutUnderscores(candidate);
    for (const KeyTarget& entry : kKeys) {
      if (entry.key == candidate || WithoutUnderscores(entry.key) == bare) return entry.target;
    }
  }
  return Target::kNone;
}

// A bare header (no --- or +++) holds facts only: page keys (layout,
// author) appear inside delimiters, and any other key means body text.
bool IsFactKey(std::string_view key) {
  const Target target = TargetOf(key);
  return target != Target::kNone && target != Target::kDropList;
}

bool IsMissing(std::string_view value) {
  const std::string lower = AsciiLower(Trim(value));
  return lower.empty() || lower == "none" || lower == "null" || lower == "~" || lower == "n/a";
}

std::optional<std::string> IsoDatePrefix(std::string_view value) {
  static const RE2 pattern(R"(^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$)");
  std::string date;
  if (!pattern.ok() || !RE2::FullMatch(Trim(value), pattern, &date)) return std::nullopt;
  return date;
}

bool IsWebAddress(std::string_view value) {
  return value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0;
}

void SetOnce(std::optional<std::string>& field, std::string value) {
  if (!field) field = std::move(value);
}

void ApplyScalar(const FrontMatterEntry& entry, Facts& facts) {
  const std::string& value = entry.values.front();
  switch (TargetOf(entry.key)) {
    case Target::kTitle: SetOnce(facts.title, value); break;
    case Target::kCompany: SetOnce(facts.company, value); break;
    case Target::kLocation: SetOnce(facts.location, value); break;
    case Target::kDepartment: SetOnce(facts.department, value); break;
    case Target::kSalary:
      if (!facts.salary) facts.salary = Salary{value};
      break;
    case Target::kDate:
      if (auto date = IsoDatePrefix(value)) SetOnce(facts.date_posted, *date);
      break;
    case Target::kValidThrough:
      if (auto date = IsoDatePrefix(value)) SetOnce(facts.valid_through, *date);
      break;
    case Target::kUrl:
      if (IsWebAddress(value)) SetOnce(facts.url, value);
      break;
    case Target::kApplyUrl:
      if (IsWebAddress(value) || value.rfind("mailto:", 0) == 0) SetOnce(facts.apply_url, value);
      break;
    case Target::kNone:
    case Target::kDropList: break;
  }
}

void Apply(const std::vector<FrontMatterEntry>& entries, FrontMatter& matter) {
  for (const FrontMatterEntry& entry : entries) {
    if (entry.values.empty()) continue;
    if (!entry.is_list) {
      if (!IsMissing(entry.values.front())) ApplyScalar(entry, matter.facts);
      continue;
    }
    if (TargetOf(entry.key) == Target::kDropList) continue;
    std::vector<Block> items;
    for (const std::string& value : entry.values) {
      std::string text = FoldSpaces(value);
      if (!IsMissing(text)) items.push_back(Block{BlockType::kListItem, std::move(text), 0});
    }
    if (items.empty()) continue;
    matter.blocks.push_back(Block{BlockType::kHeading, HumanizeKey(entry.key), 2});
    matter.blocks.insert(matter.blocks.end(), items.begin(), items.end());
  }
}

std::size_t OffsetOfLine(const std::vector<std::string_view>& lines, std::string_view body,
                         std::size_t index) {
  if (index >= lines.size()) return body.size();
  return static_cast<std::size_t>(lines[index].data() - body.data());
}

}  // namespace

std::string HumanizeKey(std::string_view key) {
  std::string words(WithoutSortPrefix(NormalizeFrontMatterKey(key)));
  for (char& c : words) {
    if (c == '_' || c == '.') c = ' ';
  }
  words = FoldSpaces(words);
  if (!words.empty() && words[0] >= 'a' && words[0] <= 'z')
    words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

FrontMatter ExtractFrontMatter(std::string_view body) {
  FrontMatter matter;
  const std::vector<std::string_view> lines = SplitFrontMatterLines(body);
  std::size_t first = 0;
  while (first < lines.size() && Trim(lines[first]).empty()) ++first;
  if (first >= lines.size()) return matter;
  const std::string_view opener = Trim(lines[first]);
  if (opener == "---" || opener == "+++") {
    std::size_t close = first + 1;
    while (close < lines.size() && close - first <= kMaxFrontMatterLines) {
      const std::string_view line = Trim(lines[close]);
      if (line == opener || (opener == "---" && line == "...")) break;
      ++close;
    }
    if (close >= lines.size() || close - first > kMaxFrontMatterLines) {
      matter.warnings.push_back("front matter: no closing '" + std::string(opener) +
                                "'; read as text");
      return matter;
    }
    const std::vector<std::string_view> inner(lines.begin() + first + 1, lines.begin() + close);
    Apply(opener == "---" ? ReadYaml(inner) : ReadToml(inner), matter);
    if (opener == "---") matter.block_text = YamlBlockText(inner);
    matter.found = true;
    matter.body_offset = OffsetOfLine(lines, body, close + 1);
    return matter;
  }
  const std::vector<std::string_view> rest(lines.begin() + first, lines.end());
  const BareHeader header = ReadBareHeader(rest, IsFactKey);
  if (header.entries.size() >= kMinBareHeaderLines) {
    Apply(header.entries, matter);
    matter.found = true;
    matter.body_offset = OffsetOfLine(lines, body, first + header.lines);
  }
  return matter;
}

}  // namespace jobpipe::text
