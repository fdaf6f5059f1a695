// ApplyStatusChange on small records, shape by shape: only the status line
// and the History line change, in the file's own line ends.
#include <catch2/catch.hpp>

#include "app/tracker/record_text.h"
#include "app/tracker/status_edit.h"
#include "app/tracker/statuses.h"

namespace jobpipe::tracker {
namespace {

const std::string kHead = "# Application Details\n\n## Company\nAcme\n\n## Position\nAnalyst\n\n";
const std::string kTail = "## Job Description\nText.\n\n## Application Date\n2026-11-01\n";

std::string Apply(const std::string& bytes, const StatusChange& change) {
  Result<RecordText> record = RecordText::Parse(bytes, "r.md");
  REQUIRE(record.ok());
  Result<std::string> changed = ApplyStatusChange(*record, change, "r.md");
  REQUIRE(changed.ok());
  return *changed;
}

TEST_CASE("status edit: each shape of Status part gets the value and one History line") {
  struct Case {
    const char* name;
    std::string status_part;
    StatusChange change;
    std::string expected_part;
  };
  const std::vector<Case> cases = {
      {"as written",
       "## Status\n### Application\nPENDING\n\n",
       {"APPLIED", "2026-11-02", ""},
       "## Status\n### Application\nAPPLIED\n\n### History\n- 2026-11-02: APPLIED\n\n"},
      {"with a note",
       "## Status\n### Application\nAPPLIED\n\n",
       {"SCREENING", "2026-11-03", "recruiter call"},
       "## Status\n### Application\nSCREENING\n\n### History\n"
       "- 2026-11-03: SCREENING \xE2\x80\x94 recruiter call\n\n"},
      {"history present: appended after its last item, user lines kept",
       "## Status\n### Application\nAPPLIED\n\n### History\n- 2026-11-02: APPLIED\nmy own words\n\n",
       {"OFFER", "2026-11-09", ""},
       "## Status\n### Application\nOFFER\n\n### History\n- 2026-11-02: APPLIED\n"
       "- 2026-11-09: OFFER\nmy own words\n\n"},
      {"empty value (an empty line, as the writer leaves it)",
       "## Status\n### Application\n\n\n",
       {"APPLIED", "2026-11-02", ""},
       "## Status\n### Application\nAPPLIED\n\n### History\n- 2026-11-02: APPLIED\n\n"},
      {"empty value right before History",
       "## Status\n### Application\n### History\n- 2026-11-02: APPLIED\n\n",
       {"REJECTED", "2026-11-20", ""},
       "## Status\n### Application\nREJECTED\n### History\n- 2026-11-02: APPLIED\n"
       "- 2026-11-20: REJECTED\n\n"},
      {"no Application sub-heading",
       "## Status\n\n",
       {"APPLIED", "2026-11-02", ""},
       "## Status\n### Application\nAPPLIED\n\n### History\n- 2026-11-02: APPLIED\n\n"},
      {"user notes under the status stay above the History",
       "## Status\n### Application\nAPPLIED\nvia referral from Sam\n\n",
       {"INTERVIEWING", "2026-11-12", ""},
       "## Status\n### Application\nINTERVIEWING\nvia referral from Sam\n\n### History\n"
       "- 2026-11-12: INTERVIEWING\n\n"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(Apply(kHead + c.status_part + kTail, c.change) == kHead + c.expected_part + kTail);
  }
}

TEST_CASE("status edit: CRLF files get CRLF lines, a BOM stays, a last line without a newline") {
  std::string crlf = "# Application Details\r\n\r\n## Status\r\n### Application\r\nPENDING\r\n\r\n"
                     "## Notes\r\n- x\r\n";
  CHECK(Apply(crlf, {"APPLIED", "2026-11-02", ""}) ==
        "# Application Details\r\n\r\n## Status\r\n### Application\r\nAPPLIED\r\n\r\n"
        "### History\r\n- 2026-11-02: APPLIED\r\n\r\n## Notes\r\n- x\r\n");
  std::string bom = "\xEF\xBB\xBF# Application Details\n## Status\n### Application\nPENDING";
  CHECK(Apply(bom, {"APPLIED", "2026-11-02", ""}) ==
        "\xEF\xBB\xBF# Application Details\n## Status\n### Application\nAPPLIED\n\n"
        "### History\n- 2026-11-02: APPLIED\n");
}

TEST_CASE("status edit: a record without a Status part is refused, not repaired") {
  Result<RecordText> record = RecordText::Parse("# Application Details\n\n## Company\nAcme\n", "r.md");
  REQUIRE(record.ok());
  Result<std::string> changed = ApplyStatusChange(*record, {"APPLIED", "2026-11-02", ""}, "r.md");
  REQUIRE_FALSE(changed.ok());
  CHECK(changed.error().code == ErrorCode::kNotARecord);
  CHECK(changed.error().message.rfind("r.md: ", 0) == 0);
  CHECK(RecordText::Parse("# Notes\n", "n.md").error().code == ErrorCode::kNotARecord);
}

TEST_CASE("status edit: History lines are read back, the user's own lines skipped") {
  Result<RecordText> record = RecordText::Parse(
      "# Application Details\n## Status\n### Application\nOFFER\n\n### History\n"
      "- 2026-11-02: APPLIED\nsome words\n- 2026-11-09: OFFER \xE2\x80\x94 verbal\n- soon: maybe\n"
      "\n## Notes\n- 2026-12-01: not history\n",
      "r.md");
  REQUIRE(record.ok());
  std::vector<HistoryEntry> history = ReadHistory(*record);
  REQUIRE(history.size() == 2);
  CHECK(history[0].date == "2026-11-02");
  CHECK(history[0].status == "APPLIED");
  CHECK(history[0].note.empty());
  CHECK(history[1].status == "OFFER");
  CHECK(history[1].note == "verbal");
  CHECK(CurrentStatus(*record) == "OFFER");
}

TEST_CASE("statuses: names and aliases, any case, '-', '_' and spaces alike") {
  const std::vector<std::pair<const char*, const char*>> known = {
      {"applied", "APPLIED"},         {"Phone Screen", "SCREENING"}, {"phone_screen", "SCREENING"},
      {"interview", "INTERVIEWING"},  {"ON-SITE", "INTERVIEWING"},   {"offered", "OFFER"},
      {"hired", "ACCEPTED"},          {"Rejected", "REJECTED"},      {"withdrew", "WITHDRAWN"},
      {"no reply", "GHOSTED"},        {"expired", "CLOSED"},         {" pending ", "PENDING"},
  };
  for (const auto& [text, name] : known) {
    INFO(text);
    REQUIRE(CanonicalStatus(text).has_value());
    CHECK(*CanonicalStatus(text) == name);
  }
  CHECK_FALSE(CanonicalStatus("Waiting on Mara").has_value());
  CHECK_FALSE(CanonicalStatus("").has_value());
}

}  // namespace
}  // namespace jobpipe::tracker
