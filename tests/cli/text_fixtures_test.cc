// The invented postings of fixtures/text/ through the real binary:
//
//   jobpipe --format json --date 2025-01-15 fixtures/text/NN-name.txt
//
// and its JSON compared with NN-name.expected.json, which was read line by
// line against the human spec NN-name.expect.md before it was committed.
//
// What is compared: every field, recursively (objects key by key, arrays
// item by item, numbers by value so 19.5 == 19.50), except source.name.
// source.name is the path given on the command line and so depends on where
// the checkout lives: it is checked on its own (it must be exactly the path
// passed) and then removed from the output; expected files do not store it.
// A mismatch lists each differing field as a JSON Pointer path with the
// expected and the actual value.
//
// No fixture is skipped silently. A .txt must have an .expected.json, or be
// listed in fixtures/text/PENDING.tsv with the reason its output is not yet
// right (a wrong output is never saved as expected; the details are in the
// notes' fixture-mismatches.md). Pending fixtures still run and must give
// valid JSON; a pending fixture that has an expected file fails, so the list
// cannot go stale.
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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

const fs::path kTextFixtures = fs::path(JOBPIPE_FIXTURES_DIR) / "text";
const char* const kDate = "2025-01-15";

struct Fixture {
  std::string name;  // "01-linkedin-data-analyst-en"
  fs::path input;    // .txt
  fs::path expected;  // .expected.json (may not exist)
};

std::vector<Fixture> TextFixtures() {
  std::vector<Fixture> fixtures;
  for (const auto& entry : fs::directory_iterator(kTextFixtures)) {
    if (entry.path().extension() != ".txt") continue;
    std::string name = entry.path().stem().string();
    fixtures.push_back({name, entry.path(), kTextFixtures / (name + ".expected.json")});
  }
  std::sort(fixtures.begin(), fixtures.end(),
            [](const Fixture& a, const Fixture& b) { return a.name < b.name; });
  return fixtures;
}

// PENDING.tsv: "name<TAB>reason" lines; "#" starts a comment.
std::map<std::string, std::string> PendingFixtures() {
  std::map<std::string, std::string> pending;
  std::ifstream in(kTextFixtures / "PENDING.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    pending[line.substr(0, tab)] = tab == std::string::npos ? "" : line.substr(tab + 1);
  }
  return pending;
}

// Strings that must never reach the output, whatever the input's encoding.
std::string ForbiddenCharacters(const json& document) {
  std::vector<std::pair<std::string, const json*>> stack{{"", &document}};
  while (!stack.empty()) {
    auto [path, value] = stack.back();
    stack.pop_back();
    if (value->is_string()) {
      const std::string& s = value->get_ref<const std::string&>();
      if (s.find('\r') != std::string::npos) return path + " contains a carriage return";
      if (s.find("\xEF\xBB\xBF") != std::string::npos) return path + " contains a BOM";
    } else if (value->is_object()) {
      for (const auto& [key, child] : value->items()) stack.push_back({path + "/" + key, &child});
    } else if (value->is_array()) {
      for (std::size_t i = 0; i < value->size(); ++i) {
        stack.push_back({path + "/" + std::to_string(i), &(*value)[i]});
      }
    }
  }
  return "";
}

// Runs the binary on one fixture and checks what every output must be.
// Returns the output without source.name, or null when a check failed.
json RunAndCheckInvariants(const Fixture& fixture) {
  INFO("fixture " << fixture.name);
  auto run = RunJobpipe({"--format", "json", "--date", kDate, fixture.input.string()});
  INFO("stderr: " << run.err);
  CHECK(run.exit_code == 0);
  json output = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  if (!output.is_object()) {
    FAIL_CHECK("stdout is not a JSON object:\n" << run.out.substr(0, 2000));
    return nullptr;
  }
  CHECK(SchemaErrors(output) == "");
  CHECK(ForbiddenCharacters(output) == "");
  CHECK(output.value("/source/type"_json_pointer, "") == "text");
  CHECK(output.value("/source/name"_json_pointer, "") == fixture.input.string());
  CHECK(output.value("/application/date"_json_pointer, "") == kDate);
  if (output.contains("source") && output["source"].is_object()) output["source"].erase("name");
  return output;
}

}  // namespace

TEST_CASE("text fixtures: every posting has a reviewed expected JSON or a stated reason") {
  auto fixtures = TextFixtures();
  auto pending = PendingFixtures();
  REQUIRE(fixtures.size() >= 18);
  for (const Fixture& fixture : fixtures) {
    INFO("fixture " << fixture.name);
    CHECK(fs::exists(kTextFixtures / (fixture.name + ".expect.md")));
    bool has_expected = fs::exists(fixture.expected);
    bool is_pending = pending.count(fixture.name) > 0;
    if (!has_expected && !is_pending) {
      FAIL_CHECK(fixture.name << ".txt has no .expected.json and is not listed in PENDING.tsv");
    }
    if (has_expected && is_pending) {
      FAIL_CHECK(fixture.name << " has an .expected.json but is still listed in PENDING.tsv");
    }
    if (is_pending) CHECK(!pending[fixture.name].empty());
  }
  for (const auto& [name, reason] : pending) {
    INFO("PENDING.tsv names " << name);
    CHECK(fs::exists(kTextFixtures / (name + ".txt")));
  }
}

TEST_CASE("text fixtures: the binary's JSON matches the reviewed expected JSON") {
  int compared = 0;
  for (const Fixture& fixture : TextFixtures()) {
    if (!fs::exists(fixture.expected)) continue;  // pending, see the test above
    ++compared;
    json expected = json::parse(ReadFile(fixture.expected.string()), nullptr, false);
    if (expected.is_discarded()) {
      FAIL_CHECK(fixture.expected.string() << " is not valid JSON");
      continue;
    }
    json actual = RunAndCheckInvariants(fixture);
    if (actual.is_null()) continue;
    auto differences = DiffJson(expected, actual);
    if (!differences.empty()) {
      FAIL_CHECK(fixture.name << ": " << differences.size() << " field(s) differ from "
                              << fixture.expected.filename().string() << "\n"
                              << DescribeDifferences(differences));
    }
  }
  // Issue 2 asks for at least 15 text fixtures with reviewed expected JSON.
  CHECK(compared >= 15);
}

TEST_CASE("text fixtures: pending postings still give valid JSON") {
  auto pending = PendingFixtures();
  for (const Fixture& fixture : TextFixtures()) {
    if (pending.count(fixture.name) == 0) continue;
    RunAndCheckInvariants(fixture);
  }
}
