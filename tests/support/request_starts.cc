#include "tests/support/request_starts.h"

#include <algorithm>

#include "app/batch_list.h"

namespace jobpipe::testing {

std::function<void(const std::string& url, Clock::TimePoint at)> RequestStarts::Recorder() {
  return [this](const std::string& url, Clock::TimePoint at) {
    std::lock_guard guard(mutex_);
    by_host_[UrlHost(url)].push_back(clock.SecondsAt(at));
  };
}

std::vector<double> RequestStarts::Of(const std::string& host) {
  std::lock_guard guard(mutex_);
  std::vector<double> starts = by_host_[host];
  std::sort(starts.begin(), starts.end());
  return starts;
}

}  // namespace jobpipe::testing
