#include "export/posting_parts.h"

#include "export/record_layout.h"

namespace jobpipe::record {
namespace {

std::string_view Trim(std::string_view line) {
  std::size_t b = line.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  return line.substr(b, line.find_last_not_of(" \t\r") - b + 1);
}

bool EndsPart(std::string_view line) {
  std::string_view t = Trim(line);
  return t.substr(0, 2) == "# " || t.substr(0, 3) == "## ";
}

std::size_t Find(const std::vector<std::string_view>& lines, std::string_view text,
                 std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < lines.size(); ++i) {
    if (Trim(lines[i]) == text) return i;
  }
  return std::string_view::npos;
}

std::size_t PartEnd(const std::vector<std::string_view>& lines, std::size_t heading) {
  std::size_t i = heading + 1;
  while (i < lines.size() && !EndsPart(lines[i])) ++i;
  return i;
}

void SetText(const std::vector<std::string_view>& lines, PostingPart* part) {
  part->found = true;
  for (std::size_t i = part->first_line; i < part->end_line; ++i) {
    std::string_view t = Trim(lines[i]);
    if (t.empty()) continue;
    part->text += t;
    part->text += '\n';
  }
}

PostingPart Heading(const std::vector<std::string_view>& lines, std::string_view name,
                    std::string_view heading) {
  PostingPart part;
  part.name = name;
  std::size_t at = Find(lines, heading, 0, lines.size());
  if (at == std::string_view::npos) return part;
  part.first_line = at + 1;
  part.end_line = PartEnd(lines, at);
  SetText(lines, &part);
  return part;
}

PostingPart KeySkills(const std::vector<std::string_view>& lines) {
  PostingPart part;
  part.name = "skills";
  std::size_t notes = Find(lines, kNotes, 0, lines.size());
  if (notes == std::string_view::npos) return part;
  std::size_t lead = Find(lines, kKeySkills, notes + 1, PartEnd(lines, notes));
  if (lead == std::string_view::npos) return part;
  part.first_line = lead + 1;
  part.end_line = part.first_line;
  while (part.end_line < lines.size() && lines[part.end_line].substr(0, 4) == "  - ") {
    ++part.end_line;
  }
  SetText(lines, &part);
  return part;
}

}  // namespace

std::vector<std::string_view> RecordLines(std::string_view record) {
  if (record.substr(0, 3) == "\xEF\xBB\xBF") record.remove_prefix(3);
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < record.size()) {
    std::size_t newline = record.find('\n', start);
    std::size_t end = newline == std::string_view::npos ? record.size() : newline;
    std::string_view line = record.substr(start, end - start);
    if (newline != std::string_view::npos && !line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    lines.push_back(line);
    start = newline == std::string_view::npos ? record.size() : newline + 1;
  }
  return lines;
}

std::vector<PostingPart> FindPostingParts(std::string_view record) {
  std::vector<std::string_view> lines = RecordLines(record);
  return {
      Heading(lines, kPostingPartNames[0], kCompany),
      Heading(lines, kPostingPartNames[1], kPosition),
      Heading(lines, kPostingPartNames[2], kJobDescription),
      Heading(lines, kPostingPartNames[3], kCompanyDetails),
      KeySkills(lines),
  };
}

}  // namespace jobpipe::record
