// When each request of a batch or a polite fetch began, on a fake clock:
// seconds from the clock's origin, per host. The scheduler picks each
// start time under its lock but reports it after releasing it, so two
// fetch threads may report in either order; the times are what was
// chosen, and they are returned in time order.
#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/clock.h"
#include "tests/support/fake_clock.h"

namespace jobpipe::testing {

class RequestStarts {
 public:
  /// The clock the batch or fetch must run on for the times to be exact.
  FakeClock clock;

  /// The `on_request_start` hook that records into this.
  std::function<void(const std::string& url, Clock::TimePoint at)> Recorder();

  /// The start times of requests to `host`, earliest first.
  std::vector<double> Of(const std::string& host);

 private:
  std::mutex mutex_;  // guards by_host_: fetch threads report concurrently
  std::map<std::string, std::vector<double>> by_host_;
};

}  // namespace jobpipe::testing
