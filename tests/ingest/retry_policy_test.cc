// Backoff, Retry-After and retryable statuses: table-driven.
#include "ingest/retry_policy.h"

#include <catch2/catch.hpp>
#include <ctime>
#include <optional>
#include <string>

#include "ingest/fetch_errors.h"

using jobpipe::BackoffSeconds;
using jobpipe::IsRetryableStatus;
using jobpipe::kMaxRetryWaitSeconds;
using jobpipe::ParseRetryAfter;

TEST_CASE("BackoffSeconds doubles per retry, half of it jittered, capped") {
  struct Case {
    int retry;
    double base;
    double random01;
    double expected;
  };
  const Case cases[] = {
      {1, 0.5, 0.0, 0.25},  {1, 0.5, 1.0, 0.5},
      {2, 0.5, 0.0, 0.5},   {3, 0.5, 0.5, 1.5},
      {4, 1.0, 1.0, 8.0},   {20, 1.0, 1.0, kMaxRetryWaitSeconds},
      {20, 1.0, 0.0, 30.0}, {0, 1.0, 1.0, 1.0},
      {1, 1.0, 7.0, 1.0},  // out-of-range random is clamped
  };
  for (const auto& c : cases) {
    INFO("retry " << c.retry << " base " << c.base << " random " << c.random01);
    CHECK(BackoffSeconds(c.retry, c.base, c.random01) == Approx(c.expected));
  }
}

TEST_CASE("ParseRetryAfter reads delta-seconds and HTTP-dates") {
  const std::time_t now = 1794616000;  // 2026-11-14T00:26:40Z
  struct Case {
    std::string value;
    std::optional<double> expected;
  };
  const Case cases[] = {
      {"0", 0.0},
      {"1", 1.0},
      {" 120 ", 120.0},
      {"", std::nullopt},
      {"soon", std::nullopt},
      {"-5", std::nullopt},
      {"1.5", std::nullopt},
      {"Sat, 14 Nov 2026 00:27:10 GMT", 30.0},       // IMF-fixdate
      {"Saturday, 14-Nov-26 00:27:10 GMT", 30.0},    // RFC 850
      {"Sat Nov 14 00:27:10 2026", 30.0},            // asctime
      {"Sat, 14 Nov 2026 00:00:00 GMT", 0.0},        // in the past
      {"99999999999", kMaxRetryWaitSeconds * 1000},  // absurdly long: beyond the cap
  };
  for (const auto& c : cases) {
    INFO(c.value);
    auto parsed = ParseRetryAfter(c.value, now);
    REQUIRE(parsed.has_value() == c.expected.has_value());
    if (parsed) CHECK(*parsed == Approx(*c.expected));
  }
}

TEST_CASE("IsRetryableStatus: 429 and 5xx only") {
  for (long status : {429L, 500L, 502L, 503L, 504L, 599L}) CHECK(IsRetryableStatus(status));
  for (long status : {200L, 301L, 400L, 401L, 403L, 404L, 410L, 428L, 600L}) {
    CHECK_FALSE(IsRetryableStatus(status));
  }
}

TEST_CASE("StandardReasonPhrase knows the common statuses") {
  CHECK(jobpipe::StandardReasonPhrase(404) == "Not Found");
  CHECK(jobpipe::StandardReasonPhrase(429) == "Too Many Requests");
  CHECK(jobpipe::StandardReasonPhrase(503) == "Service Unavailable");
  CHECK(jobpipe::StandardReasonPhrase(299) == "");
}
