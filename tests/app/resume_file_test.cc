// Reading --resume (issue 13): JSON Resume 1.0 into entries; every wrong
// type is reported with the file and the field's path; unknown fields and
// nulls are ignored.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "app/resume/resume_file.h"
#include "tests/support/run_binary.h"

using jobpipe::ErrorCode;
using jobpipe::ParseResume;
using jobpipe::Resume;
using jobpipe::ResumeSection;

namespace {

std::string ErrorOf(const std::string& json) {
  auto resume = ParseResume(json, "me.json");
  if (resume) return "(parsed)";
  CHECK(resume.error().code == ErrorCode::kInvalidResume);
  return resume.error().message;
}

}  // namespace

TEST_CASE("resume: the JSON Resume sections become entries in report order") {
  auto resume = ParseResume(R"({
    "basics": {"name": "Ana Ruiz", "label": "Data engineer", "summary": "Builds pipelines.", "email": "x"},
    "skills": [{"name": "Cloud", "level": "Advanced", "keywords": ["AWS", "Terraform"]}],
    "work": [{"name": "Acme", "position": "Engineer", "summary": "Airflow and dbt", "highlights": ["Kafka topics"]},
             {"company": "Old Format Co", "position": "Analyst"}],
    "education": [{"institution": "Uni", "studyType": "BSc", "area": "Statistics", "courses": ["SQL"]}],
    "projects": [{"name": "Tool", "description": "A CLI", "keywords": ["Rust"], "roles": ["maintainer"]}],
    "volunteer": [{"organization": "Food Bank", "position": "Coordinator", "highlights": ["Excel rosters"]}],
    "certificates": [{"name": "AWS Certified Developer", "issuer": "Amazon"}],
    "languages": [{"language": "Spanish", "fluency": "Native"}],
    "interests": [{"name": "chess"}], "x-custom": {"anything": [1, 2]}
  })", "me.json");
  REQUIRE(resume);
  CHECK(resume->path == "me.json");
  CHECK(resume->name == "Ana Ruiz");
  std::vector<std::string> got;
  for (const auto& e : resume->entries) {
    got.push_back(std::string(jobpipe::ResumeSectionName(e.section)) + "[" + std::to_string(e.index) + "] " + e.name +
                  " | " + e.role);
  }
  CHECK(got == std::vector<std::string>{
                   "basics[0] Summary | Data engineer",
                   "work[0] Acme | Engineer",
                   "work[1] Old Format Co | Analyst",
                   "volunteer[0] Food Bank | Coordinator",
                   "education[0] Uni | BSc, Statistics",
                   "projects[0] Tool | maintainer",
                   "certificates[0] AWS Certified Developer | Amazon",
                   "skills[0] Cloud | Advanced",
                   "languages[0] Spanish | Native",
               });
  // Skills are found once, at load, with the posting matcher.
  CHECK(resume->entries[1].skills == std::vector<std::string>{"Airflow", "dbt", "Kafka"});
  CHECK(resume->entries[4].skills == std::vector<std::string>{"Statistics", "SQL"});
  CHECK(resume->entries[5].skills == std::vector<std::string>{"Rust"});
  CHECK(resume->entries[7].skills == std::vector<std::string>{"AWS", "Terraform"});
  CHECK(resume->entries[8].skills == std::vector<std::string>{"Spanish"});
}

TEST_CASE("resume: a wrong type names the file and the field") {
  struct Case {
    std::string json, message;
  } cases[] = {
      {R"({"work": [{"name": "A"}, {"name": "B"}, {"name": "C", "highlights": "Led a team"}]})",
       "me.json: work[2].highlights: expected an array of strings"},
      {R"({"work": [{"name": "A", "highlights": ["ok", 3]}]})", "me.json: work[0].highlights: expected an array of strings"},
      {R"({"work": {"name": "A"}})", "me.json: work: expected an array"},
      {R"({"work": ["Acme"]})", "me.json: work[0]: expected an object"},
      {R"({"basics": {"name": 7}})", "me.json: basics.name: expected a string"},
      {R"({"basics": "Ana"})", "me.json: basics: expected an object"},
      {R"({"skills": [{"name": "Cloud", "keywords": "AWS, GCP"}]})", "me.json: skills[0].keywords: expected an array of strings"},
      {R"({"education": [{"institution": "U", "score": 3.9}]})", "me.json: education[0].score: expected a string"},
      {R"({"projects": [{"name": "P", "roles": [null]}]})", "me.json: projects[0].roles: expected an array of strings"},
      {R"({"languages": [{"language": ["de"]}]})", "me.json: languages[0].language: expected a string"},
      {R"([{"basics": {}}])", "me.json: expected a JSON Resume object ({\"basics\": ..., \"work\": [...]})"},
      {R"({"interests": [{"name": "chess"}]})", "me.json: no basics, work, education, projects, skills or other entries"},
      {"", "me.json: not JSON: parse error at line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    CHECK(ErrorOf(c.json) == c.message);
  }
  // Not JSON: where the parser stopped.
  CHECK(ErrorOf("{\n  \"work\": [\n    {\"name\": \"A\",}\n  ]\n}").rfind("me.json: not JSON: parse error at line 3, column 18: syntax error while parsing object key", 0) == 0);
}

TEST_CASE("resume: nulls are absent fields, and a nameless entry is named by its role or place") {
  auto resume = ParseResume(R"({"work": [{"name": null, "position": "Nurse", "highlights": null}, {"summary": "x"}]})", "r.json");
  REQUIRE(resume);
  REQUIRE(resume->entries.size() == 2);
  CHECK(resume->entries[0].name == "Nurse");
  CHECK(resume->entries[1].name == "work[1]");
}

TEST_CASE("resume: a file that cannot be read says why") {
  jobpipe::testing::TempDir dir;
  auto missing = jobpipe::LoadResume(dir / "none.json");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().code == ErrorCode::kInvalidResume);
  CHECK(missing.error().message == dir / "none.json: cannot open: No such file or directory");
  auto folder = jobpipe::LoadResume(dir.path());
  REQUIRE_FALSE(folder);
  CHECK(folder.error().message == dir.path() + ": is a directory, not a file");
  std::string path = dir / "ok.json";
  {
    std::ofstream out(path);
    out << R"({"skills": [{"name": "Languages", "keywords": ["Python"]}]})";
  }
  auto ok = jobpipe::LoadResume(path);
  REQUIRE(ok);
  CHECK(ok->entries.at(0).skills == std::vector<std::string>{"Python"});
}
