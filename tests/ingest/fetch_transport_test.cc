// FetchUrl against the loopback server: URLs, schemes, redirects, size and
// time limits, name resolution, refused connections, cancel.
#include <catch2/catch.hpp>
#include <string>
#include <thread>

#include "tests/ingest/fetch_test_support.h"

using jobpipe::ErrorCode;
using jobpipe::FetchUrl;
using jobpipe::testing::CancelLater;
using jobpipe::testing::FastOptions;
using jobpipe::testing::RequestCount;
using jobpipe::testing::Server;

TEST_CASE("fetch: a redirect chain is followed and fetched_url is the final URL") {
  std::string url = Server().url("/redirect/3");
  auto doc = FetchUrl(url, FastOptions());
  REQUIRE(doc.ok());
  CHECK(doc->source.name == url);
  CHECK(doc->source.fetched_url == Server().url("/redirect/0"));
  CHECK(doc->body.find("Backend Engineer") != std::string::npos);
}

TEST_CASE("fetch: the redirect limit is max_redirects") {
  CHECK(FetchUrl(Server().url("/redirect/5"), FastOptions()).ok());
  std::string url = Server().url("/redirect/6");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kTooManyRedirects);
  CHECK(result.error().message == url + ": more than 5 redirects");
}

TEST_CASE("fetch: a redirect loop ends as too many redirects") {
  Server().reset();
  std::string url = Server().url("/loop");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kTooManyRedirects);
  CHECK(result.error().message == url + ": more than 5 redirects");
  CHECK(RequestCount() == 6);  // not retried
}

TEST_CASE("fetch: a redirect to file:// or ftp:// is blocked and nothing is read") {
  std::string url = Server().url("/to-file");
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kBlockedScheme);
  CHECK(result.error().message ==
        url + ": redirected to file:///etc/passwd; only http and https are fetched");
  CHECK(result.error().message.find("root:") == std::string::npos);

  std::string ftp = Server().url("/to-ftp");
  auto to_ftp = FetchUrl(ftp, FastOptions());
  REQUIRE_FALSE(to_ftp.ok());
  CHECK(to_ftp.error().code == ErrorCode::kBlockedScheme);
  CHECK(to_ftp.error().message ==
        ftp + ": redirected to ftp://127.0.0.1/job.txt; only http and https are fetched");
}

TEST_CASE("fetch: other schemes asked directly are blocked") {
  struct Case {
    std::string url;
    std::string scheme;
  };
  const Case cases[] = {{"ftp://127.0.0.1/job.txt", "ftp"},
                        {"file:///etc/passwd", "file"},
                        {"gopher://127.0.0.1/", "gopher"},
                        {"javascript://x/alert(1)", "javascript"}};
  for (const auto& c : cases) {
    INFO(c.url);
    auto result = FetchUrl(c.url, FastOptions());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::kBlockedScheme);
    CHECK(result.error().message ==
          c.url + ": scheme \"" + c.scheme + "\" is not fetched; only http and https are");
  }
}

TEST_CASE("fetch: malformed URLs are invalid") {
  for (std::string url : {"http://", "http://exa mple.com/job", "http://[::1/x", "://nothing"}) {
    INFO(url);
    auto result = FetchUrl(url, FastOptions());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::kInvalidUrl);
    CHECK(result.error().message.rfind(url + ": not a valid URL (", 0) == 0);
  }
}

TEST_CASE("fetch: a body over max_bytes is too large, with or without Content-Length") {
  auto options = FastOptions();
  options.max_bytes = 100000;
  for (std::string length : {"0", "1"}) {
    INFO("length=" + length);
    Server().reset();
    std::string url = Server().url("/big?bytes=250000&length=" + length);
    auto result = FetchUrl(url, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::kTooLarge);
    CHECK(result.error().message == url + ": body is larger than the limit of 100000 bytes");
    CHECK(RequestCount() == 1);  // not retried

    auto fits = FetchUrl(Server().url("/big?bytes=100000&length=" + length), options);
    REQUIRE(fits.ok());
    CHECK(fits->body.size() == 100000);
    CHECK(fits->format == "text");
  }
}

TEST_CASE("fetch: a stalling body times out") {
  auto options = FastOptions();
  options.timeout_seconds = 1;  // the least curl takes: the test waits it out
  options.retries = 0;
  std::string url = Server().url("/stall?seconds=30");
  auto result = FetchUrl(url, options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kTimeout);
  CHECK(result.error().message.rfind(url + ": timed out (", 0) == 0);
}

TEST_CASE("fetch: a name under .invalid does not resolve") {
  std::string url = "http://jobpipe-test.invalid/job/1";
  auto result = FetchUrl(url, FastOptions());
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kDns);
  CHECK(result.error().message.rfind(url + ": host name did not resolve", 0) == 0);
  CHECK(result.error().message.find('\n') == std::string::npos);
}

TEST_CASE("fetch: a closed port refuses the connection") {
  auto options = FastOptions();
  options.retries = 1;
  std::string url =
      "http://127.0.0.1:" + std::to_string(jobpipe::testing::UnusedLoopbackPort()) + "/job/1";
  auto result = FetchUrl(url, options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kConnect);
  CHECK(result.error().message.rfind(url + ": cannot connect (", 0) == 0);
}

TEST_CASE("fetch: cancel set before the fetch stops it at once") {
  std::atomic<bool> cancel{true};
  auto options = FastOptions();
  options.cancel = &cancel;
  Server().reset();
  std::string url = Server().url("/job/never");
  auto result = FetchUrl(url, options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInterrupted);
  CHECK(result.error().message == url + ": interrupted");
  CHECK(RequestCount() == 0);
}

TEST_CASE("fetch: cancel aborts a stalled transfer long before its timeout") {
  auto options = FastOptions();
  options.timeout_seconds = 60;
  CancelLater cancel(options, std::chrono::milliseconds(300));
  auto result = FetchUrl(Server().url("/stall?seconds=60"), options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInterrupted);  // not kTimeout: 60 s did not pass
}

TEST_CASE("fetch: cancel cuts a backoff wait short") {
  auto options = FastOptions();
  options.backoff_base_seconds = 50;  // a wait the test would never survive
  CancelLater cancel(options, std::chrono::milliseconds(300));
  auto result = FetchUrl(Server().url("/status/503"), options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInterrupted);
}
