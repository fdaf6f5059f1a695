// What `jobpipe check` found out about one record's posting.
#pragma once

#include <string>
#include <vector>

namespace jobpipe::tracker {

enum class CheckState { kOpen, kChanged, kClosed, kFailed, kSkipped };

/// "open", "changed", "closed", "failed", "skipped".
const char* CheckStateName(CheckState state);

struct CheckResult {
  std::string file;
  std::string url;     // the record's Job URL ("" when it has none)
  std::string status;  // the record's status before the check
  CheckState state = CheckState::kFailed;
  /// Why, as a stable name: closed: "http_status", "redirected",
  /// "closed_marker", "deadline_passed"; failed: the error's name
  /// ("timeout", "dns", ...); skipped: "no_url". "" for open and changed.
  std::string reason;
  std::string detail;    // for people: "HTTP 404 Not Found", "apply by 2026-11-30 passed"
  long http_status = 0;  // the final answer's status when known
  std::vector<std::string> changed;  // kChanged: the parts (record_parts.h)
  bool marked_closed = false;        // --mark-closed wrote CLOSED into the record
};

}  // namespace jobpipe::tracker
