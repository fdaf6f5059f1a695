// What the fetch tests share: one loopback server per test process and
// fetch options small enough to keep the suite fast.
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "ingest/ingest.h"
#include "tests/support/loopback_server.h"

namespace jobpipe::testing {

/// The server of this test process, started on first use.
inline LoopbackServer& Server() { return SharedLoopbackServer(); }

/// Short timeouts and a tiny backoff: failures show quickly.
inline FetchOptions FastOptions() {
  FetchOptions options;
  options.connect_timeout_seconds = 5;
  options.timeout_seconds = 10;
  options.retries = 2;
  options.backoff_base_seconds = 0.02;
  return options;
}

/// Sets the cancel flag it gives `options` after `delay`, from another
/// thread, as a signal handler would.
class CancelLater {
 public:
  CancelLater(FetchOptions& options, std::chrono::milliseconds delay)
      : thread_([this, delay] {
          std::this_thread::sleep_for(delay);
          flag_ = true;
        }) {
    options.cancel = &flag_;
  }
  ~CancelLater() { thread_.join(); }
  CancelLater(const CancelLater&) = delete;
  CancelLater& operator=(const CancelLater&) = delete;

 private:
  std::atomic<bool> flag_{false};
  std::thread thread_;
};

/// The "requests" count of the server's stats.
inline int RequestCount() {
  std::string stats = Server().stats();
  auto pos = stats.find("\"requests\": ");
  return pos == std::string::npos ? -1 : std::stoi(stats.substr(pos + 12));
}

}  // namespace jobpipe::testing
