// Batch: a list of inputs (URLs and paths, one a line) to a folder of
// records and/or a JSONL stream; concurrent, polite per host, resumable,
// never replacing a record that is already there.
//
// How it runs (batch_runner.h): the list is streamed; a bounded window of
// inputs is admitted in list order (duplicates and already recorded URLs
// are settled there, without fetching); a scheduler hands URLs to `jobs`
// fetch threads when their host has a free slot and its delay has passed;
// fetched pages and local files are parsed, rendered and written by one
// thread per core; results leave in list order (or as they finish with
// `unordered`). Memory is bounded by the window, whatever the list length.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <ostream>
#include <string>

#include "app/pipeline.h"
#include "core/error.h"
#include "export/export.h"

namespace jobpipe {

class Clock;  // core/clock.h

/// How progress is shown on the `progress` stream.
enum class ProgressStyle {
  kAuto,   // kLive when `progress` is std::cerr on a terminal, else kLines
  kLines,  // one line per finished input
  kLive,   // one line rewritten in place (\r)
  kNone,   // nothing but the summary
};

struct BatchOptions {
  std::string list_path;     // "-" for stdin
  std::string out_dir;       // "" = no record files
  OutputFormat format = OutputFormat::kMarkdown;  // kJsonl streams to `out`
  int jobs = 8;              // transfers at once
  int per_host = 2;          // transfers at once to one host
  double delay_seconds = 1;  // minimum gap between requests to one host
  bool unordered = false;    // JSONL in completion order
  bool force = false;        // replace existing records
  bool quiet = false;        // no progress lines
  PipelineOptions pipeline;
  /// Set by SIGINT/SIGTERM: start nothing new, finish cleanly.
  const std::atomic<bool>* cancel = nullptr;

  // Tuning; the defaults suit the command line.
  ProgressStyle progress = ProgressStyle::kAuto;  // `quiet` means kNone
  int cpu_workers = 0;     // parse/render/write threads; 0 = one per core
  std::size_t window = 0;  // inputs admitted at once; 0 = max(64, 4 * jobs)
  /// Where the failed list goes when there is no out_dir: "" = beside the
  /// list file (the working directory for stdin).
  std::string failed_list_dir;

  /// What --delay and 429 slow-downs are timed by; nullptr = the steady
  /// clock. Tests give a fake one (core/clock.h) and check the schedule
  /// exactly, without sleeping.
  Clock* clock = nullptr;
  /// Called on a fetching thread as each request to a host begins (the
  /// time --delay counts from; retries inside a fetch not included).
  std::function<void(const std::string& url, std::chrono::steady_clock::time_point at)>
      on_request_start;
};

struct BatchSummary {
  int total = 0;      // inputs read from the list (entries, not comments)
  int succeeded = 0;
  int skipped = 0;    // duplicates and postings already recorded
  int failed = 0;
  std::map<std::string, int> failed_by_cause;  // ErrorCodeName -> count
  std::map<std::string, int> skipped_by_reason;  // "duplicate", "already_recorded"
  std::string failed_list_path;                // "" when nothing failed
  std::string failed_list_error;               // why it could not be written
  bool interrupted = false;
  int not_done = 0;   // inputs read but not finished when interrupted
};

/// Runs the batch, writing JSONL (if asked) to `out` and progress and the
/// summary to `progress`. Fails only for a list that cannot be read, an
/// output folder that cannot be made or listed, or `out` failing (after
/// printing the summary).
Result<BatchSummary> RunBatch(const BatchOptions& options, std::ostream& out,
                              std::ostream& progress);

}  // namespace jobpipe
