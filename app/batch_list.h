// The batch list: one input a line (http(s) URLs and local paths mixed),
// read as a stream so that a 100,000-line list costs one line of memory.
// Blank lines and '#' comments are skipped; every other line becomes an
// entry, either valid (a URL or an existing path) or invalid with the error
// that says why (reported with its line number, never processed).
#pragma once

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace jobpipe {

enum class EntryKind { kUrl, kPath, kInvalid };

struct BatchEntry {
  int line = 0;       // 1-based line number in the list
  std::string text;   // the line, trimmed: the URL or path as given
  EntryKind kind = EntryKind::kInvalid;
  Error error;        // kInvalid only: message names the list and line
};

/// Classifies one trimmed, non-empty, non-comment line. `origin` names the
/// list in messages ("jobs.txt", "stdin"). Paths are checked with stat(2),
/// relative to the working directory.
BatchEntry ClassifyEntry(std::string_view text, int line, std::string_view origin);

/// The lowercase host name of an http(s) URL (no port, no userinfo, IPv6
/// literals with their brackets), or "" when it has none. Politeness
/// (per-host slots and delays) is keyed on it.
std::string UrlHost(std::string_view url);

/// True for a line the list format ignores (blank after trimming, or '#').
bool IsSkippedLine(std::string_view trimmed);

/// Trims ASCII whitespace (and a UTF-8 byte order mark) from both ends.
std::string_view TrimListLine(std::string_view line);

/// Reads entries one at a time from a stream (a file or stdin).
class BatchListReader {
 public:
  /// Lines longer than this are reported invalid without being held whole.
  static constexpr std::size_t kMaxLineBytes = 64 * 1024;

  BatchListReader(std::istream& in, std::string origin);

  /// The next entry, or nullopt at the end of the list.
  std::optional<BatchEntry> Next();

  /// False when reading stopped on an I/O error rather than at the end.
  bool ok() const { return !in_.bad(); }

 private:
  std::istream& in_;
  std::string origin_;
  std::string line_;
  int line_number_ = 0;
};

/// Counts the entries of a list file in a first, cheap pass (for "12/50"
/// progress); nullopt for stdin or an unreadable file.
std::optional<int> CountListEntries(const std::string& list_path);

}  // namespace jobpipe
