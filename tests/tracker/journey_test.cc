// Issue 12's check, end to end on one folder (fixtures/tracker/README.md,
// "journey/"): records written by jobpipe, then edited by hand (notes and
// an answer added, a section rewritten, a status typed, lines moved),
// served from loopback as the postings are now (one changed, one gone
// 404, one 410, one closed by its "no longer accepting" marker, one the
// same). Through the binary, in the order a person would run them:
// status, check, list in every format, update, check --mark-closed, and
// a batch that meets one posting again at another URL. After each step
// every file of the folder is compared whole: the files the step promises
// to change with their expected files, every other one with what it was.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

using testing::ReadFile;
using testing::RunJobpipe;
using tracker_test::kTrackerFixtures;
using tracker_test::Names;
using tracker_test::ServedFolder;
using tracker_test::WriteBytes;

const std::string kJourney = kTrackerFixtures + "/journey";
const std::string kExpected = kJourney + "/expected";
const std::string kAlder = "2026-11-09-alder-and-finch-joinery-cnc-programmer.md";
const std::string kBrightwater = "2026-11-09-brightwater-aquatics-pool-plant-operator.md";
const std::string kCinderford = "2026-11-09-cinderford-press-production-editor.md";
const std::string kDunmore = "2026-11-09-dunmore-orchards-farm-mechanic.md";

using Files = std::map<std::string, std::string>;

struct Journey : ServedFolder {
  Journey() : ServedFolder(kJourney + "/records", kJourney + "/now") {}

  testing::RunResult Run(std::vector<std::string> args) const {
    for (const char* arg :
         {"--today", "2026-12-07", "--delay", "0", "--retries", "0", "--jobs", "1"}) {
      args.push_back(arg);
    }
    return RunJobpipe(args);
  }

  // The folder, file by file, as the fixtures write it.
  Files Now() const {
    Files files;
    for (const std::string& name : Names(dir.path())) files[name] = Record(name);
    return files;
  }

  // Every file as it was in `before` but those in `changed`, each now
  // its expected file in `expected_dir`; no file added or lost.
  void CheckOnly(const Files& before, const std::vector<std::string>& changed,
                 const std::string& expected_dir) const {
    Files after = Now();
    CHECK(Names(dir.path()) == Names(records));
    for (const auto& [name, bytes] : before) {
      INFO(name);
      const bool promised = std::find(changed.begin(), changed.end(), name) != changed.end();
      CHECK(after[name] == (promised ? ReadFile(expected_dir + "/" + name) : bytes));
      if (promised) CHECK(after[name] != bytes);
    }
  }
};

// The table pads its columns to the widest cell, and the server's port
// and the folder's name are of any length: runs of spaces count as one
// column gap (the other formats, compared byte for byte, hold every cell).
std::string ColumnGaps(std::string table) {
  std::string out;
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i] == ' ' && i + 1 < table.size() && table[i + 1] == ' ') {
      while (i + 1 < table.size() && table[i + 1] == ' ') ++i;
      out += "  ";
    } else {
      out += table[i];
    }
  }
  return out;
}

TEST_CASE("journey: status, check, list, update, check --mark-closed and batch on one folder",
          "[network]") {
  Journey folder;
  const std::string skipped_notes =
      "jobpipe: warning: DIR/notes.md: not an application record (no \"# Application Details\" "
      "first line); skipped\n";

  // status: the Dunmore record's status and a History line, nothing else.
  Files before = folder.Now();
  auto status = RunJobpipe({"status", folder.dir / kDunmore, "INTERVIEWING", "--date", "2026-11-25",
                            "--note", "call with the workshop foreman"});
  CHECK(status.exit_code == 0);
  CHECK(status.out.empty());
  CHECK(status.err.empty());
  folder.CheckOnly(before, {kDunmore}, kExpected + "/status");

  // check: each posting as it is now; nothing written.
  before = folder.Now();
  auto check = folder.Run({"check", folder.dir.path()});
  CHECK(check.exit_code == 0);
  CHECK(folder.Normal(check.out) == ReadFile(kExpected + "/check.txt"));
  CHECK(folder.Normal(check.err) == ReadFile(kExpected + "/check.err"));
  folder.CheckOnly(before, {}, "");

  // list: one row a record, the same in every format; notes.md skipped.
  for (const char* format : {"table", "tsv", "csv", "json", "jsonl", "markdown"}) {
    INFO(format);
    auto list = RunJobpipe(
        {"list", folder.dir.path(), "--today", "2026-12-07", "--format", format, "--width", "0"});
    CHECK(list.exit_code == 0);
    CHECK(folder.Normal(list.err) == skipped_notes);
    std::string out = folder.Normal(list.out);
    CHECK((format == std::string("table") ? ColumnGaps(out) : out) ==
          ReadFile(kExpected + "/list." + format));
  }

  // update: the changed posting's Job Description refreshed (the notes
  // after the digest line and the answers stay); the edited Company
  // Details of the open posting kept; closed postings untouched.
  before = folder.Now();
  auto update = folder.Run({"update", folder.dir.path()});
  CHECK(update.exit_code == 0);
  CHECK(folder.Normal(update.out) == ReadFile(kExpected + "/update.txt"));
  CHECK(folder.Normal(update.err) == ReadFile(kExpected + "/update.err"));
  folder.CheckOnly(before, {kAlder}, kExpected + "/update");

  // check --mark-closed: CLOSED on the closed PENDING and "applied"
  // records; the INTERVIEWING one is closed but not marked.
  before = folder.Now();
  auto mark = folder.Run({"check", folder.dir.path(), "--mark-closed", "--format", "jsonl"});
  CHECK(mark.exit_code == 0);
  CHECK(folder.Normal(mark.out) == ReadFile(kExpected + "/check-mark-closed.jsonl"));
  CHECK(folder.Normal(mark.err) == ReadFile(kExpected + "/check-mark-closed.err"));
  folder.CheckOnly(before, {kBrightwater, kCinderford}, kExpected + "/check-mark-closed");

  // batch: the Eskdale posting met again on a job board (its company in
  // capitals with its legal form) is already recorded: nothing written.
  before = folder.Now();
  testing::TempDir lists;
  WriteBytes(lists / "batch.txt", folder.server.url("/board/eskdale-copy.html") + "\n");
  auto batch = RunJobpipe({"--batch", lists / "batch.txt", "--out-dir", folder.dir.path(), "--date",
                           "2026-12-07", "--delay", "0", "--retries", "0"});
  CHECK(batch.exit_code == 0);
  CHECK(folder.Normal(batch.err) == ReadFile(kExpected + "/batch.err"));
  folder.CheckOnly(before, {}, "");
}

}  // namespace
}  // namespace jobpipe
