// What a batch tells the user on stderr while it runs and when it ends:
// one plain line per finished input (logs, pipes), or one live line
// rewritten in place (a terminal), or nothing (--quiet); then a summary.
#pragma once

#include <chrono>
#include <optional>
#include <ostream>
#include <string>

#include "app/batch.h"
#include "app/batch_list.h"
#include "app/batch_outcome.h"

namespace jobpipe {

class ProgressReporter {
 public:
  using Clock = std::chrono::steady_clock;

  /// `total`: the list's entry count when known (not for stdin).
  ProgressReporter(std::ostream& out, ProgressStyle style, std::optional<int> total,
                   Clock::time_point start);

  /// One input finished (any status but kInterrupted, which is not shown).
  void Finished(const BatchEntry& entry, const EntryOutcome& outcome, Clock::time_point now);
  /// Ends the live line so that the summary starts on a line of its own.
  void Close();

  /// "[12/50] ok URL -> path" and the like; also what tests read.
  static std::string PlainLine(int done, std::optional<int> total, const BatchEntry& entry,
                               const EntryOutcome& outcome);
  /// "[12/50] 3.2/s ETA 0:12, 1 failed": rate and ETA from the time so far.
  static std::string LiveLine(int done, std::optional<int> total, int failed,
                              Clock::duration elapsed);

 private:
  std::ostream& out_;
  ProgressStyle style_;
  std::optional<int> total_;
  Clock::time_point start_;
  Clock::time_point last_draw_{};
  int done_ = 0;
  int failed_ = 0;
  bool live_line_open_ = false;
};

/// The end-of-batch summary, one or more lines each starting "jobpipe: ".
/// `resumable`: records are written (--out-dir), so a rerun resumes.
std::string SummaryText(const BatchSummary& summary, bool resumable);

}  // namespace jobpipe
