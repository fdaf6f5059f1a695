// What `check` counts as the posting saying something else: facts written
// by an older rendering (a place with its country, pay grouped with
// commas, a company with or without its legal form) are the same facts;
// a different place, amount, currency, period, item or fact is not.
#include <catch2/catch.hpp>

#include "app/tracker/posting_content.h"

namespace jobpipe::tracker {
namespace {

struct Pair {
  const char* a;
  const char* b;
  bool same;
};

// Each pair both ways round: sameness has no direction.
template <typename Same>
void CheckPairs(const std::vector<Pair>& cases, Same same) {
  for (const Pair& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(same(c.a, c.b) == c.same);
    CHECK(same(c.b, c.a) == c.same);
  }
}

TEST_CASE("content: one place at two granularities is the same place") {
  CheckPairs(
      std::vector<Pair>{
          {"Eindhoven, Netherlands", "Eindhoven", true},
          {"Saltillo, Coahuila de Zaragoza, MX", "Saltillo", true},
          {"San Francisco, CA, United States", "San Francisco, CA", true},
          {"Dublin, Ireland (Hybrid)", "Dublin, Ireland", true},
          {"Kraków, Poland", "krakow", true},
          {"", "", true},
          {"Eindhoven", "Utrecht", false},
          {"Eindhoven, Netherlands", "Utrecht, Netherlands", false},
          {"Eindhoven, Netherlands", "Eindhoven, Belgium", false},
          {"Eindhoven", "", false},
      },
      SamePlace);
}

TEST_CASE("content: pay is its amounts, currency and period, however grouped") {
  CheckPairs(
      std::vector<Pair>{
          // As jobpipe wrote a JSON-LD salary before, and as it writes it now.
          {"EUR 52,000\u201364,000 per year", "52000-64000 EUR per year", true},
          {"USD 45 per hour", "45 USD per hour", true},
          {"Competitive", "competitive", true},
          {"EUR 52,000\u201364,000 per year", "52000-66000 EUR per year", false},
          {"EUR 52,000\u201364,000 per year", "52000-64000 GBP per year", false},
          {"USD 45 per hour", "45 USD per day", false},
          {"Competitive", "52000-64000 EUR per year", false},
      },
      SamePay);
}

TEST_CASE("content: one employer with or without its legal form or a place after it") {
  CheckPairs(
      std::vector<Pair>{
          {"Saltmarsh Cartography B.V.", "Saltmarsh Cartography", true},
          {"Acme Inc.", "ACME, Inc", true},
          {"Reversed Digital (Utrecht)", "Reversed Digital", true},
          {"Saltmarsh Cartography", "Saltmarsh Surveying", false},
      },
      SameCompany);
}

Posting Recorded() {
  Posting posting;
  posting.facts.company = "Saltmarsh Cartography B.V.";
  posting.facts.title = "GIS Data Engineer";
  posting.facts.location = "Utrecht, Netherlands";
  posting.facts.salary = Salary{"EUR 52,000\u201364,000 per year", {}, {}, {}, {}};
  posting.facts.employment_type = "full_time";
  posting.facts.date_posted = "2026-10-30";
  posting.summary = "Map the Dutch coast's tide gauges.";
  posting.sections = {Section{SectionKind::kRequirements, std::nullopt, "", {"PostGIS", "Python"}}};
  posting.company_details = "Saltmarsh Cartography maps coastlines.";
  posting.skills = {"PostGIS", "Python"};
  return posting;
}

TEST_CASE("content: a re-rendering is no change and each real change names its part") {
  Posting now = Recorded();
  now.facts.company = "Saltmarsh Cartography";
  now.facts.location = "Utrecht";
  now.facts.salary = Salary{"52000-64000 EUR per year", {}, {}, {}, {}};
  now.summary = "Map the Dutch coast's tide gauges";  // punctuation only
  CHECK(PartsWithOtherContent(Recorded(), now).empty());

  Posting item = now;
  item.sections[0].items.push_back("Three years of SQL");
  CHECK(PartsWithOtherContent(Recorded(), item) == std::vector<std::string>{"job_description"});

  Posting fact = now;
  fact.facts.employment_type = "part_time";
  CHECK(PartsWithOtherContent(Recorded(), fact) == std::vector<std::string>{"job_description"});

  Posting pay = now;
  pay.facts.salary.reset();
  CHECK(PartsWithOtherContent(Recorded(), pay) == std::vector<std::string>{"job_description"});

  Posting others = now;
  others.facts.title = "Senior GIS Data Engineer";
  others.company_details = "Saltmarsh Cartography maps coastlines and rivers.";
  others.skills = {"PostGIS"};
  CHECK(PartsWithOtherContent(Recorded(), others) ==
        std::vector<std::string>{"position", "company_details", "skills"});
}

}  // namespace
}  // namespace jobpipe::tracker
