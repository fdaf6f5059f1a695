#include "core/clock.h"

#include <algorithm>
#include <thread>

namespace jobpipe {
namespace {

class Steady final : public Clock {
 public:
  TimePoint Now() override { return std::chrono::steady_clock::now(); }

  void WaitUntil(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                 TimePoint deadline, std::chrono::milliseconds poll,
                 const std::function<bool()>& ready) override {
    TimePoint polled = Now() + poll;
    cv.wait_until(lock, std::min(deadline, polled), ready);
  }

  bool SleepFor(Duration duration, const std::atomic<bool>* cancel) override {
    const TimePoint deadline = Now() + std::max(Duration::zero(), duration);
    // Short slices: a cancel flag is looked at this often.
    constexpr Duration kSlice = std::chrono::milliseconds(20);
    for (;;) {
      if (cancel != nullptr && cancel->load()) return false;
      TimePoint now = Now();
      if (now >= deadline) return true;
      std::this_thread::sleep_for(std::min(kSlice, deadline - now));
    }
  }
};

}  // namespace

Clock& SteadyClock() {
  static Steady clock;
  return clock;
}

Clock::Duration SecondsDuration(double seconds) {
  return std::chrono::duration_cast<Clock::Duration>(
      std::chrono::duration<double>(std::max(0.0, seconds)));
}

}  // namespace jobpipe
