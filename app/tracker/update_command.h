// `jobpipe update RECORD...|DIR`: re-reads each record's posting (its Job
// URL, fetched politely as check and batch do, or one saved copy given
// with `input`) and refreshes the parts jobpipe wrote that nobody edited
// (record_refresh.h says which bytes change). Closed or failed postings
// leave their records as they are; every write is atomic and re-reads the
// record first, so an edit made while the update ran is not lost.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/tracker/polite_fetcher.h"
#include "app/tracker/record_refresh.h"
#include "core/error.h"

namespace jobpipe::tracker {

struct UpdateOptions {
  std::vector<std::string> targets;  // record files and folders
  bool recursive = false;            // folders: also their sub-folders
  std::string input;                 // "" = fetch each Job URL; else the posting of the one record
  bool dry_run = false;              // the diff on `out`, nothing written
  bool quiet = false;                // no progress lines
  std::string today;                 // YYYY-MM-DD; "" = today
  PoliteFetchOptions fetch;
};

enum class UpdateState { kUpdated, kUnchanged, kClosed, kFailed, kSkipped };

/// "updated", "unchanged", "closed", "failed", "skipped".
const char* UpdateStateName(UpdateState state);

struct UpdateResult {
  std::string file;
  std::string url;
  UpdateState state = UpdateState::kFailed;
  std::string detail;                  // for people: what was refreshed, why it failed
  std::vector<std::string> refreshed;  // parts replaced
  std::vector<KeptPart> kept;          // parts the posting changed, kept as the user has them
  std::optional<ErrorCode> error;      // kFailed: why (the exit code when one record was named)
  std::string message;                 // kFailed: one line naming the record and the cause
  std::string diff;                    // dry run: what would change
};

struct UpdateSummary {
  std::vector<UpdateResult> results;  // in file order
  int updated = 0, unchanged = 0, closed = 0, failed = 0, skipped = 0, kept = 0;
  bool interrupted = false;
};

/// Results go to `out` once all are known, in file order: one
/// "STATE<TAB>FILE[<TAB>DETAIL]" line each, or with dry_run the unified
/// diffs. Warnings (files that are not records, kept parts), progress and
/// the summary go to `progress`. Fails (nothing written) on kUsage, a
/// folder that cannot be listed, an `input` that cannot be read, or `out`
/// that cannot be written.
Result<UpdateSummary> RunUpdate(const UpdateOptions& options, std::ostream& out,
                                std::ostream& progress);

}  // namespace jobpipe::tracker
