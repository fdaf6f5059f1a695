#include "parse/front_matter.h"

#include <re2/re2.h>

#include <array>
#include <optional>
#include <utility>

#include "parse/front_matter_values.h"
#include "parse/text_utf8.h"

namespace jobpipe::text {
namespace {

// A delimited block longer than this is not front matter.
constexpr std::size_t kMaxFrontMatterLines = 300;
constexpr std::size_t kMinBareHeaderLines = 2;

enum class Target { kNone, kTitle, kCompany, kLocation, kSalary, kDate, kValidThrough, kUrl, kApplyUrl, kDepartment, kDropList };

struct KeyTarget {
  std::string_view key;
  Target target;
};

constexpr std::array<KeyTarget, 52> kKeys = {{
    {"title", Target::kTitle}, {"job_title", Target::kTitle}, {"jobtitle", Target::kTitle},
    {"position", Target::kTitle}, {"role", Target::kTitle}, {"job", Target::kTitle},
    {"company", Target::kCompany}, {"company_name", Target::kCompany},
    {"organization", Target::kCompany}, {"organisation", Target::kCompany},
    {"employer", Target::kCompany}, {"hiring_organization", Target::kCompany},
    {"location", Target::kLocation}, {"city", Target::kLocation}, {"job_location", Target::kLocation},
    {"salary", Target::kSalary}, {"compensation", Target::kSalary}, {"pay", Target::kSalary},
    {"salary_range", Target::kSalary}, {"date", Target::kDate}, {"date_posted", Target::kDate},
    {"posted", Target::kDate}, {"posted_at", Target::kDate}, {"published", Target::kDate},
    {"published_at", Target::kDate}, {"created", Target::kDate}, {"created_at", Target::kDate},
    {"publish_date", Target::kDate}, {"sort_date", Target::kDate},
    {"closing_date", Target::kValidThrough}, {"close_date", Target::kValidThrough},
    {"deadline", Target::kValidThrough}, {"valid_through", Target::kValidThrough},
    {"expires", Target::kValidThrough}, {"apply_by", Target::kValidThrough},
    {"url", Target::kUrl}, {"link", Target::kUrl}, {"job_url", Target::kUrl},
    {"source_url", Target::kUrl}, {"apply", Target::kApplyUrl}, {"apply_url", Target::kApplyUrl},
    {"apply_link", Target::kApplyUrl}, {"application_url", Target::kApplyUrl},
    {"department", Target::kDepartment}, {"team", Target::kDepartment},
    // Metadata: lists of these are not posting content.
    {"tags", Target::kDropList}, {"categories", Target::kDropList},
    {"category", Target::kDropList}, {"keywords", Target::kDropList},
    {"aliases", Target::kDropList}, {"authors", Target::kDropList}, {"redirect_from", Target::kDropList},
}};

struct Entry {
  std::string key;  // normalized: lowercase, '_' for ' ' and '-'
  std::vector<std::string> values;
  bool is_list = false;
};

std::string NormalizeKey(std::string_view key) {
  std::string out = AsciiLower(Trim(key));
  if (out.size() >= 2 && out.front() == '"' && out.back() == '"') out = out.substr(1, out.size() - 2);
  for (char& c : out) {
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

// "a_job_type" -> "job_type": the sort prefixes some sites put on keys.
std::string_view WithoutSortPrefix(std::string_view key) {
  while (true) {
    const std::size_t underscore = key.find('_');
    if (underscore == std::string_view::npos || underscore > 2 || underscore + 1 >= key.size()) break;
    key.remove_prefix(underscore + 1);
  }
  return key;
}

Target TargetOf(std::string_view key) {
  for (std::string_view candidate : {key, WithoutSortPrefix(key)}) {
    for (const KeyTarget& entry : kKeys) {
      if (entry.key == candidate) return entry.target;
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

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == text.size()) break;
    start = end + 1;
  }
  return lines;
}

int IndentOf(std::string_view line) {
  int indent = 0;
  while (static_cast<std::size_t>(indent) < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
  return indent;
}

const RE2& YamlEntry() {
  static const RE2 pattern(R"(^([A-Za-z_"][\w "-]*?)\s*:(?:\s+(.*))?$)");
  return pattern;
}

const RE2& TomlEntry() {
  static const RE2 pattern(R"(^([A-Za-z_"][\w."-]*)\s*=\s*(.*)$)");
  return pattern;
}

std::vector<Entry> ParseYaml(const std::vector<std::string_view>& lines) {
  std::vector<Entry> entries;
  if (!YamlEntry().ok()) return entries;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string key;
    std::string value;
    if (IndentOf(lines[i]) > 0 || !RE2::FullMatch(lines[i], YamlEntry(), &key, &value)) continue;
    Entry entry{NormalizeKey(key), {}, false};
    const std::string_view trimmed = Trim(value);
    if (trimmed.empty()) {
      // A block list ("- item" lines, indented or not) or a nested map.
      while (i + 1 < lines.size()) {
        const std::string_view next = Trim(lines[i + 1]);
        if (next.rfind("- ", 0) == 0 || next == "-") {
          entry.is_list = true;
          std::string item = UnquoteScalar(next.substr(1));
          if (!item.empty()) entry.values.push_back(std::move(item));
        } else if (next.empty() || IndentOf(lines[i + 1]) == 0) {
          break;
        }
        ++i;
      }
    } else if (trimmed.front() == '[') {
      std::string gathered(trimmed);
      while (!ArrayIsClosed(gathered) && i + 1 < lines.size()) gathered += ' ' + std::string(lines[++i]);
      entry.values = ParseInlineArray(gathered);
      entry.is_list = true;
    } else if (trimmed.front() == '|' || trimmed.front() == '>') {
      std::string text;
      while (i + 1 < lines.size() && (Trim(lines[i + 1]).empty() || IndentOf(lines[i + 1]) > 0)) {
        text += ' ' + std::string(Trim(lines[++i]));
      }
      entry.values.push_back(FoldSpaces(text));
    } else {
      entry.values.push_back(UnquoteScalar(trimmed));
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<Entry> ParseToml(const std::vector<std::string_view>& lines) {
  std::vector<Entry> entries;
  if (!TomlEntry().ok()) return entries;
  bool in_table = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = Trim(lines[i]);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[') {
      in_table = true;  // [table]: its keys describe something else
      continue;
    }
    std::string key;
    std::string value;
    if (!RE2::FullMatch(line, TomlEntry(), &key, &value)) continue;
    Entry entry{NormalizeKey(key), {}, false};
    std::string gathered = value;
    if (Trim(gathered).rfind("[", 0) == 0) {
      while (!ArrayIsClosed(gathered) && i + 1 < lines.size()) gathered += '\n' + std::string(lines[++i]);
      entry.values = ParseInlineArray(gathered);
      entry.is_list = true;
    } else if (Trim(gathered).rfind("\"\"\"", 0) == 0) {
      std::string text = std::string(Trim(gathered).substr(3));
      while (text.find("\"\"\"") == std::string::npos && i + 1 < lines.size()) text += ' ' + std::string(lines[++i]);
      entry.values.push_back(FoldSpaces(text.substr(0, text.find("\"\"\""))));
    } else {
      entry.values.push_back(UnquoteScalar(gathered));
    }
    if (!in_table) entries.push_back(std::move(entry));
  }
  return entries;
}

// Leading "key: value" lines (all keys known), up to the first blank line.
std::optional<std::pair<std::vector<Entry>, std::size_t>> ParseBareHeader(const std::vector<std::string_view>& lines) {
  std::vector<Entry> entries;
  std::size_t i = 0;
  for (; i < lines.size() && !Trim(lines[i]).empty(); ++i) {
    std::string key;
    std::string value;
    const std::string_view line = Trim(lines[i]);
    const bool matched = RE2::FullMatch(line, YamlEntry(), &key, &value) ||
                         RE2::FullMatch(line, TomlEntry(), &key, &value);
    if (!matched || !IsFactKey(NormalizeKey(key))) return std::nullopt;
    Entry entry{NormalizeKey(key), {}, false};
    if (Trim(value).rfind("[", 0) == 0) {
      entry.values = ParseInlineArray(value);
      entry.is_list = true;
    } else {
      entry.values.push_back(UnquoteScalar(value));
    }
    entries.push_back(std::move(entry));
  }
  if (entries.size() < kMinBareHeaderLines) return std::nullopt;
  return std::make_pair(std::move(entries), i);
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

void ApplyScalar(const Entry& entry, Facts& facts) {
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

void Apply(const std::vector<Entry>& entries, FrontMatter& matter) {
  for (const Entry& entry : entries) {
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

std::size_t OffsetOfLine(const std::vector<std::string_view>& lines, std::string_view body, std::size_t index) {
  if (index >= lines.size()) return body.size();
  return static_cast<std::size_t>(lines[index].data() - body.data());
}

}  // namespace

std::string HumanizeKey(std::string_view key) {
  std::string words(WithoutSortPrefix(NormalizeKey(key)));
  for (char& c : words) {
    if (c == '_' || c == '.') c = ' ';
  }
  words = FoldSpaces(words);
  if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

FrontMatter ExtractFrontMatter(std::string_view body) {
  FrontMatter matter;
  const std::vector<std::string_view> lines = SplitLines(body);
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
      matter.warnings.push_back("front matter: no closing '" + std::string(opener) + "'; read as text");
      return matter;
    }
    const std::vector<std::string_view> inner(lines.begin() + first + 1, lines.begin() + close);
    Apply(opener == "---" ? ParseYaml(inner) : ParseToml(inner), matter);
    matter.found = true;
    matter.body_offset = OffsetOfLine(lines, body, close + 1);
    return matter;
  }
  const std::vector<std::string_view> rest(lines.begin() + first, lines.end());
  if (auto header = ParseBareHeader(rest)) {
    Apply(header->first, matter);
    matter.found = true;
    matter.body_offset = OffsetOfLine(lines, body, first + header->second);
  }
  return matter;
}

}  // namespace jobpipe::text
