// The batch list: which lines are entries, how they are classified, and
// that a reader holds one bounded line at a time.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "app/batch_list.h"
#include "tests/support/run_binary.h"

namespace jobpipe {
namespace {

const std::string kFixture = std::string(JOBPIPE_FIXTURES_DIR) + "/batch/backend-engineer.txt";

std::vector<BatchEntry> ReadAll(const std::string& text) {
  std::istringstream in(text);
  BatchListReader reader(in, "jobs.txt");
  std::vector<BatchEntry> entries;
  while (auto entry = reader.Next()) entries.push_back(*entry);
  return entries;
}

TEST_CASE("list lines: blank lines and comments are skipped, whitespace trimmed", "[list]") {
  std::string text = "# my list\n\n   \n\t" + kFixture + "  \r\n  # indented comment\n" +
                     "https://example.com/jobs/1\r\n\n";
  auto entries = ReadAll(text);
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].line == 4);
  CHECK(entries[0].kind == EntryKind::kPath);
  CHECK(entries[0].text == kFixture);
  CHECK(entries[1].line == 6);
  CHECK(entries[1].kind == EntryKind::kUrl);
  CHECK(entries[1].text == "https://example.com/jobs/1");
}

TEST_CASE("list lines: a byte order mark and a missing last newline are fine", "[list]") {
  auto entries = ReadAll("\xEF\xBB\xBFhttps://example.com/a\nhttp://example.com/b");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].text == "https://example.com/a");
  CHECK(entries[1].text == "http://example.com/b");
  CHECK(entries[1].line == 2);
}

TEST_CASE("list lines: classification of each kind of line", "[list]") {
  struct Row {
    std::string text;
    EntryKind kind;
    ErrorCode code;  // for kInvalid
  };
  const std::vector<Row> rows = {
      {"https://www.linkedin.com/jobs/view/123/", EntryKind::kUrl, {}},
      {"HTTP://EXAMPLE.COM/job", EntryKind::kUrl, {}},
      {"http://127.0.0.1:8080/job/1", EntryKind::kUrl, {}},
      {"http://[::1]:8080/job/1", EntryKind::kUrl, {}},
      {kFixture, EntryKind::kPath, {}},
      {"ftp://example.com/job.txt", EntryKind::kInvalid, ErrorCode::kBlockedScheme},
      {"javascript:alert(1)", EntryKind::kInvalid, ErrorCode::kBlockedScheme},
      {"file:///etc/passwd", EntryKind::kInvalid, ErrorCode::kBlockedScheme},
      {"data:text/html,hi", EntryKind::kInvalid, ErrorCode::kBlockedScheme},
      {"http://", EntryKind::kInvalid, ErrorCode::kInvalidUrl},
      {"https:///path-only", EntryKind::kInvalid, ErrorCode::kInvalidUrl},
      {"http:example.com", EntryKind::kInvalid, ErrorCode::kInvalidUrl},
      {"https://exa mple.com/x", EntryKind::kInvalid, ErrorCode::kInvalidUrl},
      {"no-such-file.txt", EntryKind::kInvalid, ErrorCode::kUnreadable},
      {"Note: not a file", EntryKind::kInvalid, ErrorCode::kUnreadable},
      {"-", EntryKind::kInvalid, ErrorCode::kUnreadable},
      {JOBPIPE_FIXTURES_DIR, EntryKind::kInvalid, ErrorCode::kUnreadable},  // a folder
      {std::string("a\0b", 3), EntryKind::kInvalid, ErrorCode::kUnreadable},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    BatchEntry entry = ClassifyEntry(row.text, 7, "jobs.txt");
    CHECK(entry.kind == row.kind);
    CHECK(entry.line == 7);
    if (row.kind == EntryKind::kInvalid) {
      CHECK(entry.error.code == row.code);
      // The message says where the line is, ninja-style.
      CHECK(entry.error.message.rfind("jobs.txt:7: ", 0) == 0);
    }
  }
}

TEST_CASE("list lines: an invalid line keeps its number and does not stop the list", "[list]") {
  auto entries = ReadAll("ftp://x/y\n# c\nhttps://example.com/ok\n");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].kind == EntryKind::kInvalid);
  CHECK(entries[0].line == 1);
  CHECK(entries[0].error.message ==
        "jobs.txt:1: 'ftp://x/y': scheme 'ftp' is not allowed (http and https only)");
  CHECK(entries[1].line == 3);
}

TEST_CASE("list lines: an overlong line is one invalid entry, not held whole", "[list]") {
  std::string huge = "https://example.com/" + std::string(BatchListReader::kMaxLineBytes * 3, 'a');
  auto entries = ReadAll(huge + "\nhttps://example.com/next\n");
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].kind == EntryKind::kInvalid);
  CHECK(entries[0].text.size() < 100);
  CHECK(entries[0].error.message.find("longer than") != std::string::npos);
  CHECK(entries[1].text == "https://example.com/next");
  CHECK(entries[1].line == 2);
}

TEST_CASE("list lines: UrlHost is the lowercase host without port or user", "[list]") {
  CHECK(UrlHost("https://WWW.Example.COM/jobs/1") == "www.example.com");
  CHECK(UrlHost("http://127.0.0.1:8080/job/1") == "127.0.0.1");
  CHECK(UrlHost("http://localhost:8080") == "localhost");
  CHECK(UrlHost("https://user:pw@jobs.example.com:443/x?y#z") == "jobs.example.com");
  CHECK(UrlHost("http://[::1]:8080/x") == "[::1]");
  CHECK(UrlHost("https://example.com./x") == "example.com");
  CHECK(UrlHost("https:///x") == "");
  CHECK(UrlHost("not a url") == "");
}

TEST_CASE("list lines: CountListEntries counts what the reader returns", "[list]") {
  testing::TempDir dir;
  std::string path = dir / "list.txt";
  std::ofstream(path) << "# header\n\n" << kFixture << "\n  \nftp://x\n   # c\n"
                      << std::string(BatchListReader::kMaxLineBytes + 10, ' ') << "x\n"
                      << "https://example.com/last";
  std::ifstream in(path);
  BatchListReader reader(in, "list.txt");
  int read = 0;
  while (reader.Next()) ++read;
  CHECK(read == 4);
  CHECK(CountListEntries(path) == 4);
  CHECK_FALSE(CountListEntries("-"));
  CHECK_FALSE(CountListEntries(dir / "missing.txt"));
}

}  // namespace
}  // namespace jobpipe
