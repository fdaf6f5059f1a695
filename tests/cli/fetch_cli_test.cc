// URLs through the real binary against the loopback server: each fault
// gives its own exit code and one stderr line naming the URL, nothing on
// stdout, and no output file.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/loopback_server.h"
#include "tests/support/run_binary.h"
#include "tests/support/schema_check.h"

using jobpipe::testing::LoopbackServer;
using jobpipe::testing::SharedLoopbackServer;
using jobpipe::testing::RunJobpipe;
using jobpipe::testing::TempDir;

namespace {

int CountLines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST_CASE("every fetch fault has its own exit code and message") {
  LoopbackServer& server = SharedLoopbackServer();
  struct Case {
    std::string path;
    std::vector<std::string> extra;
    int exit_code;
    std::string says;
  } cases[] = {
      {"/status/404", {}, 25, "HTTP 404"},
      {"/status/503", {"--retries", "0"}, 25, "HTTP 503"},
      {"/loop", {}, 27, "redirect"},
      {"/to-file", {}, 21, "file"},
      {"/big?bytes=3000000&length=1", {"--max-bytes", "1000000"}, 26, "1000000"},
      {"/big?bytes=3000000", {"--max-bytes", "1000000"}, 26, "1000000"},
      {"/stall?seconds=20", {"--timeout", "1", "--retries", "0"}, 24, "time"},
      {"/not-a-posting", {}, 13, "no job posting"},
  };
  for (const Case& c : cases) {
    TempDir dir;
    std::string url = server.url(c.path);
    std::vector<std::string> args = {"-o", dir / "record.md"};
    args.insert(args.end(), c.extra.begin(), c.extra.end());
    args.push_back(url);
    INFO(url);
    auto r = RunJobpipe(args);
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("jobpipe: " + url, 0) == 0);
    CHECK(r.err.find(c.says) != std::string::npos);
    CHECK(CountLines(r.err) == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "record.md"));
  }
}

TEST_CASE("a refused scheme, an unresolvable host and a closed port") {
  auto ftp = RunJobpipe({"ftp://127.0.0.1/job.txt"});
  CHECK(ftp.exit_code == 21);
  CHECK(ftp.err.find("ftp://127.0.0.1/job.txt") != std::string::npos);

  auto dns = RunJobpipe({"--retries", "0", "http://no-such-host.invalid/job/1"});
  CHECK(dns.exit_code == 22);
  CHECK(dns.err.find("no-such-host.invalid") != std::string::npos);

  // Port 1 on loopback: nothing listens there.
  auto refused = RunJobpipe({"--retries", "0", "http://127.0.0.1:1/job/1"});
  CHECK(refused.exit_code == 23);
  CHECK(refused.out.empty());
}

TEST_CASE("a page fetched after retries and redirects gives a record") {
  LoopbackServer& server = SharedLoopbackServer();
  std::string url = server.url("/redirect/3");
  auto r = RunJobpipe({"--format", "json", "--date", "2025-01-15", url});
  REQUIRE(r.exit_code == 0);
  auto out = nlohmann::json::parse(r.out);
  CHECK(jobpipe::testing::SchemaErrors(out) == "");
  CHECK(out["source"]["type"] == "url");
  CHECK(out["source"]["name"] == url);
  CHECK(out["source"]["fetched_url"] == server.url("/redirect/0"));
  CHECK(out["source"]["http_status"] == 200);
  CHECK_FALSE(out["title"].is_null());

  auto flaky = RunJobpipe({"--format", "json", server.url("/flaky/cli?fail=2")});
  CHECK(flaky.exit_code == 0);
}
