// When and how long to wait before fetching again: exponential backoff with
// jitter, Retry-After honoured, waits capped and cut short by cancel.
#pragma once

#include <ctime>
#include <optional>
#include <string_view>

namespace jobpipe {

/// No single wait is longer than this, whatever a server asks for; a
/// Retry-After beyond it ends the retries instead.
inline constexpr double kMaxRetryWaitSeconds = 60.0;

/// The wait before retry number `retry` (1 for the first retry):
/// base * 2^(retry-1), with "equal jitter" (half fixed, half random, from
/// `random01` in [0, 1)) so that many clients do not retry in step; capped
/// at kMaxRetryWaitSeconds.
double BackoffSeconds(int retry, double base_seconds, double random01);

/// Seconds to wait that a Retry-After value asks for: delta-seconds ("120")
/// or an HTTP-date, relative to `now`. nullopt when absent or malformed
/// (or when libcurl, which reads the dates, cannot be loaded); a date in the
/// past is 0.
std::optional<double> ParseRetryAfter(std::string_view value, std::time_t now);

/// True for HTTP statuses worth retrying: 429 and every 5xx.
bool IsRetryableStatus(long status);

/// A uniform random number in [0, 1), per thread.
double Random01();

}  // namespace jobpipe
