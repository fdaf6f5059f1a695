// --resume through the real binary (issue 13): the seed posting with a
// resume shaped like the one its hand-written Notes imply gives Notes of
// the seed's structure, every line naming a posting skill and resume
// entries; JSON gains a schema-valid `match`; the same inputs give the same
// bytes; a bad resume is refused with exit 15 and nothing on stdout.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/support/run_binary.h"
#include "tests/support/schema_check.h"

using jobpipe::testing::ReadFile;
using jobpipe::testing::RunJobpipe;
using jobpipe::testing::SchemaErrors;
using nlohmann::json;

namespace {

const std::string kFixtures = JOBPIPE_FIXTURES_DIR;
const std::string kSeed = kFixtures + "/seed/linkedin-paste-canonical-em-mlops.txt";
const std::string kSeedResume = kFixtures + "/resumes/seed-engineering-manager.json";

// What the record holds from "## Notes" on.
std::string NotesOf(const std::string& record) {
  auto at = record.find("## Notes\n");
  return at == std::string::npos ? "" : record.substr(at);
}

}  // namespace

TEST_CASE("resume: the seed posting and a seed-shaped resume give the reviewed record") {
  auto run = RunJobpipe({"--date", "2025-05-07", "--resume", kSeedResume, kSeed});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out == ReadFile(kFixtures + "/resumes/seed-engineering-manager.expected.md"));
  // Everything before the Notes is the record without a resume.
  std::string plain = ReadFile(kFixtures + "/seed/linkedin-paste-canonical-em-mlops.expected.md");
  CHECK(run.out.substr(0, run.out.find("## Notes\n")) == plain.substr(0, plain.find("## Notes\n")));
  std::string notes = NotesOf(run.out);
  // The seed's structure: the four prompts, bullet points grouped as the seed groups them.
  for (const char* line : {"- Key skills to emphasize:\n", "- Resume customization ideas:\n",
                           "- Resume bullet points to highlight or modify:\n", "  - Work experience:\n",
                           "  - Education:\n", "  - Projects:\n", "- Cover letter points:\n",
                           "  - Opening paragraph: the Engineering Manager - MLOps & Analytics role at Canonical\n"}) {
    CHECK(notes.find(line) != std::string::npos);
  }
  CHECK(notes.find("Work experience:") < notes.find("Education:"));
  CHECK(notes.find("Education:") < notes.find("Projects:"));
  // Kubernetes is asked for and the resume never names it; the second
  // school shows no posting skill and is left out.
  CHECK(notes.find("  - No evidence of Kubernetes (preferred)\n") != std::string::npos);
  CHECK(notes.find("Kubernetes (preferred):") == std::string::npos);
  CHECK(notes.find("Lehman Institute of Technology") == std::string::npos);
}

TEST_CASE("resume: JOBPIPE_RESUME is the default, --resume wins, an empty value is none") {
  auto with_option = RunJobpipe({"--date", "2025-05-07", "--resume", kSeedResume, kSeed});
  setenv("JOBPIPE_RESUME", kSeedResume.c_str(), 1);
  auto from_environment = RunJobpipe({"--date", "2025-05-07", kSeed});
  auto option_wins = RunJobpipe(
      {"--date", "2025-05-07", "--resume", kFixtures + "/resumes/invalid/not-json.json", kSeed});
  setenv("JOBPIPE_RESUME", "", 1);
  auto empty = RunJobpipe({"--date", "2025-05-07", kSeed});
  unsetenv("JOBPIPE_RESUME");
  CHECK(from_environment.exit_code == 0);
  CHECK(from_environment.out == with_option.out);
  CHECK(option_wins.exit_code == 15);
  CHECK(empty.exit_code == 0);
  CHECK(empty.out == ReadFile(kFixtures + "/seed/linkedin-paste-canonical-em-mlops.expected.md"));
}

TEST_CASE("resume: the JSON match explains its coverage, fits the schema and is byte-identical") {
  std::vector<std::string> args = {"--format", "json", "--date", "2025-05-07", "--resume", kSeedResume, kSeed};
  auto first = RunJobpipe(args);
  auto second = RunJobpipe(args);
  REQUIRE(first.exit_code == 0);
  CHECK(first.out == second.out);
  json posting = json::parse(first.out);
  CHECK(SchemaErrors(posting) == "");
  const json& match = posting.at("match");
  CHECK(match.at("resume") == kSeedResume);
  CHECK(match.at("coverage").at("text") == "3 of 3 required skills shown, 5 of 9 preferred, 3 of 6 mentioned");
  CHECK(match.at("coverage").at("required") == json{{"shown", 3}, {"total", 3}});
  // Every matched skill has evidence, every missing one none; together they
  // are the posting's skills.
  std::size_t skills = posting.at("skills").size();
  CHECK(match.at("matched").size() + match.at("missing").size() == skills);
  for (const json& skill : match.at("matched")) CHECK_FALSE(skill.at("evidence").empty());
  for (const json& skill : match.at("missing")) CHECK(skill.at("evidence").empty());
  CHECK(match.at("missing").at(0).at("name") == "Containers");
  CHECK(match.at("entries").at(1) == json{{"section", "work"},
                                          {"index", 0},
                                          {"name", "Northwind Outfitters"},
                                          {"role", "Director of Data Science"},
                                          {"skills", {"Machine Learning", "MLOps", "Python", "Kubeflow", "MLflow"}}});
  // Without a resume there is no match object at all.
  auto plain = RunJobpipe({"--format", "json", "--date", "2025-05-07", kSeed});
  CHECK_FALSE(json::parse(plain.out).contains("match"));
}

TEST_CASE("resume: an invalid resume exits 15 naming the file and the field, before any input is read") {
  struct Case {
    std::string file, message;
  } cases[] = {
      {"invalid/highlights-not-array.json", "work[2].highlights: expected an array of strings"},
      {"invalid/not-json.json", "not JSON: parse error at line 3, column 21: syntax error while parsing object key"},
      {"no-such-resume.json", "cannot open: No such file or directory"},
  };
  for (const Case& c : cases) {
    std::string path = kFixtures + "/resumes/" + c.file;
    INFO(path);
    auto run = RunJobpipe({"--resume", path, "/nonexistent/posting.txt"});
    CHECK(run.exit_code == 15);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("jobpipe: " + path + ": " + c.message, 0) == 0);
  }
}

TEST_CASE("resume: a batch loads the resume once and matches every posting") {
  jobpipe::testing::TempDir dir;
  std::string list = dir / "list.txt";
  {
    std::string lines = kSeed + "\n" + kFixtures + "/text/05-glassdoor-staff-accountant.txt\n";
    FILE* f = std::fopen(list.c_str(), "w");
    std::fputs(lines.c_str(), f);
    std::fclose(f);
  }
  auto run = RunJobpipe({"--batch", list, "--format", "jsonl", "--quiet", "--date", "2025-05-07", "--resume", kSeedResume});
  REQUIRE(run.exit_code == 0);
  auto newline = run.out.find('\n');
  json seed = json::parse(run.out.substr(0, newline));
  json accountant = json::parse(run.out.substr(newline + 1));
  CHECK(seed.at("match").at("coverage").at("text") == "3 of 3 required skills shown, 5 of 9 preferred, 3 of 6 mentioned");
  CHECK(accountant.at("match").at("matched").empty());
  CHECK(accountant.at("match").at("coverage").at("required").at("shown") == 0);
}
