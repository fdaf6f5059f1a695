// The real binary in batch mode: exit codes, --quiet, the list on stdin,
// and SIGINT midway followed by a rerun that resumes.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "tests/batch/batch_test_util.h"
#include "tests/support/loopback_server.h"

namespace jobpipe {
namespace {

using batch_test::Fixture;
using batch_test::Lines;
using batch_test::RecordsIn;
using batch_test::WriteLines;
using testing::LoopbackServer;
using testing::SharedLoopbackServer;
using testing::ReadFile;
using testing::RunJobpipe;
using testing::StartJobpipe;
using testing::WaitForExit;
using testing::TempDir;

TEST_CASE("batch binary: exit 0 when all succeed or are skipped, 1 when some fail", "[binary]") {
  TempDir dir;
  WriteLines(dir / "good.txt", {Fixture("backend-engineer.txt"), Fixture("product-designer.txt"),
                                Fixture("backend-engineer.txt")});
  auto good = RunJobpipe({"--batch", dir / "good.txt", "--out-dir", dir / "out", "--date",
                          "2026-11-23"});
  INFO(good.err);
  CHECK(good.exit_code == 0);
  CHECK(good.out.empty());  // records only: nothing on stdout
  CHECK(good.err.find("jobpipe: batch: 3 inputs: 2 succeeded, 1 skipped (duplicate: 1), 0 "
                      "failed\n") != std::string::npos);
  CHECK(RecordsIn(dir / "out").size() == 2);

  // Rerun: everything skipped, still success.
  auto again = RunJobpipe({"--batch", dir / "good.txt", "--out-dir", dir / "out", "--quiet"});
  CHECK(again.exit_code == 0);
  CHECK(again.err.empty());  // --quiet and nothing failed: not a word

  WriteLines(dir / "bad.txt", {Fixture("data-engineer.html"), "ftp://example.com/x"});
  auto bad = RunJobpipe({"--batch", dir / "bad.txt", "--format", "jsonl", "--quiet"});
  CHECK(bad.exit_code == 1);
  CHECK(Lines(bad.out).size() == 2);
  // Quiet, but a failure is worth a summary; the failed list sits beside
  // the list file when there is no --out-dir.
  CHECK(bad.err.find("1 failed (blocked_scheme: 1)") != std::string::npos);
  CHECK(bad.err.find("[1/2]") == std::string::npos);
  std::vector<std::string> beside = batch_test::FilesIn(dir.path());
  CHECK(std::count_if(beside.begin(), beside.end(), [](const std::string& name) {
          return name.rfind("failed-", 0) == 0;
        }) == 1);
}

TEST_CASE("batch binary: the list on stdin, JSONL and records together", "[binary]") {
  TempDir dir;
  std::string list = "# from stdin\n" + Fixture("backend-engineer.txt") + "\n\n" +
                     Fixture("data-engineer.html") + "\nnot-a-file\n";
  auto run = RunJobpipe({"--batch", "-", "--out-dir", dir / "out", "--format", "jsonl"}, list);
  INFO(run.err);
  CHECK(run.exit_code == 1);
  CHECK(batch_test::SourceNames(run.out) ==
        std::vector<std::string>{Fixture("backend-engineer.txt"), Fixture("data-engineer.html"),
                                 "not-a-file"});
  CHECK(batch_test::ErrorCodes(run.out) == std::vector<std::string>{"", "", "unreadable"});
  CHECK(run.err.find("[3] ") != std::string::npos);  // no total known for stdin
  CHECK(run.err.find("stdin:5: 'not-a-file'") != std::string::npos);
  CHECK(RecordsIn(dir / "out").size() == 2);
}

// The unit tests time --delay on a fake clock; this one checks it really
// waits, through the binary, in real time. Only lower bounds: a loaded
// machine makes everything later, never earlier.
TEST_CASE("batch binary: --delay really spaces the requests to one host", "[binary]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  std::vector<std::string> list;
  for (int n = 1; n <= 3; ++n) list.push_back(server.url("/job/delayed-" + std::to_string(n)));
  WriteLines(dir / "list.txt", list);
  auto start = std::chrono::steady_clock::now();
  auto run = RunJobpipe({"--batch", dir / "list.txt", "--format", "jsonl", "--quiet", "--jobs",
                         "4", "--delay", "0.3", "--retries", "0"});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(batch_test::SourceNames(run.out) == list);
  // Three starts on one host, 0.3 s apart at least.
  CHECK(seconds >= 0.6);
  nlohmann::json stats = nlohmann::json::parse(server.stats());
  CHECK(stats["requests"] == 3);
}

TEST_CASE("batch binary: SIGINT midway exits 130, a rerun resumes", "[binary]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  constexpr int kPostings = 12;
  std::vector<std::string> list;
  for (int n = 1; n <= kPostings; ++n) {
    list.push_back(server.url("/job/sigint-" + std::to_string(n) + "?delay_ms=200"));
  }
  WriteLines(dir / "list.txt", list);
  std::vector<std::string> args = {"--batch", dir / "list.txt", "--out-dir", dir / "out",
                                   "--jobs",  "2",              "--delay",   "0",
                                   "--retries", "0"};

  pid_t pid = StartJobpipe(args, dir / "stdout.txt", dir / "stderr.txt");
  while (RecordsIn(dir / "out").size() < 2) {
    int status = 0;
    REQUIRE(waitpid(pid, &status, WNOHANG) == 0);  // still running
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(kill(pid, SIGINT) == 0);
  int exit_code = WaitForExit(pid);
  std::string err = ReadFile(dir / "stderr.txt");
  INFO(err);
  CHECK(exit_code == 130);
  CHECK(err.find("jobpipe: interrupted with ") != std::string::npos);
  CHECK(err.find("run the same command again to resume") != std::string::npos);
  std::size_t first = RecordsIn(dir / "out").size();
  CHECK(first >= 2);
  CHECK(first < kPostings);
  // Only records: no temporary file, no failed list (nothing failed).
  CHECK(batch_test::FilesIn(dir / "out") == RecordsIn(dir / "out"));

  auto rerun = RunJobpipe(args);
  INFO(rerun.err);
  CHECK(rerun.exit_code == 0);
  CHECK(rerun.err.find(std::to_string(kPostings - first) + " succeeded, " +
                       std::to_string(first) + " skipped (already_recorded: " +
                       std::to_string(first) + ")") != std::string::npos);
  std::vector<std::string> records = RecordsIn(dir / "out");
  CHECK(records.size() == kPostings);
  CHECK(batch_test::FilesIn(dir / "out") == records);
  std::multiset<std::string> titles = batch_test::RecordValues(dir / "out", "## Position");
  for (int n = 1; n <= kPostings; ++n) {
    CHECK(titles.count("Engineer sigint " + std::to_string(n)) == 1);
  }
}

}  // namespace
}  // namespace jobpipe
