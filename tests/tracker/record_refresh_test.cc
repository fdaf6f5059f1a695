// The pieces of `jobpipe update`, each on its own: the digests (FNV-1a 64
// of a part's comparable text, on the record's last line), the refresh of
// a record's bytes part by part, and the unified diff of --dry-run.
#include <catch2/catch.hpp>

#include "app/tracker/record_refresh.h"
#include "app/tracker/unified_diff.h"
#include "export/export.h"
#include "export/posting_parts.h"
#include "export/record_digests.h"
#include "export/record_reader.h"
#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

using tracker::KeptBecause;
using tracker::RecordText;
using tracker::RefreshRecord;
using tracker::UnifiedDiff;
using tracker_test::ReplaceAll;

Posting SamplePosting(const std::string& requirement, const std::string& about) {
  Posting p;
  p.facts.company = "Fjordline Analytics";
  p.facts.title = "Data Engineer";
  p.facts.url = "https://example.com/jobs/7";
  p.application = {"PENDING", "2026-11-20"};
  p.summary = "We move weather data.";
  p.sections.push_back(Section{SectionKind::kRequirements, std::nullopt, "", {"SQL", requirement}});
  p.company_details = about;
  p.skills = {"SQL", "dbt"};
  return p;
}

RecordText Parse(const std::string& bytes) { return *RecordText::Parse(bytes, "r.md"); }

TEST_CASE("digests: FNV-1a 64 as 16 hex digits, the published test values") {
  CHECK(record::PartDigest("") == "cbf29ce484222325");
  CHECK(record::PartDigest("a") == "af63dc4c8601ec8c");
  CHECK(record::PartDigest("foobar") == "85944171f73967e8");
}

TEST_CASE("digests: every record jobpipe writes ends with them and they read back") {
  std::string written = RenderMarkdown(SamplePosting("Python", "Fjordline sells forecasts."));
  std::size_t last = written.rfind('\n', written.size() - 2) + 1;
  std::string line = written.substr(last);
  CHECK(line.rfind("<!-- jobpipe:digests v1 company=", 0) == 0);
  CHECK(line.substr(line.size() - 5) == " -->\n");
  auto found = record::FindDigests(written);
  REQUIRE(found);
  CHECK(found->digests == record::DigestsOf(written));
  CHECK(found->digests.at("company") == record::PartDigest("Fjordline Analytics\n"));
  CHECK(found->digests.at("skills") == record::PartDigest("- SQL\n- dbt\n"));
  // The reader does not take the line for a note or a skill.
  CHECK(ReadRecord(written)->skills == std::vector<std::string>{"SQL", "dbt"});
  // CRLF, a BOM and trailing spaces are not edits.
  std::string crlf = "\xEF\xBB\xBF" + ReplaceAll(ReplaceAll(written, "\n", "\r\n"), "Analytics\r\n", "Analytics  \r\n");
  CHECK(record::DigestsOf(crlf) == found->digests);
  CHECK(record::FindDigests(crlf)->digests == found->digests);
}

TEST_CASE("digests: a malformed or other-version line is no digest line") {
  CHECK_FALSE(record::FindDigests("# Application Details\n<!-- jobpipe:digests v1 company=abc\n"));
  CHECK_FALSE(record::FindDigests("# Application Details\n<!-- jobpipe:digests v10 company=abc -->\n"));
  auto partial = record::FindDigests(
      "# Application Details\n<!-- jobpipe:digests v1 company=0123456789abcdef position=XYZ "
      "colour=0123456789abcdef -->\n");
  REQUIRE(partial);
  CHECK(partial->line == 1);
  CHECK(partial->digests == record::PartDigests{{"company", "0123456789abcdef"}});
}

TEST_CASE("refresh: an untouched part takes the posting's new words, an edited one is kept") {
  const std::string written = RenderMarkdown(SamplePosting("Python", "Fjordline sells forecasts."));
  const RecordText fresh =
      Parse(RenderMarkdown(SamplePosting("Python or Scala", "Fjordline sells forecasts to 40 ports.")));
  std::string edited = ReplaceAll(written, "### Application\nPENDING\n", "### Application\nAPPLIED\n");
  edited = ReplaceAll(edited, "Fjordline sells forecasts.\n", "Fjordline: met Ana at PyData.\n");
  auto refresh = RefreshRecord(Parse(edited), fresh, "r.md");
  REQUIRE(refresh);
  CHECK(refresh->refreshed == std::vector<std::string>{"job_description"});
  REQUIRE(refresh->kept.size() == 1);
  CHECK(refresh->kept[0].part == "company_details");
  CHECK(refresh->kept[0].because == KeptBecause::kEdited);
  // Exactly the requirement and the digest line differ.
  std::string expected = ReplaceAll(edited, "- Python\n", "- Python or Scala\n");
  auto old_line = record::DigestLine(record::FindDigests(edited)->digests);
  auto digests = record::FindDigests(edited)->digests;
  digests["job_description"] = record::DigestsOf(fresh.bytes()).at("job_description");
  expected = ReplaceAll(expected, old_line, record::DigestLine(digests));
  CHECK(refresh->bytes == expected);
}

TEST_CASE("refresh: a part edited while the posting kept its words is simply the user's") {
  const std::string written = RenderMarkdown(SamplePosting("Python", "Fjordline sells forecasts."));
  std::string edited = ReplaceAll(written, "Fjordline sells forecasts.\n", "Fjordline sells forecasts.\nMy note.\n");
  auto refresh = RefreshRecord(Parse(edited), Parse(written), "r.md");
  REQUIRE(refresh);
  CHECK(refresh->bytes == edited);
  CHECK(refresh->refreshed.empty());
  CHECK(refresh->kept.empty());
}

TEST_CASE("refresh: a record without digests loses nothing, and gains them for the parts it shares") {
  std::string written = RenderMarkdown(SamplePosting("Python", "Fjordline sells forecasts."));
  std::string legacy = written.substr(0, written.rfind("<!--"));
  legacy.pop_back();  // and no line end at the end either
  const RecordText fresh = Parse(RenderMarkdown(SamplePosting("Scala", "Fjordline sells forecasts.")));
  auto refresh = RefreshRecord(Parse(legacy), fresh, "r.md");
  REQUIRE(refresh);
  CHECK(refresh->refreshed.empty());
  REQUIRE(refresh->kept.size() == 1);
  CHECK(refresh->kept[0].part == "job_description");
  CHECK(refresh->kept[0].because == KeptBecause::kNoDigest);
  CHECK(refresh->digests_added);
  record::PartDigests shared = record::DigestsOf(fresh.bytes());
  shared.erase("job_description");
  CHECK(refresh->bytes == legacy + "\n" + record::DigestLine(shared) + "\n");
}

TEST_CASE("refresh: CRLF records get CRLF lines and every other byte stays") {
  const std::string written = RenderMarkdown(SamplePosting("Python", "Fjordline sells forecasts."));
  const std::string crlf = "\xEF\xBB\xBF" + ReplaceAll(written, "\n", "\r\n");
  const std::string fresh_text = RenderMarkdown(SamplePosting("Python", "Fjordline sells forecasts\nto 40 ports."));
  auto refresh = RefreshRecord(Parse(crlf), Parse(fresh_text), "r.md");
  REQUIRE(refresh);
  CHECK(refresh->refreshed == std::vector<std::string>{"company_details"});
  CHECK(refresh->bytes == "\xEF\xBB\xBF" + ReplaceAll(fresh_text, "\n", "\r\n"));
}

TEST_CASE("diff: unified, with context, counts and a missing final line end") {
  CHECK(UnifiedDiff("a\nb\n", "a\nb\n", "f") == "");
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
  std::string after = "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16";
  CHECK(UnifiedDiff(before, after, "DIR/r.md") ==
        "--- DIR/r.md\n+++ DIR/r.md\n"
        "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
        "@@ -13,3 +13,4 @@\n 13\n 14\n 15\n+16\n\\ No newline at end of file\n");
  // Changes six lines apart share one hunk.
  CHECK(UnifiedDiff("a\n1\n2\n3\n4\n5\n6\nb\n", "A\n1\n2\n3\n4\n5\n6\nB\n", "f") ==
        "--- f\n+++ f\n@@ -1,8 +1,8 @@\n-a\n+A\n 1\n 2\n 3\n 4\n 5\n 6\n-b\n+B\n");
  // Seven apart: two hunks (as GNU diff -u writes them).
  CHECK(UnifiedDiff("a\n1\n2\n3\n4\n5\n6\n7\nb\n", "A\n1\n2\n3\n4\n5\n6\n7\nB\n", "f") ==
        "--- f\n+++ f\n@@ -1,4 +1,4 @@\n-a\n+A\n 1\n 2\n 3\n@@ -6,4 +6,4 @@\n 5\n 6\n 7\n-b\n+B\n");
  CHECK(UnifiedDiff("", "x\n", "f") == "--- f\n+++ f\n@@ -0,0 +1 @@\n+x\n");
  CHECK(UnifiedDiff("x\r\n", "y\r\n", "f") == "--- f\n+++ f\n@@ -1 +1 @@\n-x\r\n+y\r\n");
}

}  // namespace
}  // namespace jobpipe
