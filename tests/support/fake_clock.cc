#include "tests/support/fake_clock.h"

#include <algorithm>

namespace jobpipe::testing {

Clock::TimePoint FakeClock::Now() {
  std::lock_guard guard(mutex_);
  return now_;
}

void FakeClock::AdvanceTo(TimePoint at) {
  std::lock_guard guard(mutex_);
  now_ = std::max(now_, at);
}

void FakeClock::WaitUntil(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                          TimePoint deadline, std::chrono::milliseconds poll,
                          const std::function<bool()>& ready) {
  if (ready()) return;
  if (deadline == TimePoint::max()) {
    cv.wait_for(lock, poll, ready);  // other threads' work takes real time
    return;
  }
  AdvanceTo(deadline);
}

bool FakeClock::SleepFor(Duration duration, const std::atomic<bool>* cancel) {
  if (cancel != nullptr && cancel->load()) return false;
  std::lock_guard guard(mutex_);
  sleeps_.push_back(std::chrono::duration<double>(duration).count());
  now_ += std::max(Duration::zero(), duration);
  return true;
}

double FakeClock::SecondsAt(TimePoint at) const {
  return std::chrono::duration<double>(at - kOrigin).count();
}

std::vector<double> FakeClock::Sleeps() const {
  std::lock_guard guard(mutex_);
  return sleeps_;
}

}  // namespace jobpipe::testing
