#include "core/stop.h"

#include <atomic>

namespace jobpipe {
namespace {

std::atomic<bool> g_stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "a signal handler stores it");

}  // namespace

void RequestStop() { g_stop_requested.store(true, std::memory_order_relaxed); }

bool StopRequested() { return g_stop_requested.load(std::memory_order_relaxed); }

Error StoppedError(const std::string& input) {
  return MakeError(ErrorCode::kInterrupted, input + ": interrupted");
}

}  // namespace jobpipe
