#include "app/tracker/status_edit.h"

#include <optional>

#include "export/record_layout.h"

namespace jobpipe::tracker {
namespace {

struct StatusLines {
  std::size_t part = 0;                     // "## Status"
  std::size_t end = 0;                      // first line after the part
  std::optional<std::size_t> application;   // "### Application"
  std::optional<std::size_t> value;         // its first non-blank line
};

StatusLines FindStatusLines(const RecordText& record, std::size_t part) {
  StatusLines found;
  found.part = part;
  found.end = record.PartEnd(part);
  found.application = record.FindLine(record::kStatusApplication, part + 1, found.end);
  if (!found.application) return found;
  for (std::size_t i = *found.application + 1; i < found.end; ++i) {
    if (IsHeading(record.Trimmed(i))) break;
    if (!record.Blank(i)) {
      found.value = i;
      break;
    }
  }
  return found;
}

std::string Splice(const std::string& bytes, std::size_t at, std::size_t erase,
                   std::string_view insert) {
  std::string out = bytes.substr(0, at);
  out += insert;
  out += bytes.substr(at + erase);
  return out;
}

// Where text inserted "after line i" goes, and the line end it needs first
// when line i is the file's last line and has none.
std::pair<std::size_t, std::string> AfterLine(const RecordText& record, std::size_t i) {
  if (record.HasLineEnd(i)) return {record.Next(i), ""};
  return {record.Next(i), std::string(record.LineEnd())};
}

// Step 1: the "### Application" value.
std::string WithStatusValue(const RecordText& record, const StatusLines& lines,
                            const std::string& status) {
  const std::string eol(record.LineEnd());
  if (lines.value) {
    std::size_t begin = record.Begin(*lines.value);
    return Splice(record.bytes(), begin, record.End(*lines.value) - begin, status);
  }
  if (!lines.application) {
    // A Status part without its sub-heading: the heading and the value go
    // first in the part.
    auto [at, prefix] = AfterLine(record, lines.part);
    return Splice(record.bytes(), at, 0,
                  prefix + std::string(record::kStatusApplication) + eol + status + eol);
  }
  // An empty value is written as an empty line before the part's blank
  // separator: that line takes the status, so the skeleton stays the same.
  std::size_t heading = *lines.application;
  if (heading + 2 < lines.end && record.Blank(heading + 1) && record.Blank(heading + 2)) {
    std::size_t begin = record.Begin(heading + 1);
    return Splice(record.bytes(), begin, record.End(heading + 1) - begin, status);
  }
  auto [at, prefix] = AfterLine(record, heading);
  return Splice(record.bytes(), at, 0, prefix + status + eol);
}

// Step 2: the History line, after the list's last item, or in a new
// History list after the part's last non-blank line.
std::string WithHistoryLine(const RecordText& record, std::size_t part, const std::string& item) {
  const std::string eol(record.LineEnd());
  std::size_t end = record.PartEnd(part);
  if (auto history = record.FindLine(kHistoryHeading, part + 1, end)) {
    std::size_t last = *history;
    for (std::size_t i = *history + 1; i < end && !IsHeading(record.Trimmed(i)); ++i) {
      if (record.Trimmed(i).substr(0, 2) == "- ") last = i;
    }
    auto [at, prefix] = AfterLine(record, last);
    return Splice(record.bytes(), at, 0, prefix + item + eol);
  }
  std::size_t last = part;
  for (std::size_t i = part + 1; i < end; ++i) {
    if (!record.Blank(i)) last = i;
  }
  auto [at, prefix] = AfterLine(record, last);
  return Splice(record.bytes(), at, 0,
                prefix + eol + std::string(kHistoryHeading) + eol + item + eol);
}

bool IsIsoDateText(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

Result<std::string> ApplyStatusChange(const RecordText& record, const StatusChange& change,
                                      const std::string& name) {
  std::optional<std::size_t> part = record.FindPart(record::kStatus);
  if (!part) {
    return MakeError(ErrorCode::kNotARecord,
                     name + ": no \"" + std::string(record::kStatus) + "\" part; not changed");
  }
  std::string with_value =
      WithStatusValue(record, FindStatusLines(record, *part), change.status);
  // The first splice moved every offset after it: the second works on the
  // text as it is now.
  Result<RecordText> updated = RecordText::Parse(std::move(with_value), name);
  if (!updated) return updated.error();
  std::string item = "- " + change.date + ": " + change.status;
  if (!change.note.empty()) item += std::string(kNoteSeparator) + change.note;
  return WithHistoryLine(*updated, *updated->FindPart(record::kStatus), item);
}

std::vector<HistoryEntry> ReadHistory(const RecordText& record) {
  std::vector<HistoryEntry> entries;
  std::optional<std::size_t> part = record.FindPart(record::kStatus);
  if (!part) return entries;
  std::size_t end = record.PartEnd(*part);
  std::optional<std::size_t> history = record.FindLine(kHistoryHeading, *part + 1, end);
  if (!history) return entries;
  for (std::size_t i = *history + 1; i < end && !IsHeading(record.Trimmed(i)); ++i) {
    std::string_view line = record.Trimmed(i);
    if (line.substr(0, 2) != "- ") continue;
    line.remove_prefix(2);
    if (!IsIsoDateText(line.substr(0, 10)) || line.substr(10, 2) != ": ") continue;
    HistoryEntry entry;
    entry.date = std::string(line.substr(0, 10));
    std::string_view rest = line.substr(12);
    std::size_t separator = rest.find(kNoteSeparator);
    entry.status = std::string(rest.substr(0, separator));
    if (separator != std::string_view::npos) {
      entry.note = std::string(rest.substr(separator + kNoteSeparator.size()));
    }
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::string CurrentStatus(const RecordText& record) {
  std::optional<std::size_t> part = record.FindPart(record::kStatus);
  if (!part) return "";
  StatusLines lines = FindStatusLines(record, *part);
  return lines.value ? std::string(record.Trimmed(*lines.value)) : "";
}

}  // namespace jobpipe::tracker
