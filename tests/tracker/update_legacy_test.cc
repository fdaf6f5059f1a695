// `jobpipe update` on records written before jobpipe kept digests
// (docs/RECORD.md, "The digest line"): no part can be proved untouched, so
// each is the user's. Nothing is replaced; a part that differs from what
// the posting says now is reported; a digest line is appended for the
// parts that read exactly as jobpipe writes them now. Every record is
// compared byte for byte with its expected file or its input.
#include <catch2/catch.hpp>

#include <filesystem>

#include "tests/tracker/tracker_test_util.h"

namespace jobpipe {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;
using testing::RunJobpipe;
using tracker_test::kTrackerFixtures;
using tracker_test::Names;
using tracker_test::ServedFolder;
using tracker_test::WriteBytes;

const std::string kLegacy = kTrackerFixtures + "/update/legacy";

testing::RunResult Update(const ServedFolder& folder, std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"update",         folder.dir.path(),
                                   "--today",        "2026-12-07",
                                   "--delay",        "0",
                                   "--retries",      "0",
                                   "--jobs",         "1",
                                   "--adapter-base", "linkedin=" + folder.server.base_url(),
                                   "--adapter-base", "greenhouse=" + folder.server.base_url()};
  args.insert(args.end(), extra.begin(), extra.end());
  return RunJobpipe(args);
}

std::string ExpectedPath(const std::string& name) {
  return kLegacy + "/" + name.substr(0, name.size() - 3) + ".expected.md";
}

// fixtures/tracker/check/records: written before the digest line existed.
TEST_CASE("update: records without digests have nothing replaced and gain a digest line",
          "[network]") {
  ServedFolder folder(kTrackerFixtures + "/check/records", kTrackerFixtures + "/served");
  auto run = Update(folder);
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == ReadFile(kLegacy + "/update.expected.txt"));
  CHECK(folder.Normal(run.err) == ReadFile(kLegacy + "/update.expected.err"));
  int gained = 0;
  for (const std::string& name : Names(folder.records)) {
    INFO(name);
    if (fs::exists(ExpectedPath(name))) {
      ++gained;
      CHECK(folder.Record(name) == ReadFile(ExpectedPath(name)));
    } else {
      CHECK(folder.Record(name) == folder.Input(name));  // closed, no URL, not a record
    }
  }
  CHECK(gained == 2);

  // Once it has a digest line, a record's agreeing parts are jobpipe's:
  // the next update finds them untouched and nothing else to do.
  auto again = Update(folder, {"--quiet"});
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("0 updated, 2 unchanged, 6 closed") != std::string::npos);
  for (const std::string& name : Names(folder.records)) {
    INFO(name);
    CHECK(folder.Record(name) ==
          (fs::exists(ExpectedPath(name)) ? ReadFile(ExpectedPath(name)) : folder.Input(name)));
  }
}

// A record without digests from an older jobpipe whose fact lines it
// words differently now (fixtures/tracker/README.md, "rerendered/"): its
// Job Description says what the posting says, so it is neither replaced
// nor reported, and gets no digest (its text is not jobpipe's of today).
TEST_CASE("update: a part an older jobpipe worded differently is kept without a report",
          "[network]") {
  const std::string rerendered = kTrackerFixtures + "/rerendered";
  const std::string name = "2026-11-10-saltmarsh-cartography-gis-data-engineer.md";
  ServedFolder folder(rerendered + "/records", rerendered + "/served");
  std::string input = folder.Input(name);
  const std::string digest_line = input.substr(input.rfind("<!-- jobpipe:digests"));
  input.erase(input.size() - digest_line.size());
  WriteBytes(folder.dir / name,
             input);  // as written before digests (the URL stays the placeholder)
  auto run = RunJobpipe({"update", folder.dir / name, "--input",
                         rerendered + "/served/jobs/saltmarsh.html", "--today", "2026-12-07"});
  CHECK(run.exit_code == 0);
  CHECK(folder.Normal(run.out) == "updated\tDIR/" + name + "\tdigests added\n");
  CHECK(folder.Normal(run.err) ==
        "[1/1] updated DIR/" + name +
            " (digests added)\n"
            "jobpipe: update: 1 records: 1 updated, 0 unchanged, 0 closed, 0 failed, 0 skipped (no "
            "URL); 0 parts kept as you have them\n");
  CHECK(ReadFile(folder.dir / name) ==
        input +
            "<!-- jobpipe:digests v1 company=94dbbcca40c01f82 position=92d770fa0b851b87 "
            "company_details=c3f63cba6b7f3e56 skills=90e05f013031aa17 -->\n");
}

}  // namespace
}  // namespace jobpipe
