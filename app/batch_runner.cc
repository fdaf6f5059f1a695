#include "app/batch_runner.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <unordered_set>

#include "app/posting_fingerprint.h"
#include "app/record_index.h"
#include "app/record_writer.h"
#include "normalize/normalize.h"

namespace jobpipe {
namespace {

// A signal handler cannot wake a condition variable: the coordinator looks
// at the cancel flag at least this often.
constexpr auto kCancelPoll = std::chrono::milliseconds(50);

std::string LocalIdentity(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return "file:" + path;
  std::string identity = std::string("file:") + resolved;
  std::free(resolved);
  return identity;
}

std::size_t WindowLimit(const BatchOptions& options) {
  if (options.window > 0) return options.window;
  return std::max<std::size_t>(64, 4 * static_cast<std::size_t>(std::max(1, options.jobs)));
}

int ProcessThreads(const BatchOptions& options) {
  if (options.cpu_workers > 0) return options.cpu_workers;
  return std::max(1u, std::thread::hardware_concurrency());
}

HostScheduler::Duration Seconds(double seconds) {
  return std::chrono::duration_cast<HostScheduler::Duration>(
      std::chrono::duration<double>(std::max(0.0, seconds)));
}

}  // namespace

BatchRunner::BatchRunner(const BatchOptions& options, PostingRegistry& registry,
                         std::ostream& out, ProgressReporter& progress)
    : options_(options),
      registry_(registry),
      out_(out),
      progress_(progress),
      window_limit_(WindowLimit(options)),
      process_queue_limit_(static_cast<std::size_t>(std::max(options.jobs, ProcessThreads(options)))),
      scheduler_(options.per_host, Seconds(options.delay_seconds)) {
  fetch_options_ = options.pipeline.fetch;
  fetch_options_.cancel = &abort_;
}

BatchRunner::~BatchRunner() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  fetch_cv_.notify_all();
  process_cv_.notify_all();
  for (std::thread& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
}

bool BatchRunner::Ordered() const { return JsonLines() && !options_.unordered; }

BatchTally BatchRunner::Run(BatchListReader& reader) {
  free_fetchers_ = std::max(1, options_.jobs);
  for (int i = 0; i < free_fetchers_; ++i) threads_.emplace_back(&BatchRunner::FetchLoop, this);
  for (int i = ProcessThreads(options_); i > 0; --i) {
    threads_.emplace_back(&BatchRunner::ProcessLoop, this);
  }

  bool list_open = true;
  std::unique_lock lock(mutex_);
  for (;;) {
    if (!abort_ && options_.cancel != nullptr && options_.cancel->load()) StopEarly(true);
    Clock::time_point now = Clock::now();
    Report(now);
    if (std::vector<std::string> lines = TakeOutputLines(); !lines.empty()) {
      lock.unlock();
      for (const std::string& line : lines) out_ << line;
      out_.flush();
      bool output_ok = static_cast<bool>(out_);
      lock.lock();
      if (!output_ok && !tally_.output_failed) {
        tally_.output_failed = true;
        StopEarly(false);
      }
    }
    Clock::time_point wakeup = now + kCancelPoll;
    if (!abort_) Dispatch(now, &wakeup);
    if (list_open && !abort_ && window_.size() < window_limit_) {
      // The list is read outside the lock: a slow stdin must not hold up
      // the workers.
      lock.unlock();
      std::optional<BatchEntry> entry = reader.Next();
      lock.lock();
      if (entry) {
        Admit(std::move(*entry));
      } else {
        list_open = false;
      }
      continue;
    }
    if ((!list_open || abort_) && window_.empty()) break;
    coordinator_cv_.wait_until(lock, wakeup, [this] { return changed_; });
    changed_ = false;
  }
  stopping_ = true;
  lock.unlock();
  fetch_cv_.notify_all();
  process_cv_.notify_all();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
  return std::move(tally_);
}

void BatchRunner::StopEarly(bool interrupted) {
  abort_ = true;
  tally_.summary.interrupted = tally_.summary.interrupted || interrupted;
  // What no thread has started yet ends here; transfers under way see
  // abort_ and return promptly, processing finishes (it is short).
  for (long seq : waiting_) {
    Complete(seq, InterruptedOutcome(window_.at(seq).entry, JsonLines()));
  }
  waiting_.clear();
}

void BatchRunner::Admit(BatchEntry entry) {
  long seq = next_seq_++;
  Slot& slot = window_[seq];
  slot.entry = std::move(entry);
  ++tally_.summary.total;
  if (std::optional<EntryOutcome> settled = SettleAtAdmission(slot.entry)) {
    Complete(seq, std::move(*settled));
    return;
  }
  if (slot.entry.kind == EntryKind::kUrl) {
    slot.host = UrlHost(CanonicalPostingUrl(slot.entry.text));
  }
  waiting_.insert(seq);
}

std::optional<EntryOutcome> BatchRunner::SettleAtAdmission(const BatchEntry& entry) {
  if (entry.kind == EntryKind::kInvalid) {
    return FailedOutcome(SourceOfEntry(entry), entry.error, JsonLines());
  }
  std::string identity =
      entry.kind == EntryKind::kUrl ? UrlIdentity(entry.text) : LocalIdentity(entry.text);
  Claim claim = registry_.ClaimInput(identity, entry.line);
  if (claim.kind == Claim::kDuplicate) {
    return SkippedOutcome(entry, kSkipDuplicate, "duplicate of line " + std::to_string(claim.line),
                          JsonLines());
  }
  if (claim.kind == Claim::kRecorded) {
    return SkippedOutcome(entry, kSkipRecorded, "already recorded in " + claim.record_path,
                          JsonLines());
  }
  return std::nullopt;
}

void BatchRunner::Dispatch(Clock::time_point now, Clock::time_point* next_wakeup) {
  // Inputs are looked at in list order, but one whose host is busy or
  // still in its delay does not hold up the ones behind it.
  std::unordered_set<std::string> blocked_hosts;
  for (auto it = waiting_.begin(); it != waiting_.end();) {
    Slot& slot = window_.at(*it);
    bool started = false;
    if (slot.entry.kind == EntryKind::kPath) {
      if (process_queue_.size() < process_queue_limit_) {
        process_queue_.push_back({*it, std::nullopt});
        process_cv_.notify_one();
        slot.state = SlotState::kProcessing;
        started = true;
      }
    } else if (free_fetchers_ > 0 && !blocked_hosts.count(slot.host)) {
      Clock::time_point ready = scheduler_.ReadyAt(slot.host);
      if (ready <= now) {
        scheduler_.Start(slot.host, now);
        --free_fetchers_;
        fetch_queue_.push_back(*it);
        fetch_cv_.notify_one();
        slot.state = SlotState::kFetching;
        started = true;
      } else {
        blocked_hosts.insert(slot.host);
        if (ready != Clock::time_point::max()) *next_wakeup = std::min(*next_wakeup, ready);
      }
    }
    it = started ? waiting_.erase(it) : std::next(it);
  }
}

void BatchRunner::Complete(long seq, EntryOutcome outcome) {
  Slot& slot = window_.at(seq);
  slot.outcome = std::move(outcome);
  slot.state = SlotState::kDone;
  finished_.push_back(seq);
  changed_ = true;
  coordinator_cv_.notify_one();
}

void BatchRunner::Report(Clock::time_point now) {
  BatchSummary& summary = tally_.summary;
  for (long seq : finished_) {
    const Slot& slot = window_.at(seq);
    const EntryOutcome& outcome = slot.outcome;
    progress_.Finished(slot.entry, outcome, now);
    switch (outcome.status) {
      case OutcomeStatus::kSucceeded: ++summary.succeeded; break;
      case OutcomeStatus::kSkipped:
        ++summary.skipped;
        ++summary.skipped_by_reason[outcome.skip_reason];
        break;
      case OutcomeStatus::kFailed:
        ++summary.failed;
        ++summary.failed_by_cause[std::string(ErrorCodeName(outcome.error.code))];
        tally_.failed.push_back({slot.entry.line, slot.entry.text, outcome.error});
        break;
      case OutcomeStatus::kInterrupted: ++summary.not_done; break;
    }
    if (!Ordered()) ready_to_write_.push_back(seq);
  }
  finished_.clear();
}

std::vector<std::string> BatchRunner::TakeOutputLines() {
  std::vector<std::string> lines;
  auto take = [&](std::map<long, Slot>::iterator it) {
    if (JsonLines() && !it->second.outcome.json_line.empty()) {
      lines.push_back(std::move(it->second.outcome.json_line));
    }
    window_.erase(it);
  };
  if (Ordered()) {
    // The reorder buffer: finished slots wait here for the ones before
    // them; the window limit bounds it by stalling admission.
    while (!window_.empty() && window_.begin()->second.state == SlotState::kDone) {
      take(window_.begin());
    }
  } else {
    for (long seq : ready_to_write_) take(window_.find(seq));
    ready_to_write_.clear();
  }
  return lines;
}

void BatchRunner::FetchLoop() {
  for (;;) {
    std::unique_lock lock(mutex_);
    fetch_cv_.wait(lock, [this] { return stopping_ || !fetch_queue_.empty(); });
    if (fetch_queue_.empty()) return;
    long seq = fetch_queue_.front();
    fetch_queue_.pop_front();
    const Slot& slot = window_.at(seq);
    scheduler_.Restamp(slot.host, Clock::now());
    lock.unlock();

    FetchOptions fetch_options = fetch_options_;
    const std::string host = slot.host;
    fetch_options.on_retry = [this, host](long http_status, double wait_seconds) {
      if (http_status != 429) return;
      auto wait = std::chrono::duration_cast<HostScheduler::Duration>(
          std::chrono::duration<double>(wait_seconds));
      std::lock_guard retry_lock(mutex_);
      Clock::time_point now = Clock::now();
      scheduler_.SlowDown(host, now, wait);
      // The retry is a request to the host too: the next start waits the
      // (now longer) delay after it.
      scheduler_.Restamp(host, now + wait);
    };
    Result<Document> document = FetchUrl(slot.entry.text, fetch_options);

    lock.lock();
    scheduler_.Finish(slot.host);
    if (!document && document.error().http_status == 429) {
      scheduler_.SlowDown(slot.host, Clock::now(), HostScheduler::Duration::zero());
    }
    changed_ = true;
    coordinator_cv_.notify_one();
    if (!document) {
      Complete(seq, abort_ ? InterruptedOutcome(slot.entry, JsonLines())
                           : FailedOutcome(SourceOfEntry(slot.entry), document.error(),
                                           JsonLines()));
    } else {
      // Backpressure: with the processing queue full this thread keeps its
      // page and, being busy, lets no new transfer start.
      process_space_cv_.wait(lock, [this] { return process_queue_.size() < process_queue_limit_; });
      process_queue_.push_back({seq, std::move(*document)});
      process_cv_.notify_one();
      window_.at(seq).state = SlotState::kProcessing;
    }
    ++free_fetchers_;
  }
}

void BatchRunner::ProcessLoop() {
  for (;;) {
    std::unique_lock lock(mutex_);
    process_cv_.wait(lock, [this] { return stopping_ || !process_queue_.empty(); });
    if (process_queue_.empty()) return;
    ProcessJob job = std::move(process_queue_.front());
    process_queue_.pop_front();
    process_space_cv_.notify_one();
    const BatchEntry& entry = window_.at(job.seq).entry;
    bool interrupted = abort_ && !job.document;
    lock.unlock();

    EntryOutcome outcome = interrupted ? InterruptedOutcome(entry, JsonLines())
                                       : Process(entry, std::move(job.document));

    lock.lock();
    Complete(job.seq, std::move(outcome));
  }
}

EntryOutcome BatchRunner::Process(const BatchEntry& entry, std::optional<Document> fetched) {
  const bool jsonl = JsonLines();
  Result<Document> document =
      fetched ? Result<Document>(std::move(*fetched)) : ReadLocalInput(entry.text);
  if (!document) return FailedOutcome(SourceOfEntry(entry), document.error(), jsonl);
  Result<Posting> posting = ProcessDocument(*document, options_.pipeline);
  // Stopped midway by a signal: not done (the rerun does it), not failed.
  if (!posting && posting.error().code == ErrorCode::kInterrupted) return InterruptedOutcome(entry, jsonl);
  if (!posting) return FailedOutcome(document->source, posting.error(), jsonl);

  std::string identity = PostingIdentity(posting->facts);
  Claim claim = registry_.ClaimPosting(identity, entry.line);
  if (claim.kind == Claim::kDuplicate) {
    return SkippedOutcome(entry, kSkipDuplicate,
                          "same posting as line " + std::to_string(claim.line), jsonl);
  }
  if (claim.kind == Claim::kRecorded) {
    return SkippedOutcome(entry, kSkipRecorded, "already recorded in " + claim.record_path, jsonl);
  }
  // A posting new by its URL may be one recorded from another URL: same
  // company, title and location. Only records count: a JSONL stream
  // without --out-dir gives every input its line, as before.
  std::string fingerprint = options_.out_dir.empty() ? "" : PostingFingerprint(posting->facts);
  if (claim.kind == Claim::kNew && !fingerprint.empty()) {
    Claim same = registry_.ClaimPosting(fingerprint, entry.line);
    if (same.kind == Claim::kDuplicate || same.kind == Claim::kRecorded) {
      registry_.Release(identity, entry.line);
      if (same.kind == Claim::kDuplicate) {
        return SkippedOutcome(entry, kSkipDuplicate,
                              "same posting as line " + std::to_string(same.line) +
                                  " (same company, title and location)",
                              jsonl);
      }
      return SkippedOutcome(entry, kSkipRecorded,
                            "already recorded in " + same.record_path +
                                " (same company, title and location)",
                            jsonl);
    }
  }

  EntryOutcome outcome;
  outcome.status = OutcomeStatus::kSucceeded;
  if (!options_.out_dir.empty()) {
    std::string markdown = RenderMarkdown(*posting);
    Result<NewRecord> written = claim.kind == Claim::kReplace
                                    ? ReplaceRecord(claim.record_path, markdown)
                                    : WriteNewRecord(options_.out_dir, *posting, markdown);
    if (!written) {
      registry_.Release(identity, entry.line);
      registry_.Release(fingerprint, entry.line);
      return FailedOutcome(posting->source, written.error(), jsonl);
    }
    registry_.Recorded(identity, written->path);
    registry_.Recorded(fingerprint, written->path);
    if (written->recorded_by_another) {
      return SkippedOutcome(entry, kSkipRecorded, "already recorded in " + written->path, jsonl);
    }
    outcome.record_path = written->path;
  }
  if (jsonl) outcome.json_line = RenderJsonLine(*posting);
  return outcome;
}

}  // namespace jobpipe
