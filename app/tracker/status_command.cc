#include "app/tracker/status_command.h"

#include <sys/stat.h>

#include <cstdlib>

#include "app/atomic_file.h"
#include "app/tracker/calendar.h"
#include "app/tracker/record_text.h"
#include "app/tracker/status_edit.h"
#include "app/tracker/statuses.h"

namespace jobpipe::tracker {

std::string CleanOneLine(const std::string& text) {
  std::string clean;
  for (unsigned char c : text) {
    if (c == '\t') c = ' ';
    if (c < 0x20 || c == 0x7F) continue;  // also terminal escape sequences' ESC
    clean += static_cast<char>(c);
  }
  std::size_t b = clean.find_first_not_of(' ');
  if (b == std::string::npos) return "";
  return clean.substr(b, clean.find_last_not_of(' ') - b + 1);
}

Result<bool> RewriteRecord(const std::string& path, const std::string& bytes) {
  // rename(2) over a link would replace the link by a file: write where it points.
  std::string target = path;
  if (char* resolved = ::realpath(path.c_str(), nullptr)) {
    target = resolved;
    std::free(resolved);
  }
  struct stat before {};
  bool had_mode = ::stat(target.c_str(), &before) == 0;
  Result<bool> written = WriteFileAtomically(target, bytes, ExistingFile::kReplace);
  if (!written) {
    Error error = written.error();
    if (target != path) error.message = path + " (" + error.message + ")";
    return error;
  }
  if (had_mode) ::chmod(target.c_str(), before.st_mode & 07777);
  return true;
}

Result<StatusOutcome> SetRecordStatus(const StatusOptions& options) {
  const std::string& path = options.record_path;
  if (options.status.find_first_of("\r\n") != std::string::npos ||
      options.note.find_first_of("\r\n") != std::string::npos) {
    return MakeError(ErrorCode::kUsage, "status and --note must be one line each");
  }
  StatusOutcome outcome;
  std::string status = CleanOneLine(options.status);
  if (status.empty()) return MakeError(ErrorCode::kUsage, "the status must not be empty");
  if (auto known = CanonicalStatus(status)) {
    status = std::string(*known);
  } else {
    outcome.warnings.push_back("'" + status + "' is not a known status (" + KnownStatusNames() +
                               "); written as given");
  }
  std::string date = options.date.empty() ? TodayLocal() : options.date;
  if (!IsCalendarDate(date)) {
    return MakeError(ErrorCode::kUsage, "--date: '" + date + "' is not a date YYYY-MM-DD");
  }

  Result<std::string> bytes = ReadRecordFile(path);
  if (!bytes) return bytes.error();
  Result<RecordText> record = RecordText::Parse(std::move(*bytes), path);
  if (!record) {
    Error error = record.error();
    error.message += "; left as it was";
    return error;
  }
  outcome.previous = CurrentStatus(*record);
  Result<std::string> changed =
      ApplyStatusChange(*record, StatusChange{status, date, CleanOneLine(options.note)}, path);
  if (!changed) return changed.error();
  if (auto written = RewriteRecord(path, *changed); !written) return written.error();
  outcome.written = status;
  return outcome;
}

}  // namespace jobpipe::tracker
