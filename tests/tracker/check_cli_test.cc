// `jobpipe check` against the real loopback server (fixtures/tracker/served
// as its root): a folder of records whose postings are open, changed, gone
// (404, 410, a Greenhouse API without the job), sent to a listing page,
// closed by LinkedIn's marker, or past their deadline. Outputs and the
// records written by --mark-closed are compared byte for byte.
//
// The records name the server as http://loopback.invalid; each test copies
// them and puts the server's real address in, and takes it out again of
// what it compares.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

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
using tracker_test::ReplaceAll;
using tracker_test::WriteBytes;

const std::string kCheck = kTrackerFixtures + "/check";
const std::string kRerendered = kTrackerFixtures + "/rerendered";

struct CheckFolder : tracker_test::ServedFolder {
  explicit CheckFolder(const std::string& records = kCheck + "/records",
                       const std::string& root = kTrackerFixtures + "/served")
      : ServedFolder(records, root) {}

  testing::RunResult Check(std::vector<std::string> extra) {
    std::vector<std::string> args = {"check", dir.path(), "--today", "2026-12-07", "--delay", "0",
                                     "--retries", "0", "--jobs", "1",
                                     "--adapter-base", "linkedin=" + server.base_url(),
                                     "--adapter-base", "greenhouse=" + server.base_url()};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunJobpipe(args);
  }
};

TEST_CASE("check: open, changed and each way of closing, text lines and summary", "[network]") {
  CheckFolder folder;
  auto run = folder.Check({});
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == ReadFile(kCheck + "/check.expected.txt"));
  CHECK(folder.Normal(run.err) == ReadFile(kCheck + "/check.expected.err"));
  // Without --mark-closed nothing is written.
  for (const auto& entry : fs::directory_iterator(kCheck + "/records")) {
    std::string name = entry.path().filename().string();
    INFO(name);
    CHECK(folder.Record(name) == ReadFile(entry.path().string()));
  }
}

TEST_CASE("check --mark-closed: CLOSED only on closed PENDING/APPLIED records, byte for byte",
          "[network]") {
  CheckFolder folder;
  auto run = folder.Check({"--mark-closed", "--format", "jsonl", "--quiet"});
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == ReadFile(kCheck + "/check-mark-closed.expected.jsonl"));
  int marked = 0;
  for (const auto& entry : fs::directory_iterator(kCheck + "/records")) {
    std::string name = entry.path().filename().string();
    INFO(name);
    std::string expected_path = kCheck + "/marked/" + name.substr(0, name.size() - 3) + ".expected.md";
    if (fs::exists(expected_path)) {
      ++marked;
      CHECK(folder.Record(name) == ReadFile(expected_path));
    } else {
      // Open, changed, INTERVIEWING (closed but not marked), no URL, not a record.
      CHECK(folder.Record(name) == ReadFile(entry.path().string()));
    }
  }
  CHECK(marked == 5);
  // A second run finds them closed again but marks nothing: they are CLOSED now.
  auto again = folder.Check({"--mark-closed", "--format", "jsonl", "--quiet"});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("\"marked_closed\":true") == std::string::npos);
}

// fixtures/tracker/README.md, "rerendered/": records as an older jobpipe
// rendered them ("Location: Utrecht, Netherlands", "Salary: EUR
// 52,000–64,000 per year", where jobpipe now writes "Utrecht" and
// "52000-64000 EUR per year"), then edited by hand.
TEST_CASE("check: a record rendered by an older jobpipe is open when only the rendering changed",
          "[network]") {
  CheckFolder folder(kRerendered + "/records", kRerendered + "/served");
  auto run = folder.Check({});
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == ReadFile(kRerendered + "/check.expected.txt"));
  CHECK(run.err.find("jobpipe: check: 3 records: 2 open, 1 changed, 0 closed, 0 failed, 0 skipped "
                     "(no URL)\n") != std::string::npos);
  auto jsonl = folder.Check({"--format", "jsonl", "--quiet"});
  CHECK(jsonl.exit_code == 0);
  CHECK(folder.Normal(jsonl.out) == ReadFile(kRerendered + "/check.expected.jsonl"));
  for (const auto& entry : fs::directory_iterator(kRerendered + "/records")) {
    INFO(entry.path());
    CHECK(folder.Record(entry.path().filename().string()) == ReadFile(entry.path().string()));
  }
}

TEST_CASE("check: a record whose posting cannot be fetched fails the run with 1", "[network]") {
  CheckFolder folder;
  std::string name = "2026-11-10-quillmoor-systems-site-reliability-engineer.md";
  int port = testing::UnusedLoopbackPort();
  WriteBytes(folder.dir / name,
             ReplaceAll(ReadFile(folder.dir / name), folder.server.base_url(),
                        "http://127.0.0.1:" + std::to_string(port)));
  auto run = folder.Check({"--format", "jsonl"});
  CHECK(run.exit_code == 1);
  bool seen = false;
  for (std::size_t start = 0; start < run.out.size();) {
    std::size_t end = run.out.find('\n', start);
    auto line = nlohmann::json::parse(run.out.substr(start, end - start));
    if (line["file"] == folder.dir / name) {
      seen = true;
      CHECK(line["state"] == "failed");
      CHECK(line["reason"] == "connect");
    }
    start = end + 1;
  }
  CHECK(seen);
  CHECK(run.err.find("1 failed") != std::string::npos);
}

TEST_CASE("check: usage and folder errors") {
  CHECK(RunJobpipe({"check"}).exit_code == 2);
  CHECK(RunJobpipe({"check", "a", "b"}).exit_code == 2);
  CHECK(RunJobpipe({"check", ".", "--format", "csv"}).exit_code == 2);
  CHECK(RunJobpipe({"check", ".", "--jobs", "0"}).exit_code == 2);
  TempDir dir;
  auto missing = RunJobpipe({"check", dir / "nope"});
  CHECK(missing.exit_code == 10);
  CHECK(missing.err.find(dir / "nope") != std::string::npos);
  auto help = RunJobpipe({"check", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.rfind("usage: jobpipe check DIR", 0) == 0);
}

}  // namespace
}  // namespace jobpipe
