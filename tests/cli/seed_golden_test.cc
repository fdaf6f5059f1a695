// The user's own example: their LinkedIn paste must give the record in
// fixtures/seed/*.expected.md (read line by line when it was written).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/run_binary.h"
#include "tests/support/schema_check.h"

using jobpipe::testing::ReadFile;
using jobpipe::testing::RunJobpipe;

namespace {

const std::string kSeed = JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt";
const std::string kExpected =
    JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.expected.md";

std::vector<std::string> ItemsOfKind(const nlohmann::json& out, const std::string& kind) {
  std::vector<std::string> items;
  for (const auto& section : out["sections"]) {
    if (section["kind"] != kind) continue;
    for (const auto& item : section["items"]) items.push_back(item.get<std::string>());
  }
  return items;
}

}  // namespace

TEST_CASE("the seed paste on stdin gives the expected record") {
  std::string expected = ReadFile(kExpected);
  REQUIRE_FALSE(expected.empty());
  auto piped = RunJobpipe({"--date", "2025-05-07"}, ReadFile(kSeed));
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.out == expected);
  auto from_file = RunJobpipe({"--date", "2025-05-07", kSeed});
  CHECK(from_file.out == expected);
}

TEST_CASE("the seed paste as JSON has the contract and the posting's own items") {
  auto r = RunJobpipe({"--format", "json", "--date", "2025-05-07", kSeed});
  REQUIRE(r.exit_code == 0);
  auto out = nlohmann::json::parse(r.out);
  CHECK(jobpipe::testing::SchemaErrors(out) == "");
  CHECK(out["company"] == "Canonical");
  CHECK(out["title"] == "Engineering Manager - MLOps & Analytics");
  CHECK(out["url"] == "https://www.linkedin.com/jobs/view/4125010828/");
  CHECK(out["workplace"] == "remote");
  CHECK(out["application"]["status"] == "PENDING");

  auto responsibilities = ItemsOfKind(out, "responsibilities");
  auto requirements = ItemsOfKind(out, "requirements");
  auto preferred = ItemsOfKind(out, "preferred");
  auto benefits = ItemsOfKind(out, "benefits");
  CHECK(responsibilities.size() == 9);
  CHECK(requirements.size() == 6);
  CHECK(preferred.size() == 10);
  CHECK(benefits.size() == 9);

  // Each item is exactly one of the posting's own items: present in the
  // paste verbatim, and no item swallowed its neighbour.
  std::string paste = ReadFile(kSeed);
  for (const auto* list : {&responsibilities, &requirements, &preferred, &benefits}) {
    for (const std::string& item : *list) {
      INFO(item);
      CHECK(paste.find(item) != std::string::npos);
      CHECK(item.size() < 160);
    }
  }
  CHECK(responsibilities.front() == "Manage a distributed team of engineers and its MLOps/Analytics portfolio");
  CHECK(requirements[1] ==
        "Professional python development experience, preferably with a track record in open source");
  CHECK(preferred[4] == "Experience with public clouds (AWS, Azure, Google Cloud)");
  CHECK(benefits[0] == "Distributed work environment with twice-yearly team sprints in person - "
                       "we've been working remotely since 2004!");
}
