// A record file as bytes and lines, for commands that change a record in
// place: every byte they do not mean to change stays as it was (the user's
// edits, CRLF line ends from another editor, a byte order mark). Lines are
// found, never rebuilt; changes are splices into the original bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace jobpipe::tracker {

/// Records larger than this are refused (a record is a few KB).
inline constexpr std::size_t kMaxRecordBytes = 4 * 1024 * 1024;

/// Reads a whole file of at most kMaxRecordBytes. kUnreadable names it.
Result<std::string> ReadRecordFile(const std::string& path);

class RecordText {
 public:
  /// `bytes` must hold a record (ReadRecord accepts it): else kNotARecord
  /// with a message naming `name`.
  static Result<RecordText> Parse(std::string bytes, const std::string& name);

  const std::string& bytes() const { return bytes_; }
  std::size_t line_count() const { return lines_.size(); }
  /// Line `i` without its line end (and without the BOM on the first).
  std::string_view Line(std::size_t i) const;
  /// Line `i` without surrounding spaces, tabs and a stray '\r'.
  std::string_view Trimmed(std::size_t i) const;
  bool Blank(std::size_t i) const { return Trimmed(i).empty(); }
  /// Byte offsets: where line `i`'s text starts and ends (before its line
  /// end), and where the next line starts (== size for the last line).
  std::size_t Begin(std::size_t i) const { return lines_[i].begin; }
  std::size_t End(std::size_t i) const { return lines_[i].end; }
  std::size_t Next(std::size_t i) const { return lines_[i].next; }
  /// True when line `i` has a line end (the last line may not).
  bool HasLineEnd(std::size_t i) const { return lines_[i].next > lines_[i].end; }

  /// "\r\n" when most line ends are CRLF, else "\n": what inserted lines use.
  std::string_view LineEnd() const { return crlf_ ? "\r\n" : "\n"; }

  /// Index of the "## <name>" line (heading given with its "## "), if any.
  std::optional<std::size_t> FindPart(std::string_view heading) const;
  /// Index of the line that ends the part starting at `heading_line`: the
  /// next "# " or "## " heading, or line_count().
  std::size_t PartEnd(std::size_t heading_line) const;
  /// First line in [from, to) whose trimmed text equals `text`.
  std::optional<std::size_t> FindLine(std::string_view text, std::size_t from,
                                      std::size_t to) const;

 private:
  struct LineSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t next = 0;
  };
  explicit RecordText(std::string bytes);

  std::string bytes_;
  std::vector<LineSpan> lines_;
  bool crlf_ = false;
};

/// True for a markdown heading line that ends a "###" sub-part: "#", "##"
/// or "###" followed by a space.
bool IsHeading(std::string_view trimmed_line);

}  // namespace jobpipe::tracker
