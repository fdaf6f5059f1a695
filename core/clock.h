// The time delays are scheduled by, behind a small interface: the program
// runs on the steady clock; tests give a fake one (tests/support/
// fake_clock.h) and check the exact times a batch chose without sleeping.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace jobpipe {

class Clock {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  using Duration = std::chrono::steady_clock::duration;

  virtual ~Clock() = default;

  virtual TimePoint Now() = 0;

  /// With `lock` held (it guards what `ready` reads): returns once `ready()`
  /// holds, this clock reaches `deadline` (TimePoint::max(): none) or
  /// `poll` of real time has passed, whichever comes first; `cv` wakes it
  /// to look at `ready` again. The poll bounds how late a cancel flag set by
  /// a signal handler, which cannot notify `cv`, is seen.
  virtual void WaitUntil(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                         TimePoint deadline, std::chrono::milliseconds poll,
                         const std::function<bool()>& ready) = 0;

  /// Waits `duration`; false as soon as `cancel` is set (true when the
  /// wait ran out).
  virtual bool SleepFor(Duration duration, const std::atomic<bool>* cancel) = 0;
};

/// The real clock: std::chrono::steady_clock and real waits.
Clock& SteadyClock();

/// `seconds` (negative counts as 0) as a Clock::Duration.
Clock::Duration SecondsDuration(double seconds);

}  // namespace jobpipe
