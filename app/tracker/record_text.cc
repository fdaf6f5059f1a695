#include "app/tracker/record_text.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "export/record_reader.h"

namespace jobpipe::tracker {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

Result<std::string> ReadRecordFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return MakeError(ErrorCode::kUnreadable, path + ": cannot open: " + std::strerror(errno));
  }
  std::string content(kMaxRecordBytes + 1, '\0');
  in.read(content.data(), static_cast<std::streamsize>(content.size()));
  if (in.bad()) return MakeError(ErrorCode::kUnreadable, path + ": read failed");
  if (static_cast<std::size_t>(in.gcount()) > kMaxRecordBytes) {
    return MakeError(ErrorCode::kUnreadable, path + ": larger than 4 MB, not a record");
  }
  content.resize(static_cast<std::size_t>(in.gcount()));
  return content;
}

RecordText::RecordText(std::string bytes) : bytes_(std::move(bytes)) {
  std::size_t start = 0;
  int crlf = 0;
  int lf = 0;
  while (start < bytes_.size()) {
    std::size_t newline = bytes_.find('\n', start);
    LineSpan span;
    span.begin = start;
    if (newline == std::string::npos) {
      span.end = span.next = bytes_.size();
    } else {
      span.end = newline;
      span.next = newline + 1;
      if (newline > start && bytes_[newline - 1] == '\r') {
        --span.end;
        ++crlf;
      } else {
        ++lf;
      }
    }
    lines_.push_back(span);
    start = span.next;
  }
  if (!lines_.empty() && bytes_.compare(0, kBom.size(), kBom) == 0) lines_[0].begin = kBom.size();
  crlf_ = crlf > lf;
}

Result<RecordText> RecordText::Parse(std::string bytes, const std::string& name) {
  Result<Posting> record = ReadRecord(bytes);
  if (!record) {
    return MakeError(ErrorCode::kNotARecord, name + ": " + record.error().message);
  }
  return RecordText(std::move(bytes));
}

std::string_view RecordText::Line(std::size_t i) const {
  const LineSpan& span = lines_[i];
  return std::string_view(bytes_).substr(span.begin, span.end - span.begin);
}

std::string_view RecordText::Trimmed(std::size_t i) const {
  std::string_view line = Line(i);
  std::size_t b = line.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  std::size_t e = line.find_last_not_of(" \t\r");
  return line.substr(b, e - b + 1);
}

bool IsHeading(std::string_view line) {
  for (std::string_view marker : {"# ", "## ", "### "}) {
    if (line.substr(0, marker.size()) == marker) return true;
  }
  return line == "#" || line == "##" || line == "###";
}

std::optional<std::size_t> RecordText::FindPart(std::string_view heading) const {
  return FindLine(heading, 0, lines_.size());
}

std::size_t RecordText::PartEnd(std::size_t heading_line) const {
  for (std::size_t i = heading_line + 1; i < lines_.size(); ++i) {
    std::string_view line = Trimmed(i);
    if (line.substr(0, 2) == "# " || line.substr(0, 3) == "## ") return i;
  }
  return lines_.size();
}

std::optional<std::size_t> RecordText::FindLine(std::string_view text, std::size_t from,
                                                std::size_t to) const {
  for (std::size_t i = from; i < to && i < lines_.size(); ++i) {
    if (Trimmed(i) == text) return i;
  }
  return std::nullopt;
}

}  // namespace jobpipe::tracker
