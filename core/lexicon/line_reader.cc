#include "core/lexicon/line_reader.h"

#include <map>
#include <optional>

namespace jobpipe::lexicon {
namespace {

constexpr std::string_view kColumnsDeclaration = "#! columns:";
constexpr std::string_view kUniqueDeclaration = "#! unique:";

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = text.find(separator); at != std::string_view::npos;
       at = text.find(separator, start)) {
    parts.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

// "kind  phrase " -> {"kind", "phrase"}: declarations are written for
// people, so any run of spaces separates names.
std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::string_view part : Split(text, ' ')) {
    if (!part.empty()) words.push_back(part);
  }
  return words;
}

std::string Joined(const std::vector<std::string_view>& words) {
  std::string joined;
  for (std::string_view word : words) joined += (joined.empty() ? "" : " ") + std::string(word);
  return joined;
}

struct Column {
  std::string_view name;
  bool optional = false;
};

// What a file's declaration says: its columns, which of them are unique
// together, and the declaration as written (for messages).
struct Format {
  std::vector<Column> columns;
  std::vector<std::size_t> unique;
  std::size_t required = 0;
  std::string_view declared;
};

std::string At(std::string_view path, int line) {
  return std::string(path) + ":" + std::to_string(line);
}

std::string CountOf(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " column" : " columns");
}

// "kind phrase" or "name [spellings] [flags]"; nullopt (and the cause) when
// it is neither.
std::optional<Format> ParseColumns(std::string_view declared, std::string* cause) {
  Format format;
  format.declared = declared;
  for (std::string_view word : Words(declared)) {
    Column column{word, false};
    if (word.size() > 2 && word.front() == '[' && word.back() == ']') {
      column.name = word.substr(1, word.size() - 2);
      column.optional = true;
    } else if (!format.columns.empty() && format.columns.back().optional) {
      *cause = "required column '" + std::string(word) + "' after an optional one";
      return std::nullopt;
    }
    format.columns.push_back(column);
    if (!column.optional) ++format.required;
  }
  if (format.columns.empty()) {
    *cause = "declares no columns";
    return std::nullopt;
  }
  for (std::size_t i = 0; i < format.columns.size(); ++i) format.unique.push_back(i);
  return format;
}

bool ParseUnique(std::string_view declared, Format& format, std::string* cause) {
  format.unique.clear();
  for (std::string_view word : Words(declared)) {
    std::size_t i = 0;
    while (i < format.columns.size() && format.columns[i].name != word) ++i;
    if (i == format.columns.size()) {
      *cause = "unique column '" + std::string(word) + "' is not declared";
      return false;
    }
    format.unique.push_back(i);
  }
  if (format.unique.empty()) *cause = "declares no unique columns";
  return !format.unique.empty();
}

// Why `columns` cannot be an entry of `format`; empty when they can.
std::string CheckColumns(const std::vector<std::string_view>& columns, const Format& format) {
  if (columns.size() < format.required || columns.size() > format.columns.size()) {
    const std::string expected =
        format.required == format.columns.size()
            ? std::to_string(format.required)
            : std::to_string(format.required) + " to " + std::to_string(format.columns.size());
    return CountOf(columns.size()) + ", expected " + expected + " (" +
           Joined(Words(format.declared)) + ")";
  }
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string name(format.columns[i].name);
    if (columns[i].empty() && !format.columns[i].optional) return "empty " + name;
    if (!columns[i].empty() && (columns[i].front() == ' ' || columns[i].back() == ' ')) {
      return "space around " + name + " '" + std::string(columns[i]) + "'";
    }
  }
  return "";
}

// Reads one file into `table`; `seen` holds the unique columns of the
// lexicon's entries so far, with where each was first met.
void ReadFile(const DataFile& file, std::optional<std::string_view> expected, LineTable& table,
              std::map<std::vector<std::string_view>, std::string>& seen) {
  std::optional<Format> format;
  int number = 0;
  for (std::string_view line : Split(file.text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto fail = [&](const std::string& cause) {
      table.errors.push_back(At(file.path, number) + ": " + cause);
    };
    if (line.rfind(kColumnsDeclaration, 0) == 0) {
      if (format) return fail("a second columns declaration");
      std::string cause;
      format = ParseColumns(line.substr(kColumnsDeclaration.size()), &cause);
      if (!format) return fail(cause);
      if (expected && Words(format->declared) != Words(*expected)) {
        return fail("declares columns '" + Joined(Words(format->declared)) +
                    "', its loader reads '" + Joined(Words(*expected)) + "'");
      }
      continue;
    }
    if (line.rfind(kUniqueDeclaration, 0) == 0) {
      std::string cause;
      if (!format) return fail("unique declared before columns");
      if (!ParseUnique(line.substr(kUniqueDeclaration.size()), *format, &cause)) return fail(cause);
      continue;
    }
    if (line.empty() || line.front() == '#') continue;
    if (!format) return fail("an entry before the '#! columns:' declaration");
    Entry entry{file.path, number, Split(line, '\t')};
    if (std::string cause = CheckColumns(entry.columns, *format); !cause.empty()) {
      fail(cause);
      continue;
    }
    entry.columns.resize(format->columns.size());
    std::vector<std::string_view> key;
    for (std::size_t i : format->unique) key.push_back(entry.columns[i]);
    auto [first, added] = seen.emplace(std::move(key), entry.Where());
    if (!added) {
      fail("duplicate of " + first->second);
      continue;
    }
    table.entries.push_back(std::move(entry));
  }
  if (!format) table.errors.push_back(std::string(file.path) + ": no '#! columns:' declaration");
}

LineTable Read(std::span<const DataFile> files, std::optional<std::string_view> columns) {
  LineTable table;
  std::map<std::vector<std::string_view>, std::string> seen;
  for (const DataFile& file : files) ReadFile(file, columns, table, seen);
  return table;
}

}  // namespace

std::string Entry::Where() const { return At(path, line); }

LineTable ReadLines(std::span<const DataFile> files, std::string_view columns) {
  return Read(files, columns);
}

LineTable ReadLines(std::span<const DataFile> files) { return Read(files, std::nullopt); }

}  // namespace jobpipe::lexicon
