// Job board API answers through ParseJson: Greenhouse, Lever, a bare
// schema.org JobPosting, lists, and JSON that is not a posting at all.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "tests/support/run_binary.h"

namespace jobpipe {
namespace {

ParsedDocument ParseJsonText(const std::string& body, const std::string& fetched_url = "") {
  Document document;
  document.format = "json";
  document.source.type = SourceType::kJson;
  document.source.name = fetched_url.empty() ? "answer.json" : fetched_url;
  document.source.fetched_url = fetched_url;
  document.body = body;
  return ParseJson(document);
}

std::string Fixture(const std::string& name) {
  return testing::ReadFile(std::string(JOBPIPE_FIXTURES_DIR) + "/html/" + name);
}

TEST_CASE("JSON: Greenhouse job board API answer", "[site]") {
  const ParsedDocument parsed = ParseJsonText(
      Fixture("greenhouse-api.json"), "http://127.0.0.1:8080/v1/boards/fennelworks/jobs/7003141");
  CHECK(DebugString(parsed.blocks) == R"(P Fennelworks builds inventory software for independent bookshops.
H3 What you'll do
L0 Run our PostgreSQL fleet
L0 Improve deploy safety & speed
H3 What you bring
L0 Linux and networking fundamentals
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Site Reliability Engineer");
  CHECK(facts.company == "Fennelworks");
  CHECK(facts.location == "Remote - Canada");
  CHECK(facts.workplace == "remote");
  CHECK(facts.employment_type == "full_time");
  CHECK(facts.department == "Infrastructure");
  CHECK(facts.date_posted == "2026-09-02");
  CHECK(facts.identifier == "7003141");
  CHECK(facts.language == "en");
  CHECK(facts.url == "https://job-boards.greenhouse.io/fennelworks/jobs/7003141");
  REQUIRE(facts.salary);
  CHECK(facts.salary->text == "CAD 120,000\u2013145,000");
  CHECK(facts.salary->min == 120000);
  CHECK(facts.salary->max == 145000);
  CHECK(facts.salary->period == std::nullopt);  // Greenhouse does not say
  CHECK(parsed.warnings.empty());
}

TEST_CASE("JSON: Lever postings API answer", "[site]") {
  const ParsedDocument parsed = ParseJsonText(Fixture("lever-api.json"));
  CHECK(DebugString(parsed.blocks) == R"(H0 About Harbrook
P Harbrook makes budgeting apps for families.
H3 What you'll do
L0 Ship features in our iOS app
L0 Mentor two junior engineers
H3 What you'll need
L0 4+ years of Swift
L0 Experience with SwiftUI
P Harbrook is an equal opportunity employer.
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Senior iOS Engineer");
  CHECK(facts.location == "Austin, TX");
  CHECK(facts.workplace == "hybrid");
  CHECK(facts.employment_type == "full_time");
  CHECK(facts.department == "Mobile");
  CHECK(facts.date_posted == "2025-10-01");
  CHECK(facts.url == "https://jobs.lever.co/harbrook/5f1c2b7e-2a4d-4c55-9a0e-6f1b8e2d9a10");
  CHECK(facts.apply_url == "https://jobs.lever.co/harbrook/5f1c2b7e-2a4d-4c55-9a0e-6f1b8e2d9a10/apply");
  REQUIRE(facts.salary);
  CHECK(facts.salary->text == "USD 150,000\u2013175,000 per year");
  CHECK(facts.salary->period == "year");
}

TEST_CASE("JSON: Lever plain-text fallbacks and a list answer", "[site]") {
  const ParsedDocument parsed = ParseJsonText(
      R"([{"text": "Cook", "descriptionPlain": "We run a canteen.\n", "lists": [], "categories": {}},
          {"text": "Second"}])",
      "https://api.lever.co/v0/postings/canteen");
  CHECK(parsed.facts.title == "Cook");
  CHECK(DebugString(parsed.blocks) == "P We run a canteen.\n");
  CHECK(parsed.warnings == std::vector<std::string>{"JSON holds 2 postings; the first one is used"});
}

TEST_CASE("JSON: a bare schema.org JobPosting", "[site][jsonld]") {
  const ParsedDocument parsed = ParseJsonText(R"({"@context": "https://schema.org", "@type": "JobPosting",
    "title": "Welder", "hiringOrganization": {"name": "Ironside"}, "employmentType": "TEMPORARY",
    "description": "<p>Weld things.</p><ul><li>MIG</li></ul>",})");
  CHECK(parsed.facts.title == "Welder");
  CHECK(parsed.facts.company == "Ironside");
  CHECK(parsed.facts.employment_type == "temporary");
  CHECK(DebugString(parsed.blocks) == "P Weld things.\nL0 MIG\n");
}

TEST_CASE("JSON: a Greenhouse list answer gives its first job", "[site]") {
  const ParsedDocument parsed = ParseJsonText(
      R"({"jobs": [{"title": "A", "absolute_url": "https://x/1", "content": "&lt;p&gt;One&lt;/p&gt;"},
                   {"title": "B", "absolute_url": "https://x/2", "content": ""}], "meta": {"total": 2}})");
  CHECK(parsed.facts.title == "A");
  CHECK(DebugString(parsed.blocks) == "P One\n");
}

TEST_CASE("JSON: not a posting, or not JSON, is still a result", "[site]") {
  const ParsedDocument other = ParseJsonText(R"({"weather": "sunny"})");
  CHECK(other.blocks.empty());
  CHECK(other.warnings ==
        std::vector<std::string>{"JSON is not a known job posting (Greenhouse, Lever, schema.org JobPosting, or a "
                                 "record with a title and a description)"});

  const ParsedDocument broken = ParseJsonText("Senior Baker\nWe bake bread.");
  CHECK(!broken.blocks.empty());
  CHECK(broken.warnings.back() == "the JSON could not be read; parsed as text");

  const ParsedDocument odd_types = ParseJsonText(R"({"title": 5, "absolute_url": [], "content": {"x": 1},
    "location": "Paris", "departments": "none", "metadata": 3, "pay_input_ranges": [1]})");
  CHECK(odd_types.facts.title == "5");
  CHECK(odd_types.facts.location == "Paris");
}

}  // namespace
}  // namespace jobpipe
