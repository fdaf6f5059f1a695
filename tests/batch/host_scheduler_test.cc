// Politeness per host, driven by a fake clock: slots, delays between
// request starts, and the slow-down after a 429.
#include <catch2/catch.hpp>

#include "app/host_scheduler.h"

namespace jobpipe {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using TimePoint = HostScheduler::TimePoint;

/// A fake clock: time points at fixed offsets from an arbitrary origin.
TimePoint At(milliseconds offset) { return TimePoint{} + seconds(1000) + offset; }

TEST_CASE("scheduler: an unseen host is ready at once", "[scheduler]") {
  HostScheduler scheduler(2, seconds(1));
  CHECK(scheduler.CanStart("a.example", At(milliseconds(0))));
  CHECK(scheduler.InFlight("a.example") == 0);
  CHECK(scheduler.DelayOf("a.example") == seconds(1));
}

TEST_CASE("scheduler: the delay separates the starts of requests to one host", "[scheduler]") {
  HostScheduler scheduler(4, milliseconds(500));
  scheduler.Start("a.example", At(milliseconds(0)));
  CHECK_FALSE(scheduler.CanStart("a.example", At(milliseconds(499))));
  CHECK(scheduler.ReadyAt("a.example") == At(milliseconds(500)));
  CHECK(scheduler.CanStart("a.example", At(milliseconds(500))));
  // Other hosts are not affected.
  CHECK(scheduler.CanStart("b.example", At(milliseconds(1))));
}

TEST_CASE("scheduler: the delay counts from the actual start (Restamp)", "[scheduler]") {
  HostScheduler scheduler(4, milliseconds(500));
  scheduler.Start("a.example", At(milliseconds(0)));
  scheduler.Restamp("a.example", At(milliseconds(30)));
  CHECK(scheduler.ReadyAt("a.example") == At(milliseconds(530)));
  scheduler.Restamp("a.example", At(milliseconds(10)));  // never earlier
  CHECK(scheduler.ReadyAt("a.example") == At(milliseconds(530)));
}

TEST_CASE("scheduler: per-host slots limit transfers at once", "[scheduler]") {
  HostScheduler scheduler(2, milliseconds(0));
  scheduler.Start("a.example", At(milliseconds(0)));
  scheduler.Start("a.example", At(milliseconds(0)));
  CHECK(scheduler.InFlight("a.example") == 2);
  CHECK(scheduler.ReadyAt("a.example") == TimePoint::max());
  CHECK_FALSE(scheduler.CanStart("a.example", At(seconds(100))));
  scheduler.Finish("a.example");
  CHECK(scheduler.CanStart("a.example", At(milliseconds(1))));
  scheduler.Finish("a.example");
  scheduler.Finish("a.example");  // extra Finish is harmless
  CHECK(scheduler.InFlight("a.example") == 0);
}

TEST_CASE("scheduler: a free slot still waits for the delay", "[scheduler]") {
  HostScheduler scheduler(2, seconds(1));
  scheduler.Start("a.example", At(milliseconds(0)));
  scheduler.Finish("a.example");
  CHECK_FALSE(scheduler.CanStart("a.example", At(milliseconds(999))));
  CHECK(scheduler.CanStart("a.example", At(milliseconds(1000))));
}

TEST_CASE("scheduler: a 429 doubles the host's delay for the rest of the run", "[scheduler]") {
  HostScheduler scheduler(2, seconds(1));
  scheduler.Start("a.example", At(milliseconds(0)));
  scheduler.Finish("a.example");
  scheduler.SlowDown("a.example", At(milliseconds(100)), seconds(0));
  CHECK(scheduler.DelayOf("a.example") == seconds(2));
  CHECK(scheduler.DelayOf("b.example") == seconds(1));
  CHECK_FALSE(scheduler.CanStart("a.example", At(milliseconds(1999))));
  CHECK(scheduler.CanStart("a.example", At(milliseconds(2000))));
  scheduler.Start("a.example", At(milliseconds(2000)));
  scheduler.Finish("a.example");
  CHECK(scheduler.ReadyAt("a.example") == At(milliseconds(4000)));
}

TEST_CASE("scheduler: Retry-After is honoured, and bounded", "[scheduler]") {
  HostScheduler scheduler(2, milliseconds(0));
  scheduler.SlowDown("a.example", At(milliseconds(0)), seconds(5));
  CHECK(scheduler.ReadyAt("a.example") == At(seconds(5)));
  CHECK(scheduler.DelayOf("a.example") == seconds(5));

  scheduler.SlowDown("b.example", At(milliseconds(0)), seconds(0));
  CHECK(scheduler.DelayOf("b.example") == HostScheduler::kMinThrottledDelay);

  scheduler.SlowDown("c.example", At(milliseconds(0)), std::chrono::hours(24));
  CHECK(scheduler.ReadyAt("c.example") == At(HostScheduler::kMaxThrottle));
  for (int i = 0; i < 20; ++i) scheduler.SlowDown("c.example", At(milliseconds(0)), seconds(0));
  CHECK(scheduler.DelayOf("c.example") == HostScheduler::kMaxThrottle);
}

}  // namespace
}  // namespace jobpipe
