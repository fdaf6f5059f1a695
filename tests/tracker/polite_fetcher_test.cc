// FetchPolitely (what check and update fetch with) against the real
// loopback server, its delays and 429 slow-downs timed on a fake clock:
// the schedule it chose is exact and nothing sleeps.
#include <catch2/catch.hpp>

#include <mutex>
#include <string>
#include <vector>

#include "app/host_scheduler.h"
#include "app/tracker/polite_fetcher.h"
#include "tests/support/loopback_server.h"
#include "tests/support/request_starts.h"

namespace jobpipe::tracker {
namespace {

using testing::LoopbackServer;
using testing::SharedLoopbackServer;

/// Options that fetch once (no retry) and note, per host, when each
/// request started, in seconds of the fake clock (earliest first).
struct Schedule {
  explicit Schedule(int jobs, int per_host, double delay_seconds) {
    options.jobs = jobs;
    options.per_host = per_host;
    options.delay_seconds = delay_seconds;
    options.fetch.retries = 0;
    options.fetch.timeout_seconds = 20;
    options.clock = &starts.clock;
    options.on_request_start = starts.Recorder();
  }

  /// Fetches `urls`; the status of each (0: no HTTP status), in order.
  std::vector<long> Fetch(const std::vector<std::string>& urls) {
    std::vector<long> statuses(urls.size(), -1);
    FetchPolitely(urls, options, [&](std::size_t index, Result<Document> document) {
      std::lock_guard guard(mutex);
      statuses[index] = document ? 200 : document.error().http_status;
    });
    return statuses;
  }

  std::vector<double> Of(const std::string& host) { return starts.Of(host); }

  testing::RequestStarts starts;
  PoliteFetchOptions options;
  std::mutex mutex;  // guards the statuses fetch threads report
};

std::string OnLocalhost(const LoopbackServer& server, const std::string& path) {
  return "http://localhost:" + std::to_string(server.port()) + path;
}

TEST_CASE("polite fetch: the delay separates the starts of requests to one host") {
  LoopbackServer& server = SharedLoopbackServer();
  Schedule schedule(/*jobs=*/4, /*per_host=*/2, /*delay_seconds=*/2);
  std::vector<long> statuses = schedule.Fetch({server.url("/job/1"), server.url("/job/2"),
                                               OnLocalhost(server, "/job/3"), server.url("/job/4")});
  CHECK(statuses == std::vector<long>{200, 200, 200, 200});
  // Slots were free: only the delay spaced the starts, each host on its own.
  CHECK(schedule.Of("127.0.0.1") == std::vector<double>{0, 2, 4});
  CHECK(schedule.Of("localhost") == std::vector<double>{0});
  CHECK(schedule.starts.clock.Sleeps().empty());
}

TEST_CASE("polite fetch: a 429 slows its host down for the rest of the run") {
  LoopbackServer& server = SharedLoopbackServer();
  Schedule schedule(/*jobs=*/2, /*per_host=*/1, /*delay_seconds=*/0);
  std::vector<long> statuses = schedule.Fetch(
      {server.url("/ratelimit/polite?retry_after=0"), server.url("/job/1"), server.url("/job/2")});
  CHECK(statuses == std::vector<long>{429, 200, 200});
  // After the 429 the host waits the throttled delay between starts.
  static_assert(HostScheduler::kMinThrottledDelay == std::chrono::seconds(1));
  CHECK(schedule.Of("127.0.0.1") == std::vector<double>{0, 1, 2});
}

TEST_CASE("polite fetch: a retry waits Retry-After on the same clock, and the host stays slowed") {
  LoopbackServer& server = SharedLoopbackServer();
  Schedule schedule(/*jobs=*/2, /*per_host=*/1, /*delay_seconds=*/0);
  schedule.options.fetch.retries = 1;
  std::vector<long> statuses =
      schedule.Fetch({server.url("/ratelimit/polite-retried?retry_after=3"), server.url("/job/1")});
  CHECK(statuses == std::vector<long>{200, 200});
  // The 429 at 0 and its retry 3 s later (slept, on the fake clock, inside
  // the fetch); the next request the throttled delay (3 s, Retry-After's)
  // after the retry.
  CHECK(schedule.starts.clock.Sleeps() == std::vector<double>{3.0});
  CHECK(schedule.Of("127.0.0.1") == std::vector<double>{0, 6});
}

}  // namespace
}  // namespace jobpipe::tracker
