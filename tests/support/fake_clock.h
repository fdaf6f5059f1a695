// A clock that never sleeps: its time moves only when a wait would need it
// to, straight to the deadline. A batch or a fetch given one runs its
// delays at once, and the times it chose are exact, whatever the machine's
// load. Waits without a deadline still wait (briefly, in real time) for
// other threads, such as a transfer on the loopback server.
#pragma once

#include <mutex>
#include <vector>

#include "core/clock.h"

namespace jobpipe::testing {

class FakeClock final : public Clock {
 public:
  /// Starts at an arbitrary origin far from zero.
  FakeClock() = default;

  TimePoint Now() override;
  void WaitUntil(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                 TimePoint deadline, std::chrono::milliseconds poll,
                 const std::function<bool()>& ready) override;
  bool SleepFor(Duration duration, const std::atomic<bool>* cancel) override;

  /// Seconds from the origin to `at`: what tests compare.
  double SecondsAt(TimePoint at) const;
  /// Every SleepFor's duration, in seconds, in call order.
  std::vector<double> Sleeps() const;

 private:
  void AdvanceTo(TimePoint at);

  static constexpr TimePoint kOrigin = TimePoint{} + std::chrono::hours(1000);
  mutable std::mutex mutex_;  // guards now_ and sleeps_
  TimePoint now_ = kOrigin;
  std::vector<double> sleeps_;
};

}  // namespace jobpipe::testing
