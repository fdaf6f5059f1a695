// The batch's engine: a coordinator (the calling thread) that admits list
// entries into a bounded window, hands URLs to fetch threads when their
// host allows it, local files and fetched pages to processing threads, and
// lets results out in list order (or as they finish). See app/batch.h for
// the user-visible behaviour.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "app/batch.h"
#include "app/batch_list.h"
#include "app/batch_outcome.h"
#include "app/batch_progress.h"
#include "app/failed_list.h"
#include "app/host_scheduler.h"
#include "app/posting_registry.h"
#include "core/clock.h"

namespace jobpipe {

/// What a run gives back besides the JSONL it wrote.
struct BatchTally {
  BatchSummary summary;              // counts, causes, interrupted
  std::vector<FailedInput> failed;   // for the failed list
  bool output_failed = false;        // writing JSONL to `out` failed
};

class BatchRunner {
 public:
  BatchRunner(const BatchOptions& options, PostingRegistry& registry, std::ostream& out,
              ProgressReporter& progress);
  ~BatchRunner();
  BatchRunner(const BatchRunner&) = delete;
  BatchRunner& operator=(const BatchRunner&) = delete;

  /// Reads the whole list (or until cancelled) and returns when every
  /// admitted input has finished and its output is written.
  BatchTally Run(BatchListReader& reader);

 private:
  enum class SlotState { kWaiting, kFetching, kProcessing, kDone };

  /// One admitted input. `entry` and `host` never change after admission,
  /// so workers read them without the lock; the rest is guarded by mutex_.
  struct Slot {
    BatchEntry entry;
    std::string host;  // kUrl: the politeness key
    SlotState state = SlotState::kWaiting;
    EntryOutcome outcome;
  };

  struct ProcessJob {
    long seq = 0;
    std::optional<Document> document;  // nullopt: read the local file
  };

  bool JsonLines() const { return options_.format == OutputFormat::kJsonl; }
  /// JSONL in list order: only then do finished slots wait for earlier ones.
  bool Ordered() const;

  // Coordinator steps (mutex_ held).
  void Admit(BatchEntry entry);
  /// Invalid lines, duplicates, URLs already recorded: finished on the spot.
  std::optional<EntryOutcome> SettleAtAdmission(const BatchEntry& entry);
  /// Hands out what may start at `now`; `next_due` becomes the earliest
  /// time a waiting URL's host allows (unchanged when none).
  void Dispatch(Clock::TimePoint now, Clock::TimePoint* next_due);
  void Report(Clock::TimePoint now);
  std::vector<std::string> TakeOutputLines();
  /// Cancel (SIGINT) or a broken output: nothing new starts.
  void StopEarly(bool interrupted);
  void Complete(long seq, EntryOutcome outcome);  // also from workers

  // Worker loops (they take mutex_ themselves).
  void FetchLoop();
  void ProcessLoop();
  EntryOutcome Process(const BatchEntry& entry, std::optional<Document> fetched);

  const BatchOptions& options_;
  Clock& clock_;
  PostingRegistry& registry_;
  std::ostream& out_;
  ProgressReporter& progress_;
  std::size_t window_limit_;
  std::size_t process_queue_limit_;
  /// The fetch options with `cancel` pointing at abort_, so transfers stop
  /// for a signal and for a broken output alike.
  FetchOptions fetch_options_;
  std::atomic<bool> abort_{false};

  std::mutex mutex_;
  std::condition_variable coordinator_cv_;  // a slot finished, a host freed up
  std::condition_variable fetch_cv_;        // work for the fetch threads
  std::condition_variable process_cv_;      // work for the processing threads
  std::condition_variable process_space_cv_;

  HostScheduler scheduler_;
  long next_seq_ = 0;
  std::map<long, Slot> window_;      // by admission order
  std::set<long> waiting_;           // slots not yet handed to a thread
  std::deque<long> fetch_queue_;
  int free_fetchers_ = 0;            // fetch threads neither busy nor promised work
  std::deque<ProcessJob> process_queue_;
  std::vector<long> finished_;       // done since the coordinator last looked
  std::vector<long> ready_to_write_; // reported, to be written out (unordered)
  bool changed_ = false;             // something the coordinator waits for happened
  bool stopping_ = false;            // workers exit once their queue is empty

  BatchTally tally_;
  std::vector<std::thread> threads_;
};

}  // namespace jobpipe
