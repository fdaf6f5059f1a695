// JSON-LD as sites write it: repair, finding JobPostings, reading fields.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/jsonld/extract.h"
#include "parse/jsonld/job_posting.h"
#include "parse/jsonld/repair.h"

namespace jobpipe::jsonld {
namespace {

struct RepairCase {
  const char* name;
  const char* script;
  std::vector<std::string> values;  // each re-serialized by nlohmann::json::dump()
};

const std::vector<RepairCase> kRepairCases = {
    {"valid JSON is untouched", R"({"a": 1})", {R"({"a":1})"}},
    {"trailing commas", R"({"a": [1, 2,], "b": {"c": 3,},})", {R"({"a":[1,2],"b":{"c":3}})"}},
    {"raw newline and tab in a string", "{\"d\": \"line one\nline\ttwo\"}", {R"({"d":"line one\nline\ttwo"})"}},
    {"other control characters", "{\"d\": \"a\x01z\"}", {R"({"d":"a\u0001z"})"}},
    {"invalid escape", R"({"d": "it\'s"})", {R"({"d":"it's"})"}},
    {"HTML comment wrapper", "<!--\n{\"a\": 1}\n-->", {R"({"a":1})"}},
    {"CDATA wrapper", "//<![CDATA[\n{\"a\": 1}\n//]]>", {R"({"a":1})"}},
    {"JavaScript comments", "{\"a\": 1 // one\n, /* two */ \"b\": 2}", {R"({"a":1,"b":2})"}},
    {"concatenated objects", R"({"a": 1}{"b": 2};{"c": 3})", {R"({"a":1})", R"({"b":2})", R"({"c":3})"}},
    {"a top-level array", R"([{"a": 1}, {"b": 2}])", {R"([{"a":1},{"b":2}])"}},
    {"entity-escaped JSON", "{&quot;a&quot;: &quot;R&amp;D&quot;}", {R"({"a":"R&D"})"}},
    {"cut off at the end", R"({"a": [1, 2, {"b": "text)", {R"({"a":[1,2,{"b":"text"}]})"}},
    {"braces inside strings", R"({"a": "{not} [an] object,"})", {R"({"a":"{not} [an] object,"})"}},
    {"nothing", "   ", {}},
};

TEST_CASE("JSON-LD repair: broken JSON becomes valid JSON", "[jsonld]") {
  for (const RepairCase& c : kRepairCases) {
    SECTION(c.name) {
      const std::vector<std::string> pieces = SplitAndRepair(c.script);
      std::vector<std::string> dumped;
      for (const std::string& piece : pieces) {
        const Json value = Json::parse(piece, nullptr, false);
        REQUIRE(!value.is_discarded());
        dumped.push_back(value.dump());
      }
      CHECK(dumped == c.values);
    }
  }
}

TEST_CASE("JSON-LD: garbage is a warning, never a failure", "[jsonld]") {
  std::vector<std::string> warnings;
  CHECK(ParseLenient("{\"a\": tru}", "JSON-LD script 1", warnings).empty());
  CHECK(ParseLenient("\x00\xff garbage", "JSON-LD script 2", warnings).empty());
  CHECK(ParseLenient("{\"a\": }}}}]]]", "JSON-LD script 3", warnings).empty());
  CHECK(warnings == std::vector<std::string>{"JSON-LD script 1: invalid JSON ignored",
                                             "JSON-LD script 2: no JSON value found",
                                             "JSON-LD script 3: invalid JSON ignored"});
}

TEST_CASE("JSON-LD: JobPostings are found wherever they are", "[jsonld]") {
  const Json value = Json::parse(R"([
    {"@type": "Organization", "name": "X"},
    {"@graph": [{"@type": "WebPage", "mainEntity": {"@type": "JobPosting", "title": "One"}}]},
    {"@type": ["Thing", "JobPosting"], "title": "Two"},
    {"@type": "schema:JobPosting", "title": "Three"}
  ])");
  std::vector<Json> postings;
  CollectJobPostings(value, postings);
  REQUIRE(postings.size() == 3);
  CHECK(postings[0]["title"] == "One");
  CHECK(postings[1]["title"] == "Two");
  CHECK(postings[2]["title"] == "Three");
}

Facts Read(const char* json) {
  std::vector<std::string> warnings;
  return ReadJobPosting(Json::parse(json), warnings).facts;
}

TEST_CASE("JSON-LD: JobPosting fields in their many shapes", "[jsonld]") {
  SECTION("strings where objects are usual") {
    const Facts facts = Read(R"({"title": " Nurse  (RN) ", "hiringOrganization": "St Ives Clinic",
      "jobLocation": "Truro, Cornwall", "employmentType": "Part-time", "identifier": 1234,
      "baseSalary": "31,000"})");
    CHECK(facts.title == "Nurse (RN)");
    CHECK(facts.company == "St Ives Clinic");
    CHECK(facts.location == "Truro, Cornwall");
    CHECK(facts.employment_type == "part_time");
    CHECK(facts.identifier == "1234");
    REQUIRE(facts.salary);
    CHECK(facts.salary->min == 31000);
    CHECK(facts.salary->text == "31,000");
  }
  SECTION("employment types") {
    const std::vector<std::pair<const char*, const char*>> types = {
        {"FULL_TIME", "full_time"}, {"PART_TIME", "part_time"}, {"CONTRACTOR", "contract"},
        {"TEMPORARY", "temporary"}, {"INTERN", "internship"},   {"VOLUNTEER", "volunteer"},
        {"PER_DIEM", "other"},      {"OTHER", "other"},         {"http://schema.org/FullTime", "full_time"}};
    for (const auto& [written, expected] : types) {
      CHECK(EmploymentTypeFrom(written) == expected);
    }
    CHECK(EmploymentTypeFrom("WHENEVER") == std::nullopt);
    CHECK(Read(R"({"employmentType": ["SOMETHING", "CONTRACTOR"]})").employment_type == "contract");
  }
  SECTION("a salary range per month") {
    const Facts facts = Read(R"({"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
      "value": {"@type": "QuantitativeValue", "minValue": "3500", "maxValue": 4200.5, "unitText": "MONTH"}}})");
    REQUIRE(facts.salary);
    CHECK(facts.salary->text == "3500-4200.5 EUR per month");  // the values as the JSON holds them
    CHECK(facts.salary->period == "month");
  }
  SECTION("a salary amount too large for a whole-number type is kept as the JSON writes it") {
    // Found by fuzz_html under UBSan: casting 1e300 to long long is undefined.
    const Facts huge = Read(R"({"baseSalary": {"currency": "EUR",
      "value": {"minValue": 1e300, "maxValue": 2e300, "unitText": "YEAR"}}})");
    REQUIRE(huge.salary);
    CHECK(huge.salary->text == "1e+300-2e+300 EUR per year");
    const Facts past_limit = Read(R"({"baseSalary": {"currency": "USD", "value": {"value": -9.3e18}}})");
    REQUIRE(past_limit.salary);
    CHECK(past_limit.salary->text == "-9.3e+18 USD");
    // A whole number that does fit still prints without a fraction.
    CHECK(Read(R"({"baseSalary": {"currency": "USD", "value": {"value": 120000.0}}})").salary->text == "120000 USD");
  }
  SECTION("a salary with no amount is no salary") {
    CHECK(Read(R"({"baseSalary": {"currency": "USD", "value": {"unitText": "YEAR"}}})").salary == std::nullopt);
  }
  SECTION("a salary value in words is kept as the employer wrote it, when short") {
    // A collective agreement's name ("TES" tables in Finland), "Negotiable".
    const Facts facts = Read(R"({"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": "TES"}})");
    REQUIRE(facts.salary);
    CHECK(facts.salary->text == "TES");
    CHECK(facts.salary->currency == "EUR");
    CHECK(facts.salary->min == std::nullopt);
    CHECK(Read(R"({"baseSalary": {"currency": "USD", "value": "Negotiable"}})").salary->text == "Negotiable");
    // A sentence is no salary.
    CHECK(Read(R"({"baseSalary": {"value": "Sign in to see the salary for this job"}})").salary == std::nullopt);
    CHECK(Read(R"({"baseSalary": {"value": ""}})").salary == std::nullopt);
  }
  SECTION("locations with a Country object and duplicates") {
    const Facts facts = Read(R"({"jobLocation": [
      {"@type": "Place", "address": {"addressLocality": "Oslo", "addressCountry": {"@type": "Country", "name": "Norway"}}},
      {"@type": "Place", "address": {"addressLocality": "Oslo", "addressCountry": {"@type": "Country", "name": "Norway"}}},
      {"@type": "PostalAddress", "addressLocality": "Bergen", "addressRegion": "Bergen"}]})");
    CHECK(facts.location == "Oslo; Bergen");
  }
  SECTION("remote with applicant location requirements") {
    const Facts facts = Read(R"({"jobLocationType": "TELECOMMUTE",
      "applicantLocationRequirements": {"@type": "State", "name": "Ontario"}})");
    CHECK(facts.workplace == "remote");
    CHECK(facts.location == "Ontario");
  }
  SECTION("dates") {
    CHECK(IsoDate("2026-03-05T10:00:00Z") == "2026-03-05");
    CHECK(IsoDate("2026-3-5") == "2026-03-05");
    CHECK(IsoDate("2026/12/01") == "2026-12-01");
    CHECK(IsoDate("March 5, 2026") == std::nullopt);
    CHECK(IsoDate("2026-13-01") == std::nullopt);
    CHECK(IsoDateFromEpochMillis(0) == "1970-01-01");
    CHECK(IsoDateFromEpochMillis(1709251200000LL) == "2024-03-01");
    std::vector<std::string> warnings;
    ReadJobPosting(Json::parse(R"({"datePosted": "yesterday"})"), warnings);
    CHECK(warnings == std::vector<std::string>{"JSON-LD datePosted is not a date: yesterday"});
  }
  SECTION("apply URL only when it differs") {
    CHECK(Read(R"({"url": "https://a/1", "applicationContact": {"url": "https://a/1"}})").apply_url == std::nullopt);
    CHECK(Read(R"({"url": "https://a/1", "applicationContact": {"url": "https://b/1"}})").apply_url == "https://b/1");
  }
  SECTION("an identifier PropertyValue without value names no id") {
    CHECK(Read(R"({"identifier": {"@type": "PropertyValue", "name": "Acme"}})").identifier == std::nullopt);
  }
  SECTION("wrong types are ignored") {
    const Facts facts = Read(R"({"title": ["Cook"], "hiringOrganization": 5, "jobLocation": null,
      "employmentType": {"x": 1}, "baseSalary": [], "datePosted": 20260101})");
    CHECK(facts.title == "Cook");
    CHECK(facts.company == "5");
    CHECK(facts.location == std::nullopt);
    CHECK(facts.employment_type == std::nullopt);
    CHECK(facts.salary == std::nullopt);
  }
}

TEST_CASE("JSON-LD: salary periods", "[jsonld]") {
  CHECK(SalaryPeriodFrom("HOUR") == "hour");
  CHECK(SalaryPeriodFrom("per-year-salary") == "year");
  CHECK(SalaryPeriodFrom("Monthly") == "month");
  CHECK(SalaryPeriodFrom("DAY") == "day");
  CHECK(SalaryPeriodFrom("WEEK") == "week");
  CHECK(SalaryPeriodFrom("ANNUAL") == "year");
  CHECK(SalaryPeriodFrom("") == std::nullopt);
}

}  // namespace
}  // namespace jobpipe::jsonld
