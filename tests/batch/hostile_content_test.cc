// Hostile content stays text (issue 11, Deliver 6): a page served over
// loopback whose title, company and items carry terminal escapes, C1
// controls, bidi overrides, a line that would open "## Status" and a
// javascript: link. Run through the real binary, single and batch; nothing
// of it may reach stdout, stderr, the progress line, the record or the
// file name as anything but plain text.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/batch/batch_test_util.h"
#include "tests/support/loopback_server.h"

namespace jobpipe {
namespace {

using batch_test::FilesIn;
using batch_test::Lines;
using batch_test::RecordsIn;
using testing::LoopbackServer;
using testing::ReadFile;
using testing::RunJobpipe;
using testing::TempDir;

// JSON-LD strings: \u001b ESC, \u0007 BEL, \u009b C1 CSI, \u009d C1 OSC,
// \u202e right-to-left override, \u2066 isolate, \n line breaks.
constexpr const char* kHostilePage = R"page(<!doctype html>
<html><head><title>Platform Engineer</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting",
 "title": "Platform Engineer\u001b]0;pwned\u0007 \u009b2J\u202egnp.exe\n## Status\nREJECTED\n[x](javascript:alert(1))",
 "hiringOrganization": {"@type": "Organization", "name": "../../Lumen\u001b[31m Harbor\u009d0;t\u0007/.."},
 "datePosted": "2025-05-01",
 "description": "<p>Run the platform.</p><h2>Requirements</h2><ul><li>Go and \u2066Kubernetes\u2069 \u001b[2J</li><li>See <a href='javascript:alert(1)'>this</a> [y](javascript:alert(2)) &lt;img src=x onerror=alert(3)&gt;</li></ul>"}
</script></head>
<body><h1>Platform Engineer</h1><p>Run the platform.</p></body></html>
)page";

// No byte that a terminal or a markdown viewer would obey: C0 controls but
// '\n', DEL, C1 controls (UTF-8 C2 80..9F), bidi overrides and isolates.
void CheckPlainText(const std::string& what, const std::string& text) {
  INFO(what << ":\n" << text);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
    INFO("byte " << i);
    CHECK_FALSE(((c < 0x20 && c != '\n') || c == 0x7F));
    CHECK_FALSE((c == 0xC2 && next >= 0x80 && next <= 0x9F));
    CHECK_FALSE((c == 0xE2 && next == 0x80 && third >= 0xAA && third <= 0xAE));
    CHECK_FALSE((c == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9));
  }
  // Nor their JSON spellings.
  for (const char* escaped : {"\\u001b", "\\u0007", "\\u009b", "\\u009d", "\\u202e", "\\u2066"}) {
    CHECK(text.find(escaped) == std::string::npos);
  }
}

// The record has its skeleton once and no live link or raw HTML.
void CheckRecordStructure(const std::string& record) {
  INFO(record);
  int status_headings = 0;
  for (const std::string& line : Lines(record)) {
    if (line == "## Status") ++status_headings;
    CHECK(line != "REJECTED");
  }
  CHECK(status_headings == 1);
  CHECK(record.find("](javascript") == std::string::npos);
  CHECK(record.find("<a ") == std::string::npos);
  CHECK(record.find(" <img") == std::string::npos);
  // The words are kept, as text: the title's link escaped.
  CHECK(record.find("[x]\\(javascript:alert(1))") != std::string::npos);
}

struct Served {
  TempDir root;
  LoopbackServer* server = nullptr;
  Served() {
    std::ofstream(root / "hostile.html", std::ios::binary) << kHostilePage;
    server = &testing::SharedLoopbackServer(root.path());
  }
};

}  // namespace

TEST_CASE("hostile content: single runs print plain text on stdout and stderr") {
  Served served;
  const std::string url = served.server->url("/hostile.html");
  for (const char* format : {"md", "json", "jsonl"}) {
    INFO(format);
    testing::RunResult r = RunJobpipe({"--date", "2025-05-07", "--format", format, url});
    REQUIRE(r.exit_code == 0);
    CheckPlainText("stdout", r.out);
    CheckPlainText("stderr", r.err);
    if (std::string(format) == "md") CheckRecordStructure(r.out);
  }
}

TEST_CASE("hostile content: a batch writes a plain record named inside its folder") {
  Served served;
  TempDir work;
  const std::string out_dir = work / "records";
  const std::string url = served.server->url("/hostile.html");
  testing::RunResult r = RunJobpipe(
      {"--batch", "-", "--format", "jsonl", "--out-dir", out_dir, "--date", "2025-05-07"}, url + "\n");
  REQUIRE(r.exit_code == 0);
  CheckPlainText("stdout", r.out);
  CheckPlainText("stderr (progress and summary)", r.err);
  // The one record is in the folder, the folder's parent holds nothing else.
  CHECK(FilesIn(work.path()) == std::vector<std::string>{"records"});
  const std::vector<std::string> records = RecordsIn(out_dir);
  REQUIRE(FilesIn(out_dir) == records);
  REQUIRE(records.size() == 1);
  const std::string& name = records[0];
  INFO(name);
  CHECK(name.find("..") == std::string::npos);
  CHECK(name.find("31m") == std::string::npos);
  CHECK(name.find("pwned") == std::string::npos);
  CheckPlainText("file name", name);
  const std::string record = ReadFile(out_dir + "/" + name);
  CheckPlainText("record", record);
  CheckRecordStructure(record);
}

}  // namespace jobpipe
