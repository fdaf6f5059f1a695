#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "export/export.h"
#include "tests/support/schema_check.h"

using namespace jobpipe;
using nlohmann::json;

TEST_CASE("an empty posting has every contract field, null or empty") {
  Posting p;
  p.source = {SourceType::kText, "-", "", 0, ""};
  p.application = {"PENDING", "2025-01-15"};
  json out = json::parse(RenderJson(p));
  CHECK(testing::SchemaErrors(out) == "");
  for (const char* field : {"url", "company", "title", "location", "workplace", "employment_type",
                            "salary", "date_posted", "valid_through", "seniority", "department",
                            "apply_url", "language"}) {
    INFO(field);
    REQUIRE(out.contains(field));
    CHECK(out[field].is_null());
  }
  CHECK(out["schema_version"] == 1);
  CHECK(out["summary"] == "");
  CHECK(out["company_details"] == "");
  CHECK(out["sections"] == json::array());
  CHECK(out["skills"] == json::array());
  CHECK(out["warnings"] == json::array());
  CHECK(out["source"] == json{{"type", "text"}, {"name", "-"}});
  CHECK(out["application"] == json{{"status", "PENDING"}, {"date", "2025-01-15"}});
}

TEST_CASE("a full posting renders the contract's values and passes the schema") {
  Posting p;
  p.source = {SourceType::kUrl, "https://example.test/jobs/1?utm_source=x",
              "https://example.test/jobs/1", 200, "2025-01-15T10:00:00Z"};
  p.facts.url = "https://example.test/jobs/1";
  p.facts.company = "Acme";
  p.facts.title = "Welder";
  p.facts.workplace = "onsite";
  p.facts.employment_type = "full_time";
  p.facts.salary = Salary{"$20 - $25 an hour", 20, 25, "USD", "hour"};
  p.facts.language = "en";
  p.sections = {{SectionKind::kRequirements, std::nullopt, "Intro\n\n\nline", {"a\nb", "c"}}};
  p.skills = {"Welding"};
  p.application = {"APPLIED", "2025-01-16"};
  json out = json::parse(RenderJson(p));
  CHECK(testing::SchemaErrors(out) == "");
  CHECK(out["salary"] ==
        json{{"text", "$20 - $25 an hour"}, {"min", 20}, {"max", 25}, {"currency", "USD"},
             {"period", "hour"}});
  CHECK(out["source"]["http_status"] == 200);
  CHECK(out["sections"][0] == json{{"kind", "requirements"},
                                   {"heading", nullptr},
                                   {"text", "Intro\n\nline"},
                                   {"items", {"a b", "c"}}});
}

TEST_CASE("JSONL is one line and a failure line has source and error") {
  Posting p;
  p.application = {"PENDING", "2025-01-15"};
  std::string line = RenderJsonLine(p);
  CHECK(line.find('\n') == line.size() - 1);

  Source source{SourceType::kUrl, "https://example.test/gone", "", 0, ""};
  std::string failure =
      RenderErrorJsonLine(source, MakeError(ErrorCode::kHttpStatus, "HTTP 404 Not Found", 404));
  CHECK(failure.find('\n') == failure.size() - 1);
  json out = json::parse(failure);
  CHECK(testing::SchemaErrors(out) == "");
  CHECK(out == json{{"schema_version", 1},
                    {"source", {{"type", "url"}, {"name", "https://example.test/gone"}}},
                    {"error",
                     {{"code", "http_status"}, {"message", "HTTP 404 Not Found"}, {"http_status", 404}}}});
}

TEST_CASE("fields keep the contract's order") {
  Posting p;
  p.application = {"PENDING", "2025-01-15"};
  std::string text = RenderJson(p);
  CHECK(text.find("\"schema_version\"") < text.find("\"url\""));
  CHECK(text.find("\"url\"") < text.find("\"source\""));
  CHECK(text.find("\"sections\"") < text.find("\"company_details\""));
  CHECK(text.find("\"skills\"") < text.find("\"application\""));
}

TEST_CASE("a skipped batch input has the failure shape with skipped true") {
  Source source{SourceType::kUrl, "https://example.test/jobs/1", "", 0, ""};
  json out = json::parse(RenderSkipJsonLine(source, "already_recorded", "already recorded in a.md"));
  CHECK(testing::SchemaErrors(out) == "");
  CHECK(out["error"] == json{{"code", "already_recorded"},
                             {"message", "already recorded in a.md"},
                             {"skipped", true}});
}
