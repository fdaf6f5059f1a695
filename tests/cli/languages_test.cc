// One invented posting per language (fixtures/languages/) through the real
// binary: language, title, company and section kinds as EXPECTED.tsv says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/run_binary.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kFolder = fs::path(JOBPIPE_FIXTURES_DIR) / "languages";

struct Expected {
  std::string file, language, title, company, sections;
};

std::vector<Expected> ReadExpected() {
  std::vector<Expected> rows;
  std::ifstream in(kFolder / "EXPECTED.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
    REQUIRE(fields.size() == 5);
    rows.push_back({fields[0], fields[1], fields[2], fields[3], fields[4]});
  }
  return rows;
}

std::string SectionsOf(const json& posting) {
  std::string out;
  for (const json& section : posting["sections"]) {
    if (section["items"].empty()) continue;
    if (!out.empty()) out += ' ';
    out += section["kind"].get<std::string>() + ":" + std::to_string(section["items"].size());
  }
  return out;
}

TEST_CASE("every language has an invented posting, and each is read as EXPECTED.tsv says", "[languages]") {
  const std::vector<Expected> rows = ReadExpected();
  // The languages issue 10 names; each has its posting.
  for (const char* language : {"en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "et", "pl", "cs",
                               "ro", "tr", "ru", "uk", "ja", "zh", "ko"}) {
    INFO(language);
    CHECK(std::any_of(rows.begin(), rows.end(), [&](const Expected& row) { return row.language == language; }));
  }
  for (const Expected& row : rows) {
    INFO(row.file);
    const auto run = jobpipe::testing::RunJobpipe(
        {"--format", "json", "--date", "2026-01-15", (kFolder / row.file).string()});
    REQUIRE(run.exit_code == 0);
    const json posting = json::parse(run.out);
    CHECK(posting.value("language", json()).get<std::string>() == row.language);
    CHECK(posting["title"].get<std::string>() == row.title);
    if (row.company != "?") CHECK(posting["company"] == row.company);
    CHECK(SectionsOf(posting) == row.sections);
  }
}

}  // namespace
