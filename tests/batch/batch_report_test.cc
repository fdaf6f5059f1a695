// What the user reads: progress lines, the summary, the failed list.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "app/batch_progress.h"
#include "app/failed_list.h"
#include "tests/support/run_binary.h"

namespace jobpipe {
namespace {

BatchEntry Entry(int line, const std::string& text, EntryKind kind = EntryKind::kUrl) {
  BatchEntry entry;
  entry.line = line;
  entry.text = text;
  entry.kind = kind;
  return entry;
}

TEST_CASE("progress: one plain line per finished input", "[report]") {
  EntryOutcome ok;
  ok.status = OutcomeStatus::kSucceeded;
  ok.record_path = "out/2026-11-23-acme-engineer.md";
  CHECK(ProgressReporter::PlainLine(12, 50, Entry(3, "https://a/1"), ok) ==
        "[12/50] ok https://a/1 -> out/2026-11-23-acme-engineer.md");
  ok.record_path.clear();
  CHECK(ProgressReporter::PlainLine(12, std::nullopt, Entry(3, "https://a/1"), ok) ==
        "[12] ok https://a/1");

  EntryOutcome failed;
  failed.status = OutcomeStatus::kFailed;
  failed.error = MakeError(ErrorCode::kHttpStatus, "https://a/2: HTTP 404 Not Found", 404);
  CHECK(ProgressReporter::PlainLine(13, 50, Entry(4, "https://a/2"), failed) ==
        "[13/50] FAILED https://a/2: HTTP 404 Not Found");

  BatchEntry invalid = Entry(7, "ftp://x", EntryKind::kInvalid);
  failed.error = MakeError(ErrorCode::kBlockedScheme, "jobs.txt:7: 'ftp://x': scheme 'ftp'");
  CHECK(ProgressReporter::PlainLine(14, 50, invalid, failed) ==
        "[14/50] FAILED jobs.txt:7: 'ftp://x': scheme 'ftp'");

  EntryOutcome skipped;
  skipped.status = OutcomeStatus::kSkipped;
  skipped.skip_detail = "already recorded in out/a.md";
  CHECK(ProgressReporter::PlainLine(15, 50, Entry(8, "https://a/3"), skipped) ==
        "[15/50] skipped https://a/3 (already recorded in out/a.md)");
}

TEST_CASE("progress: the live line shows rate, ETA and failures", "[report]") {
  using std::chrono::seconds;
  CHECK(ProgressReporter::LiveLine(10, 50, 2, seconds(5)) == "[10/50] 2.0/s ETA 0:20, 2 failed");
  CHECK(ProgressReporter::LiveLine(0, 50, 0, seconds(0)) == "[0/50] 0.0/s, 0 failed");
  CHECK(ProgressReporter::LiveLine(3, std::nullopt, 1, seconds(2)) == "[3] 1.5/s, 1 failed");
  CHECK(ProgressReporter::LiveLine(1, 7201, 0, seconds(1)) == "[1/7201] 1.0/s ETA 2:00:00, 0 failed");
}

TEST_CASE("progress: the live style rewrites one line, the lines style appends", "[report]") {
  auto start = ProgressReporter::Clock::now();
  EntryOutcome ok;
  ok.status = OutcomeStatus::kSucceeded;

  std::ostringstream live_text;
  ProgressReporter live(live_text, ProgressStyle::kLive, 2, start);
  live.Finished(Entry(1, "https://a/1"), ok, start);
  live.Finished(Entry(2, "https://a/2"), ok, start);
  live.Close();
  std::string text = live_text.str();
  CHECK(text.find('\r') != std::string::npos);
  CHECK(text.find("[2/2]") != std::string::npos);
  CHECK(text.back() == '\n');
  CHECK(std::count(text.begin(), text.end(), '\n') == 1);

  std::ostringstream quiet_text;
  ProgressReporter quiet(quiet_text, ProgressStyle::kNone, 2, start);
  quiet.Finished(Entry(1, "https://a/1"), ok, start);
  quiet.Close();
  CHECK(quiet_text.str().empty());
}

TEST_CASE("summary: counts, causes, failed list, interruption", "[report]") {
  BatchSummary summary;
  summary.total = 50;
  summary.succeeded = 40;
  summary.skipped = 3;
  summary.skipped_by_reason = {{"already_recorded", 2}, {"duplicate", 1}};
  summary.failed = 7;
  summary.failed_by_cause = {{"dns", 2}, {"http_status", 5}};
  summary.failed_list_path = "out/failed-20261123-110400.txt";
  CHECK(SummaryText(summary, true) ==
        "jobpipe: batch: 50 inputs: 40 succeeded, 3 skipped (already_recorded: 2, duplicate: 1), "
        "7 failed (dns: 2, http_status: 5)\n"
        "jobpipe: failed inputs listed in out/failed-20261123-110400.txt (retry them with "
        "--batch out/failed-20261123-110400.txt)\n");

  BatchSummary stopped;
  stopped.total = 1;
  stopped.succeeded = 1;
  stopped.interrupted = true;
  stopped.not_done = 9;
  CHECK(SummaryText(stopped, true) ==
        "jobpipe: batch: 1 input: 1 succeeded, 0 skipped, 0 failed\n"
        "jobpipe: interrupted with 9 inputs not done; run the same command again to resume "
        "(recorded postings are skipped)\n");
}

TEST_CASE("failed list: usable as the next --batch, reasons in comments", "[report]") {
  std::vector<FailedInput> failed = {
      {9, "https://a/404", MakeError(ErrorCode::kHttpStatus, "https://a/404: HTTP 404 Not Found", 404)},
      {2, "ftp://x", MakeError(ErrorCode::kBlockedScheme, "jobs.txt:2: 'ftp://x': scheme 'ftp'")},
      {5, "https://b/1", MakeError(ErrorCode::kDns, "https://b/1: no such host\nsecond line")},
  };
  std::time_t when = 1795000000;  // 2026-11-18 11:06:40 UTC
  CHECK(FailedListText("jobs.txt", failed, when) ==
        "# jobpipe: 3 failed inputs of jobs.txt, 2026-11-18 11:06:40 UTC\n"
        "# Retry them with: jobpipe --batch THIS_FILE (same options)\n"
        "\n# line 2: blocked_scheme: scheme 'ftp'\nftp://x\n"
        "\n# line 5: dns: no such host second line\nhttps://b/1\n"
        "\n# line 9: http_status: HTTP 404 Not Found\nhttps://a/404\n");

  testing::TempDir dir;
  Result<std::string> first = WriteFailedList(dir.path(), "jobs.txt", failed, when);
  Result<std::string> second = WriteFailedList(dir.path(), "jobs.txt", failed, when);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(*first == dir / "failed-20261118-110640.txt");
  CHECK(*second == dir / "failed-20261118-110640-2.txt");
  CHECK(testing::ReadFile(*first) == FailedListText("jobs.txt", failed, when));
}

}  // namespace
}  // namespace jobpipe
