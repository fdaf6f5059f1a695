// `jobpipe check DIR`: fetches each record's Job URL (politely, as batch
// does), reports each posting as open, changed (which parts), closed or
// failed, and with `mark_closed` sets CLOSED, with a History line, on the
// closed ones still PENDING or APPLIED. Nothing else is ever written.
#pragma once

#include <atomic>
#include <ostream>
#include <string>
#include <vector>

#include "app/tracker/check_result.h"
#include "app/tracker/polite_fetcher.h"
#include "core/error.h"

namespace jobpipe::tracker {

struct CheckOptions {
  std::string dir;
  bool recursive = false;
  bool mark_closed = false;
  bool jsonl = false;       // one JSON object a record on `out`, else text lines
  bool quiet = false;       // no progress lines
  std::string today;        // YYYY-MM-DD; "" = today
  PoliteFetchOptions fetch;
};

struct CheckSummary {
  std::vector<CheckResult> results;  // in file order
  int open = 0, changed = 0, closed = 0, marked = 0, failed = 0, skipped = 0;
  bool interrupted = false;
};

/// Writes the results to `out` (in file order, once all are known), and
/// warnings, a progress line per record and the summary to `progress`.
/// Fails only when DIR cannot be listed or `out` cannot be written.
Result<CheckSummary> RunCheck(const CheckOptions& options, std::ostream& out,
                              std::ostream& progress);

/// One result as a text line ("STATE<TAB>FILE[<TAB>DETAIL]") or JSON line.
std::string CheckTextLine(const CheckResult& result);
std::string CheckJsonLine(const CheckResult& result);

}  // namespace jobpipe::tracker
