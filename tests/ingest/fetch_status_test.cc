// FetchUrl against the loopback server: HTTP statuses and retries.
#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <vector>

#include "tests/ingest/fetch_test_support.h"
#include "tests/support/fake_clock.h"

using jobpipe::ErrorCode;
using jobpipe::FetchUrl;
using jobpipe::SourceType;
using jobpipe::testing::FastOptions;
using jobpipe::testing::RequestCount;
using jobpipe::testing::FakeClock;
using jobpipe::testing::Server;

TEST_CASE("fetch: a page becomes a Document with its source") {
  std::string url = Server().url("/job/data-engineer-17");
  auto doc = FetchUrl(url, FastOptions());
  REQUIRE(doc.ok());
  CHECK(doc->format == "html");
  CHECK(doc->source.type == SourceType::kUrl);
  CHECK(doc->source.name == url);
  CHECK(doc->source.fetched_url == url);
  CHECK(doc->source.http_status == 200);
  CHECK(std::regex_match(doc->source.fetched_at, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
  CHECK(doc->body.find("<h1>Engineer data engineer 17</h1>") != std::string::npos);
  CHECK(doc->warnings.empty());
}

TEST_CASE("fetch: 404 fails at once with the status and its reason") {
  Server().reset();
  std::string url = Server().url("/status/404");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kHttpStatus);
  CHECK(result.error().http_status == 404);
  CHECK(result.error().message == url + ": HTTP 404 Not Found");
  CHECK(RequestCount() == 1);  // other 4xx are not retried
}

TEST_CASE("fetch: 410 and 403 are not retried either") {
  for (long status : {403L, 410L}) {
    Server().reset();
    std::string url = Server().url("/status/" + std::to_string(status));
    auto result = FetchUrl(url, FastOptions());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().http_status == status);
    CHECK(RequestCount() == 1);
  }
}

TEST_CASE("fetch: a lasting 500 is retried, then reported") {
  Server().reset();
  std::string url = Server().url("/status/500");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kHttpStatus);
  CHECK(result.error().http_status == 500);
  CHECK(result.error().message == url + ": HTTP 500 Internal Server Error");
  CHECK(RequestCount() == 3);  // the first attempt and two retries
}

TEST_CASE("fetch: 500 then 200 succeeds on a retry") {
  Server().reset();
  std::string url = Server().url("/flaky/fetch-status-a?fail=2");
  auto doc = FetchUrl(url, FastOptions());
  REQUIRE(doc.ok());
  CHECK(doc->source.http_status == 200);
  CHECK(doc->body.find("Site Reliability Engineer") != std::string::npos);
  CHECK(RequestCount() == 3);
}

TEST_CASE("fetch: with retries 0 a single 500 is final") {
  auto options = FastOptions();
  options.retries = 0;
  std::string url = Server().url("/flaky/fetch-status-b?fail=1");
  auto result = FetchUrl(url, options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().http_status == 500);
}

TEST_CASE("fetch: 429 waits as long as Retry-After says (seconds)") {
  FakeClock clock;
  auto options = FastOptions();
  options.clock = &clock;
  auto doc = FetchUrl(Server().url("/ratelimit/fetch-429-a?retry_after=1"), options);
  REQUIRE(doc.ok());
  CHECK(doc->body.find("Platform Engineer") != std::string::npos);
  // The backoff alone would be about 0.02 s.
  CHECK(clock.Sleeps() == std::vector<double>{1.0});
}

TEST_CASE("fetch: 429 waits as long as Retry-After says (HTTP-date)") {
  FakeClock clock;
  auto options = FastOptions();
  options.clock = &clock;
  // The date has whole seconds: "now + 2 s" is 1 to 2 s away.
  auto doc = FetchUrl(Server().url("/ratelimit/fetch-429-b?retry_after=2&date=1"), options);
  REQUIRE(doc.ok());
  std::vector<double> sleeps = clock.Sleeps();
  REQUIRE(sleeps.size() == 1);
  CHECK(sleeps[0] >= 1.0);
  CHECK(sleeps[0] <= 2.0);
}

TEST_CASE("fetch: a Retry-After beyond the longest wait ends the retries") {
  Server().reset();
  std::string url = Server().url("/ratelimit/fetch-429-c?retry_after=3600");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kHttpStatus);
  CHECK(result.error().http_status == 429);
  CHECK(result.error().message ==
        url + ": HTTP 429 Too Many Requests (Retry-After 3600 is beyond the longest wait, 60 s)");
  CHECK(RequestCount() == 1);
}

TEST_CASE("fetch: 429 still limited after every retry is reported as 429") {
  std::string url = Server().url("/ratelimit/fetch-429-d?retry_after=0&count=10");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().http_status == 429);
  CHECK(result.error().message == url + ": HTTP 429 Too Many Requests");
}

TEST_CASE("fetch: an unusual status keeps the server's reason phrase") {
  std::string url = Server().url("/status/299");
  auto doc = FetchUrl(url, FastOptions());
  REQUIRE(doc.ok());  // any 2xx is success
  CHECK(doc->source.http_status == 299);
  auto odd = FetchUrl(Server().url("/status/499"), FastOptions());
  REQUIRE_FALSE(odd.ok());
  CHECK(odd.error().message == Server().url("/status/499") + ": HTTP 499");
}
