// What became of one batch input: the runner's workers fill it, progress,
// JSONL output, the summary and the failed list read it.
#pragma once

#include <string>

#include "app/batch_list.h"
#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

enum class OutcomeStatus { kSucceeded, kSkipped, kFailed, kInterrupted };

/// Why an input was skipped; also its JSONL error code.
inline constexpr const char* kSkipDuplicate = "duplicate";
inline constexpr const char* kSkipRecorded = "already_recorded";

struct EntryOutcome {
  OutcomeStatus status = OutcomeStatus::kFailed;
  Error error;              // kFailed, kInterrupted: the cause
  std::string skip_reason;  // kSkipped: kSkipDuplicate or kSkipRecorded
  std::string skip_detail;  // kSkipped: "duplicate of line 3", "already recorded in PATH"
  std::string record_path;  // kSucceeded with --out-dir: the record written
  std::string json_line;    // with --format jsonl: this input's line, '\n' included
};

/// The Source of an input that produced no Document (failed before or
/// while reading it, or skipped): its type from the entry, its name as given.
Source SourceOfEntry(const BatchEntry& entry);

/// The line (JSONL or none) and outcome of a failure, a skip, an interruption.
EntryOutcome FailedOutcome(const Source& source, Error error, bool jsonl);
EntryOutcome SkippedOutcome(const BatchEntry& entry, const std::string& reason,
                            const std::string& detail, bool jsonl);
EntryOutcome InterruptedOutcome(const BatchEntry& entry, bool jsonl);

}  // namespace jobpipe
