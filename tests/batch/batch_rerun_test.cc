// A rerun of a batch skips what the first run recorded (issue 11's third
// finding): postings were recognised by their raw facts while the record
// keeps cleaned values and the reader keeps only http(s) URLs, so a relative
// JSON-LD url, a malformed canonical link or a control character in a title
// gave "-2.md", "-3.md" on every rerun.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "tests/batch/batch_test_util.h"
#include "tests/support/loopback_server.h"

namespace jobpipe {
namespace {

using batch_test::FilesIn;
using batch_test::QuickOptions;
using batch_test::RecordsIn;
using batch_test::RecordValues;
using batch_test::Run;
using batch_test::WriteLines;
using testing::LoopbackServer;
using testing::SharedLoopbackServer;
using testing::TempDir;

std::string JsonLdPage(const std::string& json, const std::string& head = "") {
  return "<!doctype html><html><head><title>Careers</title>" + head +
         "<script type=\"application/ld+json\">" + json +
         "</script></head><body><h1>Posting</h1><p>Run the platform with us.</p>"
         "<h2>Requirements</h2><ul><li>Go</li><li>Kubernetes</li></ul></body></html>";
}

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("rerun: relative url, odd canonical link and control characters are skipped as recorded") {
  TempDir root;
  // A relative JSON-LD url, as many career sites write it.
  Write(root / "relative.html",
        JsonLdPage(R"({"@type":"JobPosting","title":"Platform Engineer","url":"/careers/jobs/123",)"
                   R"("hiringOrganization":{"name":"Lumen Harbor"},"datePosted":"2025-05-01"})"));
  // A malformed canonical link and a url of another scheme.
  Write(root / "canonical.html",
        JsonLdPage(R"j({"@type":"JobPosting","title":"Data Engineer","url":"javascript:void(0)",)j"
                   R"j("hiringOrganization":{"name":"Quill Works"}})j",
                   "<link rel=\"canonical\" href=\"htps//quill works/jobs/7\">"));
  // Control characters and an escape sequence in the title, in a page
  // whose JSON-LD url is only a fragment.
  Write(root / "control.html",
        JsonLdPage(R"({"@type":"JobPosting","title":"Site\u0007 Reliability\u001b[1m Engineer","url":"#apply",)"
                   R"("hiringOrganization":{"name":"Copper\u009b31m Fern"}})"));
  LoopbackServer& server = SharedLoopbackServer(root.path());

  TempDir dir;
  // A pasted posting (no URL at all: recognised by company and title) whose
  // title holds an escape sequence.
  Write(dir / "pasted.txt",
        "Backend\x1b[31m Engineer\x07\nNorth Gate Labs\n\nAbout the role\nBuild the APIs.\n\n"
        "Requirements\n- Go\n- SQL\n");
  const std::vector<std::string> list = {server.url("/relative.html"), server.url("/canonical.html"),
                                         server.url("/control.html"), dir / "pasted.txt"};
  WriteLines(dir / "list.txt", list);
  BatchOptions options = QuickOptions(dir / "list.txt", dir / "out", true, nullptr);

  auto first = Run(options);
  REQUIRE(first.summary.ok());
  INFO(first.progress << first.out);
  CHECK(first.summary->succeeded == 4);
  const std::vector<std::string> records = RecordsIn(dir / "out");
  CHECK(records.size() == 4);
  // The relative url resolved against the page; the bad ones replaced by
  // the page's own address.
  std::multiset<std::string> urls = RecordValues(dir / "out", "## Job URL");
  CHECK(urls.count(server.url("/careers/jobs/123")) == 1);
  CHECK(urls.count(server.url("/canonical.html")) == 1);
  CHECK(urls.count(server.url("/control.html")) == 1);
  std::multiset<std::string> titles = RecordValues(dir / "out", "## Position");
  CHECK(titles.count("Site Reliability Engineer") == 1);
  CHECK(titles.count("Backend Engineer") == 1);

  for (int rerun = 1; rerun <= 2; ++rerun) {
    INFO("rerun " << rerun);
    auto again = Run(options);
    REQUIRE(again.summary.ok());
    INFO(again.progress << again.out);
    CHECK(again.summary->succeeded == 0);
    CHECK(again.summary->skipped == 4);
    CHECK(again.summary->skipped_by_reason == std::map<std::string, int>{{"already_recorded", 4}});
    CHECK(RecordsIn(dir / "out") == records);
    CHECK(FilesIn(dir / "out") == records);
  }
}

}  // namespace jobpipe
