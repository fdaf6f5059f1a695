// The binary as a user meets it: options, exit codes, stdout/stderr, files.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"
#include "tests/support/schema_check.h"

using jobpipe::testing::ReadFile;
using jobpipe::testing::RunJobpipe;
using jobpipe::testing::TempDir;

namespace {

const std::string kSeed = JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt";

void WriteFile(const std::string& path, const std::string& content) {
  FILE* f = fopen(path.c_str(), "wb");
  REQUIRE(f);
  fwrite(content.data(), 1, content.size(), f);
  fclose(f);
}

}  // namespace

TEST_CASE("help documents options and exit codes and --version prints the version") {
  auto help = RunJobpipe({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("--format") != std::string::npos);
  CHECK(help.out.find("Exit codes:") != std::string::npos);
  CHECK(help.out.find("13  no job posting found") != std::string::npos);
  auto version = RunJobpipe({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("jobpipe ", 0) == 0);
}

TEST_CASE("usage errors exit 2 with a message and nothing on stdout") {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--no-such-option"},
           {"--format", "yaml", kSeed},
           {"--date", "2025-13-01", kSeed},
           {"--date", "2025-00-10", kSeed},
           {"--date", "2025-01-32", kSeed},
           {"--date", "2025-1-15", kSeed},
           {"--date", "2025/01/15", kSeed},
           {"--date", "2025-01-15x", kSeed},
           {"--date", "２025-01-15", kSeed},
           {"a.txt", "b.txt"},
           {"--out-dir", "x", kSeed},
           {"--batch", "list.txt"}}) {
    INFO(args.front());
    auto r = RunJobpipe(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("jobpipe: ", 0) == 0);
  }
}

TEST_CASE("the date option takes any YYYY-MM-DD with a month 01-12 and a day 01-31") {
  for (const char* date : {"2025-01-01", "1999-12-31", "0000-02-31", "2025-10-19"}) {
    INFO(date);
    CHECK(RunJobpipe({"--date", date, kSeed}).exit_code == 0);
  }
}

TEST_CASE("empty, whitespace-only and binary stdin are refused") {
  auto empty = RunJobpipe({});
  CHECK(empty.exit_code == 11);
  CHECK(empty.out.empty());
  CHECK(empty.err.find("-: ") != std::string::npos);

  auto blank = RunJobpipe({"-"}, "  \n\t\n");
  CHECK(blank.exit_code == 11);
  CHECK(blank.out.empty());

  auto binary = RunJobpipe({}, std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 16));
  CHECK(binary.exit_code == 12);
  CHECK(binary.out.empty());
  CHECK(binary.err.find("binary") != std::string::npos);
}

TEST_CASE("a missing file names the file and exits 10") {
  auto r = RunJobpipe({"/nonexistent/posting.txt"});
  CHECK(r.exit_code == 10);
  CHECK(r.out.empty());
  CHECK(r.err.find("/nonexistent/posting.txt") != std::string::npos);
}

TEST_CASE("output with -o is written atomically and never replaces a file without --force") {
  TempDir dir;
  std::string out = dir / "record.md";

  auto first = RunJobpipe({"--date", "2025-01-15", "-o", out, kSeed});
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.empty());
  std::string written = ReadFile(out);
  CHECK(written.rfind("# Application Details\n", 0) == 0);

  WriteFile(out, "my own notes\n");
  auto refused = RunJobpipe({"-o", out, kSeed});
  CHECK(refused.exit_code == 3);
  CHECK(refused.err.find(out) != std::string::npos);
  CHECK(ReadFile(out) == "my own notes\n");

  auto forced = RunJobpipe({"--date", "2025-01-15", "--force", "-o", out, kSeed});
  CHECK(forced.exit_code == 0);
  CHECK(ReadFile(out) == written);

  // No temporary files are left beside the record.
  int entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("a failed run leaves no output file") {
  TempDir dir;
  std::string out = dir / "record.md";
  auto r = RunJobpipe({"-o", out, "-"}, "");
  CHECK(r.exit_code == 11);
  CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("formats json and jsonl follow the schema") {
  auto json = RunJobpipe({"--format", "json", "--date", "2025-01-15", kSeed});
  REQUIRE(json.exit_code == 0);
  auto parsed = nlohmann::json::parse(json.out);
  CHECK(jobpipe::testing::SchemaErrors(parsed) == "");
  CHECK(parsed["application"]["date"] == "2025-01-15");

  auto jsonl = RunJobpipe({"--format", "jsonl", "--status", "APPLIED", kSeed});
  REQUIRE(jsonl.exit_code == 0);
  CHECK(jsonl.out.find('\n') == jsonl.out.size() - 1);
  auto line = nlohmann::json::parse(jsonl.out);
  CHECK(jobpipe::testing::SchemaErrors(line) == "");
  CHECK(line["application"]["status"] == "APPLIED");
}
