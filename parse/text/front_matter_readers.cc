#include "parse/text/front_matter_readers.h"

#include <re2/re2.h>

#include "parse/text/front_matter_values.h"
#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

int IndentOf(std::string_view line) {
  int indent = 0;
  while (static_cast<std::size_t>(indent) < line.size() &&
         (line[indent] == ' ' || line[indent] == '\t'))
    ++indent;
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

}  // namespace

std::string NormalizeFrontMatterKey(std::string_view key) {
  std::string out = AsciiLower(Trim(key));
  if (out.size() >= 2 && out.front() == '"' && out.back() == '"')
    out = out.substr(1, out.size() - 2);
  for (char& c : out) {
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

std::vector<std::string_view> SplitFrontMatterLines(std::string_view text) {
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

std::vector<FrontMatterEntry> ReadYaml(const std::vector<std::string_view>& lines) {
  std::vector<FrontMatterEntry> entries;
  if (!YamlEntry().ok()) return entries;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string key;
    std::string value;
    if (IndentOf(lines[i]) > 0 || !RE2::FullMatch(lines[i], YamlEntry(), &key, &value)) continue;
    FrontMatterEntry entry{NormalizeFrontMatterKey(key), {}, false};
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
      while (!ArrayIsClosed(gathered) && i + 1 < lines.size())
        gathered += ' ' + std::string(lines[++i]);
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

std::string YamlBlockText(const std::vector<std::string_view>& lines) {
  static const RE2 kBlockStart(R"(^\s*[^\s#][^:]*:\s*[|>][+-]?[0-9]?\s*$)");
  std::string text;
  if (!kBlockStart.ok()) return text;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!RE2::FullMatch(lines[i], kBlockStart)) continue;
    const int key_indent = IndentOf(lines[i]);
    std::size_t end = i + 1;
    int block_indent = -1;
    for (; end < lines.size(); ++end) {
      if (Trim(lines[end]).empty()) continue;
      const int indent = IndentOf(lines[end]);
      if (indent <= key_indent) break;
      if (block_indent < 0 || indent < block_indent) block_indent = indent;
    }
    if (block_indent < 0) continue;
    if (!text.empty()) text += "\n\n";
    for (std::size_t j = i + 1; j < end; ++j) {
      const std::string_view line = lines[j];
      text += line.size() > static_cast<std::size_t>(block_indent) ? line.substr(block_indent) : Trim(line);
      text += '\n';
    }
    i = end - 1;
  }
  return text;
}

std::vector<FrontMatterEntry> ReadToml(const std::vector<std::string_view>& lines) {
  std::vector<FrontMatterEntry> entries;
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
    FrontMatterEntry entry{NormalizeFrontMatterKey(key), {}, false};
    std::string gathered = value;
    if (Trim(gathered).rfind("[", 0) == 0) {
      while (!ArrayIsClosed(gathered) && i + 1 < lines.size())
        gathered += '\n' + std::string(lines[++i]);
      entry.values = ParseInlineArray(gathered);
      entry.is_list = true;
    } else if (Trim(gathered).rfind("\"\"\"", 0) == 0) {
      std::string text = std::string(Trim(gathered).substr(3));
      while (text.find("\"\"\"") == std::string::npos && i + 1 < lines.size())
        text += ' ' + std::string(lines[++i]);
      entry.values.push_back(FoldSpaces(text.substr(0, text.find("\"\"\""))));
    } else {
      entry.values.push_back(UnquoteScalar(gathered));
    }
    if (!in_table) entries.push_back(std::move(entry));
  }
  return entries;
}

BareHeader ReadBareHeader(const std::vector<std::string_view>& lines,
                          bool (*accept_key)(std::string_view)) {
  BareHeader header;
  if (!YamlEntry().ok() || !TomlEntry().ok()) return header;
  std::size_t i = 0;
  for (; i < lines.size() && !Trim(lines[i]).empty(); ++i) {
    std::string key;
    std::string value;
    const std::string_view line = Trim(lines[i]);
    const bool matched = RE2::FullMatch(line, YamlEntry(), &key, &value) ||
                         RE2::FullMatch(line, TomlEntry(), &key, &value);
    if (!matched || !accept_key(NormalizeFrontMatterKey(key))) return {};
    FrontMatterEntry entry{NormalizeFrontMatterKey(key), {}, false};
    if (Trim(value).rfind("[", 0) == 0) {
      entry.values = ParseInlineArray(value);
      entry.is_list = true;
    } else {
      entry.values.push_back(UnquoteScalar(value));
    }
    header.entries.push_back(std::move(entry));
  }
  header.lines = i;
  return header;
}

}  // namespace jobpipe::text
