// Header-card facts read from markup names (parse/sites/info_card.cc).
#include <catch2/catch.hpp>

#include "parse/html/gumbo_dom.h"
#include "parse/sites/info_card.h"

namespace jobpipe::html {
namespace {

TEST_CASE("Site card: which names mean a location", "[site]") {
  for (const char* value : {"job__location", "job-detail-location", "locations", "hero_locations__eRnMu",
                            "posting-category location", "inlineHeader-companyLocation", "Location"}) {
    CHECK(sites::NamesLocation(value));
  }
  for (const char* value : {"relocation", "allocations", "locationsx", "dislocation-x", ""}) {
    CHECK_FALSE(sites::NamesLocation(value));
  }
}

Facts CardOf(const char* html) { return sites::CardFacts(BuildDom(html)); }

TEST_CASE("Site card: salary from a salary element or a 'Salary' label beside its value", "[site]") {
  CHECK(CardOf("<ul><li class=\"salary\"><span>A definir</span></li></ul>").salary->text == "A definir");
  CHECK(CardOf("<div class=\"job-salary\"><span>Salary:</span> <b>$90,000</b> - <b>$120,000</b></div>").salary->text ==
        "$90,000 - $120,000");
  CHECK(CardOf("<li><div class=\"info\"><span class=\"title\">Salário</span><span class=\"field\">€20 000 - €40 "
               "000</span></div></li>")
            .salary->text == "€20 000 - €40 000");
  CHECK(CardOf("<dl><dt>Salary range</dt><dd>£45,000 – £52,000</dd></dl>").salary->text == "£45,000 – £52,000");
  // A sentence in a salary widget, a label followed by words, a salary link
  // in the navigation: no salary.
  CHECK_FALSE(CardOf("<div class=\"salary-match\">Sign in and add your salary to see matches</div>").salary);
  CHECK_FALSE(CardOf("<dl><dt>Salary</dt><dd>Competitive, depending on experience</dd></dl>").salary);
  CHECK_FALSE(CardOf("<nav><a>Salary</a><a>$ Salary guide 2025</a></nav>").salary);
}

TEST_CASE("Site card: location and company values", "[site]") {
  SECTION("a label before the value goes") {
    const Facts facts = CardOf("<div data-automation-id=\"locations\"><dl><dt>locations</dt><dd>Germany, Munich</dd></dl></div>");
    CHECK(facts.location == "Germany, Munich");
  }
  SECTION("separate values are joined, brackets go") {
    CHECK(CardOf("<span class=\"hero_locations__x\">(<span>United States</span><span>Canada</span>)</span>").location ==
          "United States, Canada");
    CHECK(CardOf("<span data-automation=\"job-detail-location\"><a>Melbourne VIC</a> (Remote)</span>").location ==
          "Melbourne VIC (Remote)");
  }
  SECTION("a company name inside a button") {
    CHECK(CardOf("<button><span data-automation=\"advertiser-name\">Quayside Recruitment</span></button>").company ==
          "Quayside Recruitment");
  }
  SECTION("navigation, hidden copies, icons and long text are not cards") {
    const Facts facts = CardOf(
        "<nav><a class=\"location\">Our locations</a></nav><div class=\"location\" hidden>Paris</div>"
        "<svg class=\"icon-location\"><text>pin</text></svg>"
        "<p class=\"company-name\">This paragraph is far too long to be a company name because it goes on and on and on.</p>"
        "<div class=\"job__location\">Oslo</div>");
    CHECK(facts.location == "Oslo");
    CHECK(facts.company == std::nullopt);
  }
}

}  // namespace
}  // namespace jobpipe::html
