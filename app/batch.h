// Batch: a list of inputs (URLs and paths, one a line) to a folder of
// records and/or a JSONL stream; concurrent, polite per host, resumable,
// never replacing a record that is already there.
#pragma once

#include <atomic>
#include <map>
#include <ostream>
#include <string>

#include "app/pipeline.h"
#include "core/error.h"
#include "export/export.h"

namespace jobpipe {

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
};

struct BatchSummary {
  int total = 0;
  int succeeded = 0;
  int skipped = 0;
  int failed = 0;
  std::map<std::string, int> failed_by_cause;  // ErrorCodeName -> count
  std::string failed_list_path;                // "" when nothing failed
  bool interrupted = false;
};

/// Runs the batch, writing JSONL (if asked) to `out` and progress and the
/// summary to `progress`. Fails only for a list that cannot be read or an
/// output folder that cannot be made.
Result<BatchSummary> RunBatch(const BatchOptions& options, std::ostream& out,
                              std::ostream& progress);

}  // namespace jobpipe
