// RunBatch against the real loopback server (127.0.0.1 and localhost):
// a mixed list with failures, concurrency limits actually reached and
// respected, delays between request starts and the 429 slow-down (timed
// on a fake clock: exact, and no sleeping), resume after an interruption.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "app/batch_list.h"
#include "app/host_scheduler.h"
#include "tests/batch/batch_test_util.h"
#include "tests/support/loopback_server.h"
#include "tests/support/request_starts.h"

namespace jobpipe {
namespace {

using batch_test::Fixture;
using batch_test::Lines;
using batch_test::QuickOptions;
using batch_test::RecordsIn;
using batch_test::Run;
using batch_test::WriteLines;
using testing::LoopbackServer;
using testing::SharedLoopbackServer;
using testing::ReadFile;
using testing::RequestStarts;
using testing::TempDir;

/// The same server under its other name: politeness counts it as a host
/// of its own.
std::string OnLocalhost(const LoopbackServer& server, const std::string& path) {
  return "http://localhost:" + std::to_string(server.port()) + path;
}

nlohmann::json Stats(const LoopbackServer& server) { return nlohmann::json::parse(server.stats()); }

TEST_CASE("network batch: 50+ mixed entries, right counts and failed list", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  std::vector<std::string> list = {"# fifty-odd inputs: pages, files, failures", ""};
  std::vector<std::string> expected_failed;
  for (int n = 1; n <= 40; ++n) list.push_back(server.url("/job/" + std::to_string(n)));
  for (int n = 41; n <= 44; ++n) list.push_back(OnLocalhost(server, "/job/" + std::to_string(n)));
  list.push_back("   " + Fixture("backend-engineer.txt"));
  list.push_back(Fixture("product-designer.txt"));
  list.push_back(Fixture("data-engineer.html"));
  list.push_back("");
  for (int n = 1; n <= 3; ++n) {
    list.push_back(server.url("/status/404?n=" + std::to_string(n)));
    expected_failed.push_back(list.back());
  }
  list.push_back(server.url("/status/500"));
  expected_failed.push_back(list.back());
  list.push_back("http://no-such-host.invalid/job/1");
  expected_failed.push_back(list.back());
  std::ofstream(dir / "empty.txt").close();
  list.push_back(dir / "empty.txt");
  expected_failed.push_back(list.back());
  list.push_back("ftp://127.0.0.1/job.txt");
  expected_failed.push_back(list.back());
  list.push_back("# a duplicate, then the list ends without a newline");
  list.push_back(server.url("/job/7"));
  WriteLines(dir / "list.txt", list);

  BatchOptions options = QuickOptions(dir / "list.txt", dir / "out", /*jsonl=*/true, nullptr);
  options.jobs = 8;
  options.per_host = 4;
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  const BatchSummary& summary = *run.summary;
  INFO(run.progress);
  CHECK(summary.total == 55);
  CHECK(summary.succeeded == 47);
  CHECK(summary.skipped == 1);
  CHECK(summary.failed == 7);
  CHECK(summary.failed_by_cause == std::map<std::string, int>{{"blocked_scheme", 1},
                                                              {"dns", 1},
                                                              {"http_status", 4},
                                                              {"empty", 1}});
  CHECK(RecordsIn(dir / "out").size() == 47);

  std::vector<std::string> failed_entries;
  for (const std::string& line : Lines(ReadFile(summary.failed_list_path))) {
    if (!line.empty() && line[0] != '#') failed_entries.push_back(line);
  }
  CHECK(failed_entries == expected_failed);

  // JSONL: one line per input, in list order.
  std::vector<std::string> inputs;
  for (const std::string& line : list) {
    std::string_view trimmed = line;
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
    if (!trimmed.empty() && trimmed.front() != '#') inputs.emplace_back(trimmed);
  }
  CHECK(batch_test::SourceNames(run.out) == inputs);
  std::vector<std::string> codes = batch_test::ErrorCodes(run.out);
  CHECK(codes.back() == "duplicate");
  CHECK(std::count(codes.begin(), codes.end(), "") == 47);
}

TEST_CASE("network batch: --jobs transfers at once are reached", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  std::vector<std::string> list;
  // /job-streamed/: the server counts a request out before the client can
  // see its end, so its max_in_flight is exact.
  for (int n = 1; n <= 12; ++n) {
    list.push_back(server.url("/job-streamed/" + std::to_string(n) + "?delay_ms=300"));
  }
  WriteLines(dir / "list.txt", list);
  BatchOptions options = QuickOptions(dir / "list.txt", "", true, nullptr);
  options.jobs = 4;
  options.per_host = 16;
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  CHECK(run.summary->succeeded == 12);
  nlohmann::json stats = Stats(server);
  CHECK(stats["requests"] == 12);
  CHECK(stats["max_in_flight"] == 4);
}

TEST_CASE("network batch: --per-host caps each host, both hosts used at once", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  std::vector<std::string> list;
  for (int n = 1; n <= 6; ++n) {
    list.push_back(server.url("/job-streamed/a" + std::to_string(n) + "?delay_ms=300"));
    list.push_back(OnLocalhost(server, "/job-streamed/b" + std::to_string(n) + "?delay_ms=300"));
  }
  WriteLines(dir / "list.txt", list);
  BatchOptions options = QuickOptions(dir / "list.txt", "", true, nullptr);
  options.jobs = 8;
  options.per_host = 2;
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  CHECK(run.summary->succeeded == 12);
  nlohmann::json stats = Stats(server);
  CHECK(stats["max_in_flight_by_host"]["127.0.0.1"] == 2);
  CHECK(stats["max_in_flight_by_host"]["localhost"] == 2);
  CHECK(stats["max_in_flight"] <= 4);
  CHECK(stats["max_in_flight"] >= 3);  // the two hosts overlapped
}

TEST_CASE("network batch: --delay separates request starts per host", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  std::vector<std::string> list;
  for (int n = 1; n <= 3; ++n) {
    list.push_back(server.url("/job/" + std::to_string(n)));
    list.push_back(OnLocalhost(server, "/job/" + std::to_string(n)));
  }
  WriteLines(dir / "list.txt", list);
  BatchOptions options = QuickOptions(dir / "list.txt", "", true, nullptr);
  options.jobs = 8;
  options.per_host = 4;
  options.delay_seconds = 0.5;
  RequestStarts starts;
  options.clock = &starts.clock;
  options.on_request_start = starts.Recorder();
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  CHECK(run.summary->succeeded == 6);
  // Slots were free: only the delay spaced the starts, each host on its own.
  CHECK(starts.Of("127.0.0.1") == std::vector<double>{0, 0.5, 1.0});
  CHECK(starts.Of("localhost") == std::vector<double>{0, 0.5, 1.0});
  CHECK(Stats(server)["requests"] == 6);
}

TEST_CASE("network batch: a 429 slows its host down for the rest of the run", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  WriteLines(dir / "list.txt", {server.url("/ratelimit/batch?retry_after=0"), server.url("/job/1"),
                                server.url("/job/2"), OnLocalhost(server, "/job/3")});
  BatchOptions options = QuickOptions(dir / "list.txt", "", true, nullptr);
  options.jobs = 4;
  options.per_host = 1;
  options.delay_seconds = 0;
  RequestStarts starts;
  options.clock = &starts.clock;
  options.on_request_start = starts.Recorder();
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  CHECK(run.summary->failed == 1);  // no retries in this test: the 429 is final
  CHECK(run.summary->failed_by_cause == std::map<std::string, int>{{"http_status", 1}});
  CHECK(run.summary->succeeded == 3);
  // After the 429, 127.0.0.1 waits the throttled delay (1 s) between
  // starts; localhost was not slowed down.
  static_assert(HostScheduler::kMinThrottledDelay == std::chrono::seconds(1));
  CHECK(starts.Of("127.0.0.1") == std::vector<double>{0, 1, 2});
  CHECK(starts.Of("localhost") == std::vector<double>{0});
}

TEST_CASE("network batch: a 429 that a retry gets past still slows its host down", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  WriteLines(dir / "list.txt", {server.url("/ratelimit/retried?retry_after=1"), server.url("/job/1"),
                                server.url("/job/2")});
  BatchOptions options = QuickOptions(dir / "list.txt", "", true, nullptr);
  options.jobs = 2;
  options.per_host = 1;
  options.delay_seconds = 0;
  options.pipeline.fetch.retries = 1;
  RequestStarts starts;
  options.clock = &starts.clock;
  options.on_request_start = starts.Recorder();
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  CHECK(run.summary->succeeded == 3);
  CHECK(run.summary->failed == 0);
  // The 429 at 0, its retry after Retry-After (1 s, slept on the same
  // clock), then the two others, each the throttled delay (1 s) after the
  // start before it.
  CHECK(starts.clock.Sleeps() == std::vector<double>{1.0});
  CHECK(starts.Of("127.0.0.1") == std::vector<double>{0, 2, 3});
  CHECK(Stats(server)["requests"] == 4);
}

TEST_CASE("network batch: interrupted midway, a rerun records every posting once", "[network]") {
  LoopbackServer& server = SharedLoopbackServer();
  TempDir dir;
  constexpr int kPostings = 16;
  std::vector<std::string> list;
  for (int n = 1; n <= kPostings; ++n) {
    list.push_back(server.url("/job/" + std::to_string(n) + "?delay_ms=150"));
  }
  WriteLines(dir / "list.txt", list);
  std::atomic<bool> cancel{false};
  BatchOptions options = QuickOptions(dir / "list.txt", dir / "out", false, &cancel);
  options.jobs = 2;
  options.per_host = 2;

  batch_test::BatchRun first;
  std::thread batch([&] { first = Run(options); });
  // Cancel once a few records exist (no upper time bound: just wait).
  while (RecordsIn(dir / "out").size() < 3) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  cancel = true;
  batch.join();
  REQUIRE(first.summary.ok());
  INFO(first.progress);
  CHECK(first.summary->interrupted);
  CHECK(first.summary->failed == 0);
  int recorded_first = first.summary->succeeded;
  CHECK(recorded_first >= 3);
  CHECK(recorded_first < kPostings);
  CHECK(first.summary->not_done == kPostings - recorded_first);
  CHECK(static_cast<int>(RecordsIn(dir / "out").size()) == recorded_first);
  // No temporary files left behind: the folder holds records only.
  CHECK(batch_test::FilesIn(dir / "out") == RecordsIn(dir / "out"));

  server.reset();
  cancel = false;
  auto second = Run(options);
  REQUIRE(second.summary.ok());
  CHECK_FALSE(second.summary->interrupted);
  CHECK(second.summary->succeeded == kPostings - recorded_first);
  CHECK(second.summary->skipped == recorded_first);
  CHECK(second.summary->skipped_by_reason ==
        std::map<std::string, int>{{"already_recorded", recorded_first}});
  // What was recorded was not fetched again.
  CHECK(Stats(server)["requests"] == kPostings - recorded_first);

  std::vector<std::string> records = RecordsIn(dir / "out");
  CHECK(records.size() == kPostings);
  CHECK(batch_test::FilesIn(dir / "out") == records);
  std::multiset<std::string> urls = batch_test::RecordValues(dir / "out", "## Job URL");
  for (const std::string& url : list) {
    INFO(url);
    CHECK(urls.count(url) == 1);
  }
}

}  // namespace
}  // namespace jobpipe
