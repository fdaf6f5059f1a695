// The launcher of the loopback test server: starts, answers, resets, stops;
// and the one server a test process shares, fresh for every case.
#include "tests/support/loopback_server.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/ingest/fetch_test_support.h"
#include "tests/support/temp_dir.h"

using jobpipe::FetchUrl;
using jobpipe::testing::CancelLater;
using jobpipe::testing::FastOptions;
using jobpipe::testing::LoopbackServer;
using jobpipe::testing::SharedLoopbackServer;
using jobpipe::testing::TempDir;

namespace {

nlohmann::json Stats(const LoopbackServer& server) { return nlohmann::json::parse(server.stats()); }

const std::string kFixturePath = "/seed/linkedin-paste-canonical-em-mlops.txt";

}  // namespace

TEST_CASE("loopback server starts on 127.0.0.1 and reports stats") {
  LoopbackServer server;
  CHECK(server.port() > 0);
  CHECK(server.base_url() == "http://127.0.0.1:" + std::to_string(server.port()));
  std::string stats = server.stats();
  CHECK(stats.find("\"requests\": 0") != std::string::npos);
  CHECK(stats.find("\"max_in_flight\": 0") != std::string::npos);
  server.reset();
  CHECK(server.stats() == stats);
}

TEST_CASE("loopback server launcher keeps loopback traffic off proxies") {
  SharedLoopbackServer();
  std::string no_proxy = std::getenv("no_proxy");
  CHECK(no_proxy.find("127.0.0.1") != std::string::npos);
  CHECK(no_proxy.find("localhost") != std::string::npos);
  CHECK(std::string(std::getenv("NO_PROXY")).find("127.0.0.1") != std::string::npos);
}

TEST_CASE("two loopback servers run side by side on different ports") {
  LoopbackServer& shared = SharedLoopbackServer();
  LoopbackServer second;
  CHECK(shared.port() != second.port());
}

TEST_CASE("shared loopback server: one per process and fresh for every run of a case") {
  LoopbackServer& server = SharedLoopbackServer();
  CHECK(&SharedLoopbackServer() == &server);
  static const int first_port = server.port();
  CHECK(server.port() == first_port);  // not restarted for the next run
  // Whatever the run before did: no requests counted, fixtures/ served.
  CHECK(Stats(server)["requests"] == 0);
  REQUIRE(FetchUrl(server.url(kFixturePath), FastOptions()).ok());
  CHECK(Stats(server)["requests"] == 1);

  SECTION("a case may serve its own folder") {
    TempDir root;
    root.Write("only-here.txt", "Staff Engineer\n");
    SharedLoopbackServer(root.path());
    auto own = FetchUrl(server.url("/only-here.txt"), FastOptions());
    REQUIRE(own.ok());
    CHECK(own->body == "Staff Engineer\n");
    CHECK_FALSE(FetchUrl(server.url(kFixturePath), FastOptions()).ok());
  }
  SECTION("and a request it left running does not count in the next case's flight") {
    jobpipe::FetchOptions options = FastOptions();
    options.retries = 0;
    {
      // The server keeps stalling after the client gave up.
      CancelLater cancel(options, std::chrono::milliseconds(100));
      CHECK_FALSE(FetchUrl(server.url("/stall?seconds=5"), options).ok());
    }
    server.reset();
    REQUIRE(FetchUrl(server.url("/job/after-the-stall"), FastOptions()).ok());
    CHECK(Stats(server)["max_in_flight"] == 1);
  }
  SECTION("a folder that does not exist is refused") {
    CHECK_THROWS_WITH(server.ServeRoot("/no/such/folder"),
                      Catch::Contains("cannot serve /no/such/folder"));
    CHECK_THROWS(server.ServeRoot("relative/folder"));
  }
}
