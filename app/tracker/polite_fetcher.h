// Fetching many URLs the way batch does (app/batch.h): `jobs` transfers
// at once, at most `per_host` to one host, `delay` seconds between the
// starts of two requests to one host, a host that answers 429 slowed down
// (host_scheduler.h). For commands that fetch what records point at.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "core/posting.h"
#include "ingest/ingest.h"

namespace jobpipe::tracker {

struct PoliteFetchOptions {
  int jobs = 8;
  int per_host = 2;
  double delay_seconds = 1;
  FetchOptions fetch;
  const std::atomic<bool>* cancel = nullptr;  // set: nothing new starts
  /// What `delay_seconds`, 429 slow-downs and retry waits are timed by;
  /// nullptr = the steady clock. Tests give a fake one and check the
  /// schedule exactly, without sleeping.
  Clock* clock = nullptr;
  /// Called on a fetching thread as each request to a host begins (the
  /// time the delay counts from; retries inside a fetch not included).
  std::function<void(const std::string& url, Clock::TimePoint at)> on_request_start;
};

/// Fetches every URL and calls `done(index, result)` once for each, on the
/// fetching thread (calls may run at the same time). URLs not started
/// when `cancel` is set get a kInterrupted result. Returns when all are done.
void FetchPolitely(const std::vector<std::string>& urls, const PoliteFetchOptions& options,
                   const std::function<void(std::size_t, Result<Document>)>& done);

}  // namespace jobpipe::tracker
