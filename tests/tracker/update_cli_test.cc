// `jobpipe update` against the real loopback server (fixtures/tracker/update/served
// as its root) on records written by jobpipe and edited by hand
// (fixtures/tracker/README.md, "update/"): untouched parts refreshed,
// edited ones kept and reported, a record without digests never changed
// but for its new digest line, closed and URL-less records left alone.
// Every record is compared byte for byte with its expected file or its
// input; so is the --dry-run diff. Failures and interruptions leave every
// record whole.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <thread>

#include "tests/support/loopback_server.h"
#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

namespace fs = std::filesystem;
using testing::LoopbackServer;
using testing::ReadFile;
using testing::RunJobpipe;
using testing::TempDir;
using tracker_test::kPlaceholder;
using tracker_test::kTrackerFixtures;
using tracker_test::Names;
using tracker_test::ReplaceAll;
using tracker_test::WriteBytes;

const std::string kUpdate = kTrackerFixtures + "/update";
const std::string kAshgrove = "2026-11-12-ashgrove-robotics-embedded-software-engineer.md";
const std::string kPellow = "2026-11-12-pellow-finch-technical-writer.md";

std::string ExpectedPath(const std::string& name) {
  return kUpdate + "/updated/" + name.substr(0, name.size() - 3) + ".expected.md";
}

struct UpdateFolder : tracker_test::ServedFolder {
  UpdateFolder() : ServedFolder(kUpdate + "/records", kUpdate + "/served") {}

  std::vector<std::string> Args(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"update", dir.path(), "--today", "2026-12-07", "--delay",
                                     "0",      "--retries", "0",      "--jobs",     "1"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  }
  testing::RunResult Update(std::vector<std::string> extra = {}) const {
    return RunJobpipe(Args(std::move(extra)));
  }
};

TEST_CASE("update: untouched parts refreshed, edited ones kept and reported, byte for byte",
          "[network]") {
  UpdateFolder folder;
  auto run = folder.Update();
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == ReadFile(kUpdate + "/update.expected.txt"));
  CHECK(folder.Normal(run.err) == ReadFile(kUpdate + "/update.expected.err"));
  int updated = 0;
  for (const std::string& name : Names(kUpdate + "/records")) {
    INFO(name);
    if (fs::exists(ExpectedPath(name))) {
      ++updated;
      CHECK(folder.Record(name) == ReadFile(ExpectedPath(name)));
    } else {
      // Unchanged posting (its user's line in the Job Description kept
      // silently), 404, no URL, not a record.
      CHECK(folder.Record(name) == folder.Input(name));
    }
  }
  CHECK(updated == 3);
  CHECK(Names(folder.dir.path()) == Names(kUpdate + "/records"));  // no temporary file left

  // A second run finds nothing more to do, and still says what it kept.
  auto again = folder.Update({"--quiet"});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("updated\t") == std::string::npos);
  CHECK(again.err.find("0 updated, 4 unchanged, 1 closed, 0 failed, 1 skipped (no URL); 3 parts "
                       "kept as you have them\n") != std::string::npos);
  for (const std::string& name : Names(kUpdate + "/records")) {
    INFO(name);
    CHECK(folder.Record(name) ==
          (fs::exists(ExpectedPath(name)) ? ReadFile(ExpectedPath(name)) : folder.Input(name)));
  }
}

TEST_CASE("update --dry-run: the exact unified diff on stdout, nothing written", "[network]") {
  UpdateFolder folder;
  auto run = folder.Update({"--dry-run", "--quiet"});
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == ReadFile(kUpdate + "/update-dry-run.expected.diff"));
  CHECK(run.err.find("3 to update, 1 unchanged, 1 closed, 0 failed, 1 skipped (no URL); 3 parts "
                     "kept as you have them; dry run, nothing written\n") != std::string::npos);
  for (const std::string& name : Names(kUpdate + "/records")) {
    INFO(name);
    CHECK(ReadFile(folder.dir / name) ==
          ReplaceAll(folder.Input(name), kPlaceholder, folder.server.base_url()));
  }
}

TEST_CASE("update --input: one record refreshed from a saved copy of its posting") {
  TempDir dir;
  WriteBytes(dir / kAshgrove, ReadFile(kUpdate + "/records/" + kAshgrove));
  auto run = RunJobpipe({"update", dir / kAshgrove, "--input", kUpdate + "/saved/ashgrove.html",
                         "--today", "2026-12-07"});
  CHECK(run.exit_code == 0);
  CHECK(run.out == "updated\t" + dir / kAshgrove + "\trefreshed job_description, skills\n");
  CHECK(ReadFile(dir / kAshgrove) == ReadFile(ExpectedPath(kAshgrove)));

  // --input goes with exactly one record.
  CHECK(RunJobpipe({"update", dir.path(), "--input", kUpdate + "/saved/ashgrove.html"}).exit_code == 2);
  CHECK(RunJobpipe({"update", dir / kAshgrove, dir / kAshgrove, "--input",
                    kUpdate + "/saved/ashgrove.html"})
            .exit_code == 2);
  auto missing = RunJobpipe({"update", dir / kAshgrove, "--input", dir / "nope.html"});
  CHECK(missing.exit_code == 10);
  CHECK(missing.err.find(dir / "nope.html") != std::string::npos);
  CHECK(ReadFile(dir / kAshgrove) == ReadFile(ExpectedPath(kAshgrove)));
}

TEST_CASE("update: a posting that cannot be fetched fails its record only, which stays whole",
          "[network]") {
  UpdateFolder folder;
  int port = testing::UnusedLoopbackPort();
  WriteBytes(folder.dir / kPellow,
             ReplaceAll(ReadFile(folder.dir / kPellow), folder.server.base_url(),
                        "http://127.0.0.1:" + std::to_string(port)));
  const std::string before = ReadFile(folder.dir / kPellow);
  auto run = folder.Update({"--quiet"});
  CHECK(run.exit_code == 1);
  CHECK(ReadFile(folder.dir / kPellow) == before);
  CHECK(folder.Normal(run.out).find("failed\tDIR/" + kPellow + "\t") != std::string::npos);
  CHECK(run.err.find("jobpipe: " + folder.dir / kPellow + ": http://127.0.0.1:" +
                     std::to_string(port) + "/jobs/pellow.html: ") != std::string::npos);
  CHECK(run.err.find("2 updated, 1 unchanged, 1 closed, 1 failed") != std::string::npos);
  // The records after it in the folder were updated all the same.
  CHECK(folder.Record(kAshgrove) == ReadFile(ExpectedPath(kAshgrove)));
  CHECK(Names(folder.dir.path()) == Names(kUpdate + "/records"));
}

TEST_CASE("update: a record that cannot be written (disk full) is left whole") {
  TempDir dir;
  WriteBytes(dir / kAshgrove, ReadFile(kUpdate + "/records/" + kAshgrove));
  // No file may grow past 0 bytes: the new record's temporary file cannot
  // be written, as on a full disk (this holds for root too, unlike a
  // read-only folder).
  rlimit old_limit{};
  REQUIRE(getrlimit(RLIMIT_FSIZE, &old_limit) == 0);
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit no_growth = old_limit;
  no_growth.rlim_cur = 0;
  REQUIRE(setrlimit(RLIMIT_FSIZE, &no_growth) == 0);
  auto run = RunJobpipe({"update", dir / kAshgrove, "--input", kUpdate + "/saved/ashgrove.html",
                         "--today", "2026-12-07"});
  setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  INFO(run.err);
  CHECK(run.exit_code == 4);
  CHECK(run.err.find("jobpipe: " + dir / kAshgrove + ": write failed: File too large; left as it was") !=
        std::string::npos);
  CHECK(run.out == "failed\t" + dir / kAshgrove + "\t" + dir / kAshgrove +
                       ": write failed: File too large; left as it was\n");
  CHECK(ReadFile(dir / kAshgrove) == ReadFile(kUpdate + "/records/" + kAshgrove));
  CHECK(Names(dir.path()) == std::vector<std::string>{kAshgrove});
}

TEST_CASE("update: SIGINT midway exits 130 and leaves each record old or new, never half",
          "[network]") {
  LoopbackServer& server = testing::SharedLoopbackServer(kUpdate + "/served");
  TempDir dir;
  constexpr int kRecords = 8;
  const std::string input = ReadFile(kUpdate + "/records/" + kAshgrove);
  const std::string slow_url = server.url("/jobs/ashgrove.html?delay_ms=300");
  std::vector<std::string> names;
  for (int n = 1; n <= kRecords; ++n) {
    names.push_back("copy-" + std::to_string(n) + ".md");
    WriteBytes(dir / names.back(), ReplaceAll(input, kPlaceholder + "/jobs/ashgrove.html", slow_url));
  }
  auto is_updated = [&](const std::string& name) {
    return ReplaceAll(ReadFile(dir / name), slow_url, kPlaceholder + "/jobs/ashgrove.html") ==
           ReadFile(ExpectedPath(kAshgrove));
  };
  TempDir logs;
  int pid = testing::StartJobpipe({"update", dir.path(), "--today", "2026-12-07", "--delay", "0",
                                   "--retries", "0", "--jobs", "1"},
                                  logs / "out.txt", logs / "err.txt");
  while (!is_updated(names.front())) {
    int status = 0;
    REQUIRE(waitpid(pid, &status, WNOHANG) == 0);  // still running
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  REQUIRE(kill(pid, SIGINT) == 0);
  CHECK(testing::WaitForExit(pid) == 130);
  INFO(ReadFile(logs / "err.txt"));
  CHECK(ReadFile(logs / "err.txt").find("; interrupted\n") != std::string::npos);
  int updated = 0;
  for (const std::string& name : names) {
    INFO(name);
    if (is_updated(name)) {
      ++updated;
    } else {
      CHECK(ReadFile(dir / name) == ReplaceAll(input, kPlaceholder + "/jobs/ashgrove.html", slow_url));
    }
  }
  CHECK(updated >= 1);
  CHECK(updated < kRecords);
  CHECK(Names(dir.path()) == names);  // no temporary file left
}

TEST_CASE("update: usage, unreadable and non-record inputs") {
  CHECK(RunJobpipe({"update"}).exit_code == 2);
  CHECK(RunJobpipe({"update", ".", "--jobs", "0"}).exit_code == 2);
  CHECK(RunJobpipe({"update", ".", "--today", "2026-02-30"}).exit_code == 2);
  TempDir dir;
  auto missing = RunJobpipe({"update", dir / "nope.md"});
  CHECK(missing.exit_code == 10);
  CHECK(missing.err.find(dir / "nope.md") != std::string::npos);
  const std::string notes = ReadFile(kUpdate + "/records/interview-questions.md");
  WriteBytes(dir / "interview-questions.md", notes);
  auto not_record = RunJobpipe({"update", dir / "interview-questions.md"});
  CHECK(not_record.exit_code == 14);
  CHECK(not_record.err.find(dir / "interview-questions.md" +
                            ": not an application record (no \"# Application Details\" first "
                            "line); left as it was") != std::string::npos);
  CHECK(ReadFile(dir / "interview-questions.md") == notes);
  // Several named: one that fails makes the run fail with 1.
  WriteBytes(dir / kAshgrove, ReadFile(kUpdate + "/records/" + kAshgrove));
  auto several = RunJobpipe({"update", dir / "interview-questions.md", dir / "nope.md"});
  CHECK(several.exit_code == 1);
  auto help = RunJobpipe({"update", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.rfind("usage: jobpipe update RECORD...|DIR", 0) == 0);
}

}  // namespace
}  // namespace jobpipe
