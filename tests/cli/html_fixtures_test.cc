// Saved pages of fixtures/html/ through the real binary, for the pages
// whose whole record matters (not only their blocks, which
// tests/parse/html_pages_test.cc checks):
//
//   jobpipe --format json --date 2025-01-15 fixtures/html/NAME.html
//
// compared with NAME.expected.json, read line by line before it was
// committed. As for the text fixtures, every field is compared except
// source.name (the path given, checked on its own), which expected files
// do not store.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/text_fixtures_json_diff.h"
#include "tests/support/run_binary.h"
#include "tests/support/schema_check.h"

using jobpipe::testing::DescribeDifferences;
using jobpipe::testing::DiffJson;
using jobpipe::testing::ReadFile;
using jobpipe::testing::RunJobpipe;
using jobpipe::testing::SchemaErrors;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path kHtmlFixtures = fs::path(JOBPIPE_FIXTURES_DIR) / "html";

void CheckAgainstExpected(const std::string& name) {
  INFO("fixture " << name);
  const fs::path page = kHtmlFixtures / (name + ".html");
  const fs::path expected_path = kHtmlFixtures / (name + ".expected.json");
  const json expected = json::parse(ReadFile(expected_path.string()), nullptr, false);
  REQUIRE(!expected.is_discarded());
  auto run = RunJobpipe({"--format", "json", "--date", "2025-01-15", page.string()});
  INFO("stderr: " << run.err);
  REQUIRE(run.exit_code == 0);
  json actual = json::parse(run.out, nullptr, false);
  REQUIRE(actual.is_object());
  CHECK(SchemaErrors(actual) == "");
  CHECK(actual["source"]["name"] == page.string());
  actual["source"].erase("name");
  const auto differences = DiffJson(expected, actual);
  if (!differences.empty()) {
    FAIL_CHECK(differences.size() << " field(s) differ from " << expected_path.filename().string()
                                  << "\n"
                                  << DescribeDifferences(differences));
  }
}

}  // namespace

TEST_CASE("html fixtures: a JSON-LD description flattened into one line gives the whole record") {
  // Spanish, a rule, then English: each part's headings and items read
  // back, both parts kept.
  CheckAgainstExpected("workday-flat-description");
}
