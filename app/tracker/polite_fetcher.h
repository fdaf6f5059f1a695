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
};

/// Fetches every URL and calls `done(index, result)` once for each, on the
/// fetching thread (calls may run at the same time). URLs not started
/// when `cancel` is set get a kInterrupted result. Returns when all are done.
void FetchPolitely(const std::vector<std::string>& urls, const PoliteFetchOptions& options,
                   const std::function<void(std::size_t, Result<Document>)>& done);

}  // namespace jobpipe::tracker
