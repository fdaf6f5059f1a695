// RunBatch end to end on local files (no network): records, JSONL, the
// failed list, duplicates, resume, --force, name collisions, hostile names.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/batch/batch_test_util.h"

namespace jobpipe {
namespace {

using batch_test::Fixture;
using batch_test::Lines;
using batch_test::QuickOptions;
using batch_test::RecordsIn;
using batch_test::Run;
using batch_test::WriteLines;
using testing::ReadFile;
using testing::TempDir;

const std::vector<std::string> kExpectedRecords = {
    "2026-11-23-bluebell-analytics-data-engineer.md",
    "2026-11-23-cafe-lumiere-product-designer.md",
    "2026-11-23-etc-passwd.md",
    "2026-11-23-northwind-freight-backend-engineer.md",
};

std::vector<std::string> MixedLocalList() {
  return {
      "# local postings, some lines wrong",
      Fixture("backend-engineer.txt"),
      "",
      "   " + Fixture("product-designer.txt") + "   ",
      "ftp://example.com/job.txt",
      Fixture("data-engineer.html"),
      "javascript:alert(1)",
      Fixture("missing.txt"),
      Fixture("backend-engineer.txt"),
      Fixture("hostile-title.txt"),
  };
}

TEST_CASE("local batch: records, JSONL in list order, counts, failed list", "[local]") {
  TempDir dir;
  WriteLines(dir / "list.txt", MixedLocalList());
  auto run = Run(QuickOptions(dir / "list.txt", dir / "out", /*jsonl=*/true, nullptr));
  REQUIRE(run.summary.ok());
  const BatchSummary& summary = *run.summary;
  CHECK(summary.total == 8);
  CHECK(summary.succeeded == 4);
  CHECK(summary.skipped == 1);
  CHECK(summary.skipped_by_reason == std::map<std::string, int>{{"duplicate", 1}});
  CHECK(summary.failed == 3);
  CHECK(summary.failed_by_cause ==
        std::map<std::string, int>{{"blocked_scheme", 2}, {"unreadable", 1}});
  CHECK_FALSE(summary.interrupted);

  CHECK(RecordsIn(dir / "out") == kExpectedRecords);

  // One JSONL line per input, in list order, joinable by source.name.
  std::vector<std::string> inputs = {
      Fixture("backend-engineer.txt"), Fixture("product-designer.txt"),
      "ftp://example.com/job.txt",     Fixture("data-engineer.html"),
      "javascript:alert(1)",           Fixture("missing.txt"),
      Fixture("backend-engineer.txt"), Fixture("hostile-title.txt")};
  CHECK(batch_test::SourceNames(run.out) == inputs);
  CHECK(batch_test::ErrorCodes(run.out) ==
        std::vector<std::string>{"", "", "blocked_scheme", "", "blocked_scheme", "unreadable",
                                 "duplicate", ""});
  std::vector<std::string> lines = Lines(run.out);
  CHECK(lines[6].find("\"message\":\"" + Fixture("backend-engineer.txt") +
                      ": duplicate of line 2\",\"skipped\":true") != std::string::npos);

  // The failed list: every failed input once, after a comment saying why.
  REQUIRE(summary.failed_list_path.rfind(dir / "out/failed-", 0) == 0);
  std::vector<std::string> failed_lines = Lines(ReadFile(summary.failed_list_path));
  std::vector<std::string> entries;
  for (const std::string& line : failed_lines) {
    if (!line.empty() && line[0] != '#') entries.push_back(line);
  }
  CHECK(entries == std::vector<std::string>{"ftp://example.com/job.txt", "javascript:alert(1)",
                                            Fixture("missing.txt")});
  CHECK(failed_lines.at(3) == "# line 5: blocked_scheme: scheme 'ftp' is not allowed (http and "
                              "https only)");

  CHECK(run.progress.find("[1/8] ") != std::string::npos);
  CHECK(run.progress.find("[8/8] ") != std::string::npos);
  CHECK(run.progress.find("skipped " + Fixture("backend-engineer.txt") + " (duplicate of line 2)") !=
        std::string::npos);
  CHECK(run.progress.find("jobpipe: batch: 8 inputs: 4 succeeded, 1 skipped (duplicate: 1), 3 "
                          "failed (blocked_scheme: 2, unreadable: 1)\n") != std::string::npos);
}

TEST_CASE("local batch: a rerun skips what is recorded and changes no byte", "[local]") {
  TempDir dir;
  WriteLines(dir / "list.txt", MixedLocalList());
  auto first = Run(QuickOptions(dir / "list.txt", dir / "out", false, nullptr));
  REQUIRE(first.summary.ok());
  REQUIRE(RecordsIn(dir / "out") == kExpectedRecords);

  // The user edits one record: status, notes. A rerun must keep it as is.
  std::string edited_path = dir / ("out/" + kExpectedRecords[1]);
  std::string edited = ReadFile(edited_path);
  auto status = edited.find("PENDING");
  REQUIRE(status != std::string::npos);
  edited.replace(status, 7, "APPLIED");
  edited += "\nMy own notes: called them on Monday.\n";
  std::ofstream(edited_path, std::ios::binary | std::ios::trunc) << edited;
  std::map<std::string, std::string> before;
  for (const std::string& name : kExpectedRecords) before[name] = ReadFile(dir / ("out/" + name));

  auto second = Run(QuickOptions(dir / "list.txt", dir / "out", true, nullptr));
  REQUIRE(second.summary.ok());
  CHECK(second.summary->succeeded == 0);
  CHECK(second.summary->skipped == 5);
  CHECK(second.summary->skipped_by_reason ==
        std::map<std::string, int>{{"already_recorded", 4}, {"duplicate", 1}});
  CHECK(second.summary->failed == 3);
  CHECK(RecordsIn(dir / "out") == kExpectedRecords);
  for (const std::string& name : kExpectedRecords) {
    INFO(name);
    CHECK(ReadFile(dir / ("out/" + name)) == before[name]);
  }
  CHECK(second.progress.find("skipped " + Fixture("product-designer.txt") +
                             " (already recorded in " + edited_path + ")") != std::string::npos);
  CHECK(batch_test::ErrorCodes(second.out)[1] == "already_recorded");
}

TEST_CASE("local batch: --force replaces the posting's own record", "[local]") {
  TempDir dir;
  WriteLines(dir / "list.txt", {Fixture("backend-engineer.txt")});
  REQUIRE(Run(QuickOptions(dir / "list.txt", dir / "out", false, nullptr)).summary.ok());
  std::string path = dir / "out/2026-11-23-northwind-freight-backend-engineer.md";
  std::string original = ReadFile(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << original << "\nedited\n";

  BatchOptions options = QuickOptions(dir / "list.txt", dir / "out", false, nullptr);
  options.force = true;
  auto forced = Run(options);
  REQUIRE(forced.summary.ok());
  CHECK(forced.summary->succeeded == 1);
  CHECK(RecordsIn(dir / "out") ==
        std::vector<std::string>{"2026-11-23-northwind-freight-backend-engineer.md"});
  CHECK(ReadFile(path) == original);
  CHECK(forced.progress.find("ok " + Fixture("backend-engineer.txt") + " -> " + path) !=
        std::string::npos);
}

TEST_CASE("local batch: two postings with one file name get -2", "[local]") {
  TempDir dir;
  // Two employers (so two postings) whose names give one slug: the slug
  // keeps Latin letters only, the fingerprint every script.
  std::string text = ReadFile(Fixture("product-designer.txt"));
  std::string plain = text;
  for (std::string from : {"Café Lumière"}) {
    for (auto at = plain.find(from); at != std::string::npos; at = plain.find(from, at + 1)) {
      plain.replace(at, from.size(), "Café Lumière Россия");
    }
  }
  REQUIRE(plain != text);
  std::ofstream(dir / "plain.txt", std::ios::binary) << plain;
  WriteLines(dir / "list.txt", {Fixture("product-designer.txt"), dir / "plain.txt"});
  BatchOptions options = QuickOptions(dir / "list.txt", dir / "out", false, nullptr);
  options.cpu_workers = 1;  // the order of the two writes decides who gets -2
  auto run = Run(options);
  REQUIRE(run.summary.ok());
  CHECK(run.summary->succeeded == 2);
  CHECK(RecordsIn(dir / "out") ==
        std::vector<std::string>{"2026-11-23-cafe-lumiere-product-designer-2.md",
                                 "2026-11-23-cafe-lumiere-product-designer.md"});
  CHECK(ReadFile(dir / "out/2026-11-23-cafe-lumiere-product-designer.md").find("Café Lumière") !=
        std::string::npos);
}

TEST_CASE("local batch: hostile titles stay inside the output folder", "[local]") {
  TempDir dir;
  std::vector<std::string> titles = {"../../etc/passwd", "/", "..", std::string(300, 'x'),
                                     "🚀🚀🚀", "CON", "%2e%2e%2fescape"};
  std::vector<std::string> list;
  for (std::size_t i = 0; i < titles.size(); ++i) {
    std::string path = dir / ("posting-" + std::to_string(i) + ".txt");
    std::ofstream(path, std::ios::binary)
        << titles[i] << "\n../.. · Nowhere (Remote)\n\nAbout the job\n\nInvented posting number "
        << i << " with a hostile title.\n\nRequirements\n\n- Stay in the folder\n";
    list.push_back(path);
  }
  WriteLines(dir / "list.txt", list);
  std::filesystem::create_directory(dir / "nest");
  auto run = Run(QuickOptions(dir / "list.txt", dir / "nest/out", false, nullptr));
  REQUIRE(run.summary.ok());
  CHECK(run.summary->failed == 0);
  // Titles the parser does not take as titles ("/", "..", emoji) leave
  // postings that look alike: some are reported duplicates, none fails.
  CHECK(run.summary->succeeded >= 4);
  CHECK(run.summary->succeeded + run.summary->skipped == static_cast<int>(titles.size()));
  // Nothing but records (and the folder) under nest/, nothing new beside it.
  CHECK(batch_test::FilesIn(dir / "nest") == std::vector<std::string>{"out"});
  for (const std::string& name : batch_test::FilesIn(dir / "nest/out")) {
    INFO(name);
    CHECK(name.size() <= 100);
    CHECK(name.rfind("2026-11-23-", 0) == 0);
    CHECK(name.find('/') == std::string::npos);
  }
  CHECK(batch_test::FilesIn(dir.path()).size() == titles.size() + 2);  // postings, list, nest
}

/// Writes `count` distinct invented postings into `dir`; returns their paths.
std::vector<std::string> WriteDistinctPostings(const TempDir& dir, int count) {
  std::vector<std::string> paths;
  for (int i = 0; i < count; ++i) {
    std::string path = dir / ("job-" + std::to_string(i) + ".txt");
    std::ofstream(path, std::ios::binary)
        << "Engineer " << i << "\nNorthwind Freight · Rotterdam (Hybrid)\n\nAbout the job\n\n"
        << "Invented posting " << i << " for ordering tests.\n\nRequirements\n\n- SQL\n";
    paths.push_back(path);
  }
  return paths;
}

TEST_CASE("local batch: ordered JSONL through a tiny window, unordered same set", "[local]") {
  TempDir dir;
  std::vector<std::string> list = WriteDistinctPostings(dir, 15);
  WriteLines(dir / "list.txt", list);
  BatchOptions ordered = QuickOptions(dir / "list.txt", "", true, nullptr);
  ordered.window = 2;  // the reorder buffer stalls admission at two inputs
  ordered.cpu_workers = 2;
  auto in_order = Run(ordered);
  REQUIRE(in_order.summary.ok());
  CHECK(in_order.summary->succeeded == 15);
  CHECK(batch_test::SourceNames(in_order.out) == list);

  BatchOptions unordered = ordered;
  unordered.unordered = true;
  unordered.window = 0;
  auto any_order = Run(unordered);
  REQUIRE(any_order.summary.ok());
  std::vector<std::string> names = batch_test::SourceNames(any_order.out);
  std::vector<std::string> expected = list;
  std::sort(names.begin(), names.end());
  std::sort(expected.begin(), expected.end());
  CHECK(names == expected);
}

TEST_CASE("local batch: cancelled before it starts, nothing is done", "[local]") {
  TempDir dir;
  WriteLines(dir / "list.txt", MixedLocalList());
  std::atomic<bool> cancel{true};
  auto run = Run(QuickOptions(dir / "list.txt", dir / "out", true, &cancel));
  REQUIRE(run.summary.ok());
  CHECK(run.summary->interrupted);
  CHECK(run.summary->succeeded == 0);
  CHECK(run.summary->not_done == 8);
  CHECK(RecordsIn(dir / "out").empty());
  CHECK(run.progress.find("interrupted with 8 inputs not done") != std::string::npos);
}

TEST_CASE("local batch: a list that cannot be read is an error", "[local]") {
  TempDir dir;
  auto run = Run(QuickOptions(dir / "missing-list.txt", dir / "out", true, nullptr));
  REQUIRE_FALSE(run.summary.ok());
  CHECK(run.summary.error().code == ErrorCode::kUnreadable);
  CHECK(run.summary.error().message.find("missing-list.txt") != std::string::npos);
}

}  // namespace
}  // namespace jobpipe
