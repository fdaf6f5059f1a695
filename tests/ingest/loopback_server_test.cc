// The launcher of the loopback test server: starts, answers, resets, stops.
#include "tests/support/loopback_server.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

using jobpipe::testing::LoopbackServer;

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
  LoopbackServer server;
  std::string no_proxy = std::getenv("no_proxy");
  CHECK(no_proxy.find("127.0.0.1") != std::string::npos);
  CHECK(no_proxy.find("localhost") != std::string::npos);
  CHECK(std::string(std::getenv("NO_PROXY")).find("127.0.0.1") != std::string::npos);
}

TEST_CASE("two loopback servers run side by side on different ports") {
  LoopbackServer first;
  LoopbackServer second;
  CHECK(first.port() != second.port());
}
