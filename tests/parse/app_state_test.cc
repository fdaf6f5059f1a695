// Finding the posting in a page's app state (parse/sites/app_state.h): which JSON
// object is the posting, and which fields around it give its facts. Each row
// is an invented app state and what must come out of it.
#include "parse/sites/app_state.h"

#include <catch2/catch.hpp>
#include <string>

namespace jobpipe::html {
namespace {

// A description long enough to count as a posting's.
const std::string kLongText =
    "<p>Fernhill Bakery bakes sourdough for forty cafes across the city and is looking for a night "
    "shift "
    "baker who enjoys working with long fermentation, wood-fired ovens and a small, friendly "
    "crew.</p>"
    "<ul><li>Shape and bake 600 loaves a night</li><li>Keep the starter cultures healthy</li></ul>";

std::optional<sites::AppStatePosting> Find(const std::string& json) {
  return sites::PostingInAppState(jsonld::Json::parse(json));
}

TEST_CASE("app state: the object with a title and the longest description is the posting",
          "[app-state]") {
  const auto found = Find(R"({"props": {"menu": {"title": "Careers", "description": "Short."},
      "posting": {"jobTitle": "Night Baker", "descriptionHtml": ")" +
                          kLongText + R"(",
                  "companyDescription": ")" +
                          kLongText + kLongText + R"(",
                  "locations": [{"name": "Leeds"}, "Bradford", {"name": "Leeds"}],
                  "employmentType": "PART_TIME", "datePosted": "2026-04-03T08:00:00Z"},
      "company": {"name": "Fernhill Bakery"}}})");
  REQUIRE(found);
  CHECK(found->description_html == kLongText);  // its own description, not the company's
  CHECK(found->facts.title == "Night Baker");
  CHECK(found->facts.company == "Fernhill Bakery");
  CHECK(found->facts.location == "Leeds; Bradford");
  CHECK(found->facts.employment_type == "part_time");
  CHECK(found->facts.date_posted == "2026-04-03");
}

TEST_CASE("app state: titled sections become headed HTML, plain text keeps its lines",
          "[app-state]") {
  const auto found = Find(R"({"job": {"position": "Night Baker", "employer": "Fernhill Bakery",
      "details": {"sections": [{"heading": "The role", "text": "You bake bread & rolls.\nNights only."},
                               {"heading": "You bring", "content": ")" +
                          kLongText + R"("}]}}})");
  REQUIRE(found);
  CHECK(found->description_html ==
        "<h2>The role</h2><p>You bake bread &amp; rolls.<br>Nights only.</p><h2>You bring</h2>" +
            kLongText);
  CHECK(found->facts.company == "Fernhill Bakery");
}

TEST_CASE("app state: a benefits field is added unless the description lists it", "[app-state]") {
  const auto listed =
      Find(R"({"job": {"title": "Night Baker", "description": ")" + kLongText + R"(",
      "benefits": ["Free bread", "Cycle to work scheme"]}})");
  REQUIRE(listed);
  CHECK(listed->description_html ==
        kLongText + "<h2>Benefits</h2><ul><li>Free bread</li><li>Cycle to work scheme</li></ul>");
  const auto already =
      Find(R"({"job": {"title": "Night Baker", "description": ")" + kLongText + R"(",
      "perksAndBenefits": "Shape and bake 600 loaves a night"}})");
  REQUIRE(already);
  CHECK(already->description_html == kLongText);
}

TEST_CASE("app state: no posting in state that only looks like one", "[app-state]") {
  const char* const states[] = {
      // Job cards without descriptions (a "similar jobs" list).
      R"({"jobs": [{"title": "Night Baker", "location": "Leeds"}, {"title": "Driver", "location": "York"}]})",
      // A short teaser.
      R"({"job": {"title": "Night Baker", "description": "Bake bread at night."}})",
      // A rich-text document object, not a text.
      R"({"position": {"title": "Night Baker", "description": {"nodeType": "document", "content": []}}})",
      // A long text without a title next to it.
      R"({"page": {"body": "Fernhill Bakery bakes sourdough for forty cafes across the city and is looking for people who enjoy long fermentation, wood-fired ovens and a small crew. Fernhill Bakery bakes sourdough for forty cafes."}})",
      R"([1, "two", null])",
  };
  for (const char* state : states) {
    INFO(state);
    CHECK_FALSE(Find(state));
  }
}

}  // namespace
}  // namespace jobpipe::html
