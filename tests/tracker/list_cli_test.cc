// `jobpipe list` on the hand-edited record folder, through the binary, in
// every format: byte for byte against fixtures/tracker/list/ (read line by
// line against the records when written).
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

using testing::ReadFile;
using testing::RunJobpipe;
using testing::TempDir;

// Relative, as a user types it: the file column shows the folder as given
// (the tests run in the source tree).
const std::string kDir = "fixtures/tracker/records";
const std::string kExpected = JOBPIPE_FIXTURES_DIR "/tracker/list/";
const std::string kSkipWarning =
    "jobpipe: warning: fixtures/tracker/records/reading-list.md: not an application record "
    "(no \"# Application Details\" first line); skipped\n";

TEST_CASE("list: every format, byte for byte, the non-record skipped with one warning") {
  for (const char* format : {"table", "tsv", "csv", "json", "jsonl", "markdown"}) {
    INFO(format);
    auto run = RunJobpipe({"list", kDir, "-r", "--today", "2026-12-07", "--format", format,
                           "--width", "0"});
    CHECK(run.exit_code == 0);
    CHECK(run.err == kSkipWarning);
    CHECK(run.out == ReadFile(kExpected + "records-r." + format));
  }
}

TEST_CASE("list: filtered by status (aliases, any case), sorted by status, cut to a width") {
  auto filtered = RunJobpipe({"list", kDir, "-r", "--today", "2026-12-07", "--format", "tsv",
                              "--status", "pending", "--status", "REJECTED"});
  CHECK(filtered.exit_code == 0);
  CHECK(filtered.out == ReadFile(kExpected + "records-r-pending-rejected.tsv"));
  auto narrow = RunJobpipe({"list", kDir, "--today", "2026-12-07", "--format", "table",
                            "--width", "100", "--sort", "status"});
  CHECK(narrow.exit_code == 0);
  CHECK(narrow.out == ReadFile(kExpected + "records-width100-by-status.table"));
}

TEST_CASE("list: the JSON agrees with the other formats and with the records") {
  auto json = RunJobpipe({"list", kDir, "-r", "--today", "2026-12-07", "--format", "json"});
  auto jsonl = RunJobpipe({"list", kDir, "-r", "--today", "2026-12-07", "--format", "jsonl"});
  nlohmann::json rows = nlohmann::json::parse(json.out);
  REQUIRE(rows.size() == 5);
  std::size_t line = 0;
  for (std::size_t start = 0; start < jsonl.out.size(); ++line) {
    std::size_t end = jsonl.out.find('\n', start);
    CHECK(nlohmann::json::parse(jsonl.out.substr(start, end - start)) == rows[line]);
    start = end + 1;
  }
  CHECK(line == rows.size());
  // The Kestrel record's last History line is 2026-11-20: 17 days before 2026-12-07.
  CHECK(rows[4]["company"] == "Kestrel Freight");
  CHECK(rows[4]["last_change"] == "2026-11-20");
  CHECK(rows[4]["days"] == 17);
  CHECK(rows[1]["status"] == "rejected");  // as the user typed it
}

TEST_CASE("list: a status change shows at once, and errors exit with their codes") {
  TempDir dir;
  tracker_test::CopyRecords(dir.path());
  std::string record = dir / "2026-11-02-canonical-engineering-manager-mlops-analytics.md";
  REQUIRE(RunJobpipe({"status", record, "applied", "--date", "2026-12-05"}).exit_code == 0);
  auto run = RunJobpipe({"list", dir.path(), "--today", "2026-12-07", "--format", "jsonl",
                         "--status", "submitted"});
  CHECK(run.exit_code == 0);
  // Two records are applied: the one just set, and Lumenfold's, whose
  // status the user typed as "Applied" by hand (kept as typed).
  std::vector<std::string> lines;
  std::istringstream out(run.out);
  for (std::string line; std::getline(out, line);) lines.push_back(line);
  REQUIRE(lines.size() == 2);
  nlohmann::json row = nlohmann::json::parse(lines[0]);
  CHECK(row["company"] == "Canonical");
  CHECK(row["status"] == "APPLIED");
  CHECK(row["days"] == 2);
  CHECK(nlohmann::json::parse(lines[1])["status"] == "Applied");

  auto missing = RunJobpipe({"list", dir / "nope"});
  CHECK(missing.exit_code == 10);
  CHECK(missing.out.empty());
  CHECK(missing.err.find(dir / "nope") != std::string::npos);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"list"}, {"list", kDir, kDir}, {"list", kDir, "--format", "yaml"},
           {"list", kDir, "--sort", "salary"}, {"list", kDir, "--today", "07.12.2026"}}) {
    CHECK(RunJobpipe(args).exit_code == 2);
  }
  auto help = RunJobpipe({"list", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.rfind("usage: jobpipe list DIR", 0) == 0);
}

TEST_CASE("list: a posting file named 'list' is still an INPUT as ./list") {
  TempDir dir;
  std::string seed = ReadFile(JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt");
  tracker_test::WriteBytes(dir / "list", seed);
  auto run = RunJobpipe({dir / "list", "--date", "2025-05-07"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == ReadFile(JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.expected.md"));
}

}  // namespace
}  // namespace jobpipe
