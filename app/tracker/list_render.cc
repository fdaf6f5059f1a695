#include "app/tracker/list_render.h"

#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>

#include "app/tracker/list_command.h"
#include "app/tracker/statuses.h"
#include "app/tracker/text_width.h"

namespace jobpipe::tracker {
namespace {

constexpr std::size_t kColumns = 9;
constexpr std::array<const char*, kColumns> kHeaders = {
    "date", "status", "days", "company", "position", "location", "salary", "url", "file"};
// Columns that give way when the table is too wide; date, status and days
// are short and always whole.
constexpr std::array<bool, kColumns> kShrinkable = {false, false, false, true, true,
                                                    true,  true,  true,  true};
constexpr std::size_t kNarrowest = 4;  // a shrunk column keeps "ab…" at least

std::array<std::string, kColumns> Cells(const ApplicationRow& row) {
  return {row.date, row.status, row.days ? std::to_string(*row.days) : "",
          row.company, row.position, row.location, row.salary, row.url, row.file};
}

// One line per value: tabs and line breaks (a hand edit could put them in
// a value) would break every line-based format.
std::string OneLine(std::string value) {
  for (char& c : value) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return value;
}

std::string Upper(const char* text) {
  std::string out = text;
  for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return out;
}

void FitWidths(std::array<std::size_t, kColumns>& widths, std::size_t limit) {
  auto total = [&] {
    std::size_t sum = 2 * (kColumns - 1);
    for (std::size_t w : widths) sum += w;
    return sum;
  };
  while (total() > limit) {
    std::size_t widest = kColumns;
    for (std::size_t i = 0; i < kColumns; ++i) {
      if (kShrinkable[i] && widths[i] > kNarrowest && (widest == kColumns || widths[i] > widths[widest])) {
        widest = i;
      }
    }
    if (widest == kColumns) return;  // as narrow as it gets: lines are cut below
    --widths[widest];
  }
}

nlohmann::ordered_json RowJson(const ApplicationRow& row) {
  auto text = [](const std::string& value) {
    return value.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value);
  };
  nlohmann::ordered_json object = nlohmann::ordered_json::object();
  object["date"] = text(row.date);
  object["status"] = text(row.status);
  object["days"] = row.days ? nlohmann::ordered_json(*row.days) : nlohmann::ordered_json(nullptr);
  object["last_change"] = text(row.last_change);
  object["company"] = text(row.company);
  object["position"] = text(row.position);
  object["location"] = text(row.location);
  object["salary"] = text(row.salary);
  object["url"] = text(row.url);
  object["file"] = row.file;
  return object;
}

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string MarkdownCell(const std::string& value) {
  std::string out;
  for (char c : OneLine(value)) {
    if (c == '|' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

Result<ListFormat> ParseListFormat(const std::string& name) {
  if (name == "table") return ListFormat::kTable;
  if (name == "tsv") return ListFormat::kTsv;
  if (name == "csv") return ListFormat::kCsv;
  if (name == "json") return ListFormat::kJson;
  if (name == "jsonl") return ListFormat::kJsonl;
  if (name == "markdown" || name == "md") return ListFormat::kMarkdown;
  return MakeError(ErrorCode::kUsage, "list: --format: '" + name +
                                          "' is not one of table, tsv, csv, json, jsonl, markdown");
}

std::string StatusCounts(const std::vector<ApplicationRow>& rows) {
  std::map<std::string, int> counts;
  for (const ApplicationRow& row : rows) ++counts[StatusKey(row.status)];
  std::string text = std::to_string(rows.size()) +
                     (rows.size() == 1 ? " application" : " applications");
  std::string parts;
  auto add = [&](const std::string& name, int count) {
    parts += (parts.empty() ? ": " : ", ") + (name.empty() ? "(no status)" : name) + " " +
             std::to_string(count);
  };
  // Known statuses in their documented order, then the user's own.
  for (const KnownStatus& status : kKnownStatuses) {
    auto it = counts.find(std::string(status.name));
    if (it == counts.end()) continue;
    add(it->first, it->second);
    counts.erase(it);
  }
  for (const auto& [name, count] : counts) add(name, count);
  return text + parts + "\n";
}

std::string RenderTable(const std::vector<ApplicationRow>& rows, std::size_t width) {
  std::vector<std::array<std::string, kColumns>> cells;
  std::array<std::string, kColumns> header;
  for (std::size_t i = 0; i < kColumns; ++i) header[i] = Upper(kHeaders[i]);
  cells.push_back(header);
  for (const ApplicationRow& row : rows) {
    std::array<std::string, kColumns> line = Cells(row);
    for (std::string& cell : line) cell = OneLine(cell);
    cells.push_back(line);
  }
  std::array<std::size_t, kColumns> widths{};
  for (const auto& line : cells) {
    for (std::size_t i = 0; i < kColumns; ++i) widths[i] = std::max(widths[i], DisplayWidth(line[i]));
  }
  if (width > 0) FitWidths(widths, width);
  std::string out;
  for (const auto& line : cells) {
    std::string text;
    for (std::size_t i = 0; i < kColumns; ++i) {
      std::string cell = TruncateToWidth(line[i], widths[i]);
      text += cell;
      if (i + 1 < kColumns) text += std::string(widths[i] - DisplayWidth(cell) + 2, ' ');
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (width > 0) text = TruncateToWidth(text, width);
    out += text + "\n";
  }
  return out + "\n" + StatusCounts(rows);
}

std::string RenderTsv(const std::vector<ApplicationRow>& rows) {
  std::string out;
  for (std::size_t i = 0; i < kColumns; ++i) out += std::string(i ? "\t" : "") + kHeaders[i];
  out += "\n";
  for (const ApplicationRow& row : rows) {
    std::array<std::string, kColumns> cells = Cells(row);
    for (std::size_t i = 0; i < kColumns; ++i) out += (i ? "\t" : "") + OneLine(cells[i]);
    out += "\n";
  }
  return out;
}

std::string RenderCsv(const std::vector<ApplicationRow>& rows) {
  std::string out;
  for (std::size_t i = 0; i < kColumns; ++i) out += std::string(i ? "," : "") + kHeaders[i];
  out += "\r\n";
  for (const ApplicationRow& row : rows) {
    std::array<std::string, kColumns> cells = Cells(row);
    for (std::size_t i = 0; i < kColumns; ++i) out += (i ? "," : "") + CsvField(cells[i]);
    out += "\r\n";
  }
  return out;
}

std::string RenderListJson(const std::vector<ApplicationRow>& rows) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const ApplicationRow& row : rows) array.push_back(RowJson(row));
  return array.dump(2) + "\n";
}

std::string RenderListJsonl(const std::vector<ApplicationRow>& rows) {
  std::string out;
  for (const ApplicationRow& row : rows) out += RowJson(row).dump() + "\n";
  return out;
}

std::string RenderMarkdownTable(const std::vector<ApplicationRow>& rows) {
  std::string out = "|";
  for (const char* header : kHeaders) out += std::string(" ") + header + " |";
  out += "\n|";
  for (std::size_t i = 0; i < kColumns; ++i) out += "---|";
  out += "\n";
  for (const ApplicationRow& row : rows) {
    out += "|";
    for (const std::string& cell : Cells(row)) out += " " + MarkdownCell(cell) + " |";
    out += "\n";
  }
  return out;
}

std::string RenderList(const std::vector<ApplicationRow>& rows, ListFormat format,
                       std::size_t width) {
  switch (format) {
    case ListFormat::kTable: return RenderTable(rows, width);
    case ListFormat::kTsv: return RenderTsv(rows);
    case ListFormat::kCsv: return RenderCsv(rows);
    case ListFormat::kJson: return RenderListJson(rows);
    case ListFormat::kJsonl: return RenderListJsonl(rows);
    case ListFormat::kMarkdown: return RenderMarkdownTable(rows);
  }
  return "";
}

}  // namespace jobpipe::tracker
