#include "app/host_scheduler.h"

#include <algorithm>

namespace jobpipe {

HostScheduler::HostScheduler(int per_host, Duration delay)
    : per_host_(std::max(1, per_host)), delay_(std::max(Duration::zero(), delay)) {}

HostScheduler::HostState& HostScheduler::StateOf(const std::string& host) {
  auto [it, inserted] = hosts_.try_emplace(host);
  if (inserted) it->second.delay = delay_;
  return it->second;
}

HostScheduler::TimePoint HostScheduler::ReadyAt(const std::string& host) const {
  auto it = hosts_.find(host);
  if (it == hosts_.end()) return TimePoint::min();
  const HostState& state = it->second;
  if (state.in_flight >= per_host_) return TimePoint::max();
  TimePoint ready = state.not_before;
  if (state.started_before) ready = std::max(ready, state.last_start + state.delay);
  return ready;
}

void HostScheduler::Start(const std::string& host, TimePoint now) {
  HostState& state = StateOf(host);
  ++state.in_flight;
  state.started_before = true;
  state.last_start = now;
}

void HostScheduler::Restamp(const std::string& host, TimePoint now) {
  HostState& state = StateOf(host);
  state.last_start = std::max(state.last_start, now);
}

void HostScheduler::Finish(const std::string& host) {
  auto it = hosts_.find(host);
  if (it != hosts_.end() && it->second.in_flight > 0) --it->second.in_flight;
}

void HostScheduler::SlowDown(const std::string& host, TimePoint now, Duration retry_after) {
  HostState& state = StateOf(host);
  Duration wait = std::clamp<Duration>(retry_after, Duration::zero(), kMaxThrottle);
  Duration doubled = std::max<Duration>(2 * state.delay, kMinThrottledDelay);
  state.delay = std::min<Duration>(std::max(doubled, wait), kMaxThrottle);
  state.not_before = std::max(state.not_before, now + wait);
}

HostScheduler::Duration HostScheduler::DelayOf(const std::string& host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? delay_ : it->second.delay;
}

int HostScheduler::InFlight(const std::string& host) const {
  auto it = hosts_.find(host);
  return it == hosts_.end() ? 0 : it->second.in_flight;
}

}  // namespace jobpipe
