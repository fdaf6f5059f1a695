#include "app/tracker/polite_fetcher.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "app/batch_list.h"
#include "app/host_scheduler.h"

namespace jobpipe::tracker {
namespace {

// A signal handler cannot wake a condition variable: waiting threads look
// at the cancel flag at least this often.
constexpr auto kCancelPoll = std::chrono::milliseconds(50);

class Fetcher {
 public:
  Fetcher(const std::vector<std::string>& urls, const PoliteFetchOptions& options,
          const std::function<void(std::size_t, Result<Document>)>& done)
      : urls_(urls), options_(options), done_(done),
        clock_(options.clock != nullptr ? *options.clock : SteadyClock()),
        scheduler_(std::max(1, options.per_host), SecondsDuration(options.delay_seconds)),
        started_(urls.size(), false) {
    for (const std::string& url : urls) hosts_.push_back(UrlHost(url));
  }

  void Run() {
    int threads = std::clamp<int>(options_.jobs, 1, static_cast<int>(std::max<std::size_t>(1, urls_.size())));
    std::vector<std::thread> pool;
    for (int i = 0; i < threads; ++i) pool.emplace_back(&Fetcher::Loop, this);
    for (std::thread& thread : pool) thread.join();
  }

 private:
  bool Cancelled() const { return options_.cancel != nullptr && options_.cancel->load(); }

  // The first URL not started whose host may start now, else (via
  // `wakeup`) when the earliest of them may; npos when none is left.
  std::size_t NextReady(Clock::TimePoint now, Clock::TimePoint* wakeup, bool* any_left) {
    *any_left = false;
    for (std::size_t i = next_unstarted_; i < urls_.size(); ++i) {
      if (started_[i]) continue;
      *any_left = true;
      Clock::TimePoint ready = scheduler_.ReadyAt(hosts_[i]);
      if (ready <= now) return i;
      if (ready != Clock::TimePoint::max()) *wakeup = std::min(*wakeup, ready);
    }
    return std::string::npos;
  }

  void Loop() {
    std::unique_lock lock(mutex_);
    for (;;) {
      if (Cancelled()) {
        std::vector<std::size_t> left;
        for (std::size_t i = 0; i < urls_.size(); ++i) {
          if (!started_[i]) {
            started_[i] = true;
            left.push_back(i);
          }
        }
        lock.unlock();
        for (std::size_t i : left) done_(i, MakeError(ErrorCode::kInterrupted, urls_[i] + ": interrupted"));
        return;
      }
      Clock::TimePoint now = clock_.Now();
      Clock::TimePoint wakeup = Clock::TimePoint::max();  // none: a Finish() must come first
      bool any_left = false;
      std::size_t index = NextReady(now, &wakeup, &any_left);
      if (!any_left) return;
      if (index == std::string::npos) {
        const std::uint64_t seen = finished_;
        clock_.WaitUntil(changed_, lock, wakeup, kCancelPoll, [this, seen] { return finished_ != seen; });
        continue;
      }
      started_[index] = true;
      while (next_unstarted_ < urls_.size() && started_[next_unstarted_]) ++next_unstarted_;
      const std::string host = hosts_[index];
      scheduler_.Start(host, now);
      lock.unlock();
      if (options_.on_request_start) options_.on_request_start(urls_[index], now);

      FetchOptions fetch = options_.fetch;
      fetch.cancel = options_.cancel;
      fetch.clock = &clock_;
      fetch.on_retry = [this, host](long http_status, double wait_seconds) {
        if (http_status != 429) return;
        std::lock_guard retry_lock(mutex_);
        Clock::TimePoint at = clock_.Now();
        scheduler_.SlowDown(host, at, SecondsDuration(wait_seconds));
        scheduler_.Restamp(host, at + SecondsDuration(wait_seconds));
      };
      Result<Document> result = FetchUrl(urls_[index], fetch);

      lock.lock();
      scheduler_.Finish(host);
      if (!result && result.error().http_status == 429) {
        scheduler_.SlowDown(host, clock_.Now(), HostScheduler::Duration::zero());
      }
      ++finished_;
      changed_.notify_all();
      lock.unlock();
      done_(index, std::move(result));
      lock.lock();
    }
  }

  const std::vector<std::string>& urls_;
  const PoliteFetchOptions& options_;
  const std::function<void(std::size_t, Result<Document>)>& done_;
  Clock& clock_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::uint64_t finished_ = 0;  // fetches ended: what a waiting thread waits to change
  HostScheduler scheduler_;
  std::vector<std::string> hosts_;
  std::vector<bool> started_;
  std::size_t next_unstarted_ = 0;
};

}  // namespace

void FetchPolitely(const std::vector<std::string>& urls, const PoliteFetchOptions& options,
                   const std::function<void(std::size_t, Result<Document>)>& done) {
  if (urls.empty()) return;
  Fetcher(urls, options, done).Run();
}

}  // namespace jobpipe::tracker
