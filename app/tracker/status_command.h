// `jobpipe status RECORD STATUS`: one record's status set, with a History
// line, the file rewritten atomically (status_edit.h says which bytes
// change). A file that is not a record is left untouched.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"

namespace jobpipe::tracker {

struct StatusOptions {
  std::string record_path;
  std::string status;  // as the user typed it: an alias or any one line
  std::string date;    // YYYY-MM-DD; "" = today
  std::string note;    // "" = none
};

struct StatusOutcome {
  std::string previous;  // the status before ("" when it had none)
  std::string written;   // the status now in the record
  std::vector<std::string> warnings;  // e.g. an unknown status kept as written
};

/// Fails with kUsage (empty status, a line break in status or note, a bad
/// date), kUnreadable, kNotARecord or kWriteFailed; the record is then as
/// it was.
Result<StatusOutcome> SetRecordStatus(const StatusOptions& options);

/// Writes `bytes` over the record at `path` atomically, keeping its
/// permissions; a symbolic link stays one (its target is replaced).
Result<bool> RewriteRecord(const std::string& path, const std::string& bytes);

/// `text` with control characters removed and spaces trimmed: what a
/// status or note may put in a record.
std::string CleanOneLine(const std::string& text);

}  // namespace jobpipe::tracker
