// `jobpipe status` on the hand-edited record folder, through the binary:
// every record's bytes after the change equal fixtures/tracker/status/,
// where only the status line and one History line differ from the input
// (read line by line when written).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

using testing::ReadFile;
using testing::RunJobpipe;
using testing::TempDir;
using tracker_test::CopyRecords;
using tracker_test::kRecords;
using tracker_test::kTrackerFixtures;

TEST_CASE("status: each edited record changes only its status and History, byte for byte") {
  struct Case {
    std::string record;
    std::vector<std::string> args;
    bool warns;
  };
  const std::vector<Case> cases = {
      // status changed by hand to "Applied", answers written: History created
      {"2026-11-06-lumenfold-analytics-data-analyst-commercial-insights",
       {"interview", "--date", "2026-12-01", "--note", "video call, 45 min"}, false},
      // CRLF from another editor, History already there, notes added
      {"2026-11-07-kestrel-freight-senior-backend-engineer-payments",
       {"Rejected", "--date", "2026-12-02"}, false},
      // BOM, Company Details rewritten; a status of the user's own
      {"2026-11-03-tallyworth-software-engineering-intern-summer-2025",
       {"Waiting on Mara", "--date", "2026-12-03"}, true},
      // as jobpipe wrote it
      {"2026-11-02-canonical-engineering-manager-mlops-analytics",
       {"APPLIED", "--date", "2026-11-02"}, false},
  };
  for (const Case& c : cases) {
    INFO(c.record);
    TempDir dir;
    CopyRecords(dir.path());
    std::string path = dir / (c.record + ".md");
    std::vector<std::string> args = {"status", path};
    args.insert(args.end(), c.args.begin(), c.args.end());
    auto run = RunJobpipe(args);
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    if (c.warns) {
      CHECK(run.err == "jobpipe: warning: " + path +
                           ": 'Waiting on Mara' is not a known status (PENDING, APPLIED, "
                           "SCREENING, INTERVIEWING, OFFER, ACCEPTED, REJECTED, WITHDRAWN, "
                           "GHOSTED, CLOSED); written as given\n");
    } else {
      CHECK(run.err.empty());
    }
    CHECK(ReadFile(path) == ReadFile(kTrackerFixtures + "/status/" + c.record + ".expected.md"));
  }
}

TEST_CASE("status: a file that is not a record exits 14, named, and is left as it was") {
  TempDir dir;
  CopyRecords(dir.path());
  std::string path = dir / "reading-list.md";
  std::string before = ReadFile(path);
  auto run = RunJobpipe({"status", path, "APPLIED"});
  CHECK(run.exit_code == 14);
  CHECK(run.out.empty());
  CHECK(run.err == "jobpipe: " + path +
                       ": not an application record (no \"# Application Details\" first line); "
                       "left as it was\n");
  CHECK(ReadFile(path) == before);
  auto missing = RunJobpipe({"status", dir / "nope.md", "APPLIED"});
  CHECK(missing.exit_code == 10);
  CHECK(missing.err.find(dir / "nope.md") != std::string::npos);
}

TEST_CASE("status: usage errors exit 2 and touch nothing") {
  TempDir dir;
  CopyRecords(dir.path());
  std::string path = dir / "2026-11-02-canonical-engineering-manager-mlops-analytics.md";
  std::string before = ReadFile(path);
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"status"},
           {"status", path},
           {"status", path, "APPLIED", "extra"},
           {"status", path, "APPLIED", "--date", "2026-02-30"},
           {"status", path, "APPLIED", "--note", "two\nlines"},
           {"status", path, "   "},
           {"status", path, "APPLIED", "--no-such-option"}}) {
    INFO(args.size());
    auto run = RunJobpipe(args);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("jobpipe: ", 0) == 0);
  }
  CHECK(ReadFile(path) == before);
}

TEST_CASE("status: --help, the record keeps its permissions, and a file named 'status' is ./status") {
  auto help = RunJobpipe({"status", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.rfind("usage: jobpipe status RECORD STATUS", 0) == 0);

  TempDir dir;
  CopyRecords(dir.path());
  std::string path = dir / "2026-11-02-canonical-engineering-manager-mlops-analytics.md";
  ::chmod(path.c_str(), 0600);
  REQUIRE(RunJobpipe({"status", path, "applied", "--date", "2026-11-02"}).exit_code == 0);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  // The posting file named like the command, read as an INPUT.
  std::string seed = ReadFile(JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt");
  tracker_test::WriteBytes(dir / "status", seed);
  auto as_input = RunJobpipe({dir / "status", "--date", "2025-05-07"});
  CHECK(as_input.exit_code == 0);
  CHECK(as_input.out ==
        ReadFile(JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.expected.md"));
}

}  // namespace
}  // namespace jobpipe
