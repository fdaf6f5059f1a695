// Politeness per host: at most `per_host` transfers at once to one host,
// and a minimum gap between the STARTS of two requests to it. A host that
// answered 429 Too Many Requests is slowed down for the rest of the run.
//
// Pure bookkeeping: the caller passes the time in, so tests drive it with a
// fake clock and the batch runner with steady_clock. Not thread-safe (the
// runner holds its lock while calling it).
#pragma once

#include <chrono>
#include <string>
#include <unordered_map>

namespace jobpipe {

class HostScheduler {
 public:
  using Clock = std::chrono::steady_clock;
  using TimePoint = Clock::time_point;
  using Duration = Clock::duration;

  /// Longest gap a 429 can impose, whatever its Retry-After says: a batch
  /// slows down, it does not stall for hours.
  static constexpr std::chrono::seconds kMaxThrottle{300};
  /// Delay a throttled host gets at least, also when --delay was 0.
  static constexpr std::chrono::seconds kMinThrottledDelay{1};

  HostScheduler(int per_host, Duration delay);

  /// When a request to `host` may start: a time point (perhaps in the past)
  /// when a slot is free, TimePoint::max() while all its slots are busy
  /// (a Finish() changes that).
  TimePoint ReadyAt(const std::string& host) const;
  bool CanStart(const std::string& host, TimePoint now) const { return ReadyAt(host) <= now; }

  /// A request to `host` starts now (takes a slot).
  void Start(const std::string& host, TimePoint now);
  /// The request Start() announced actually begins now (a little later):
  /// the delay counts from here, so gaps seen by the server are not shorter.
  void Restamp(const std::string& host, TimePoint now);
  /// A request to `host` ended (gives its slot back).
  void Finish(const std::string& host);

  /// `host` answered 429: its delay doubles (at least kMinThrottledDelay and
  /// `retry_after`, at most kMaxThrottle) for the rest of the run, and
  /// nothing starts there before now + retry_after.
  void SlowDown(const std::string& host, TimePoint now, Duration retry_after);

  Duration DelayOf(const std::string& host) const;
  int InFlight(const std::string& host) const;

 private:
  struct HostState {
    int in_flight = 0;
    bool started_before = false;
    TimePoint last_start{};
    TimePoint not_before{};
    Duration delay{};
  };

  HostState& StateOf(const std::string& host);

  int per_host_;
  Duration delay_;
  std::unordered_map<std::string, HostState> hosts_;
};

}  // namespace jobpipe
