// "N days ago" from a site's card to a date counted back from the run's
// date (normalize/facts/posted_ago.h), and through Normalize with --date.
#include "normalize/facts/posted_ago.h"

#include <catch2/catch.hpp>
#include <string>

#include "normalize/facts/header_card.h"
#include "normalize/normalize.h"

namespace jobpipe {
namespace {

struct AgoCase {
  const char* phrase;
  const char* run_date;
  std::optional<std::string> date;
};

TEST_CASE("posted ago: phrases to dates", "[facts][dates]") {
  const AgoCase cases[] = {
      {"2 days ago", "2026-01-15", "2026-01-13"},
      {"3 weeks ago", "2026-01-22", "2026-01-01"},
      {"1 week ago", "2026-03-03", "2026-02-24"},    // across February
      {"1 month ago", "2026-03-31", "2026-02-28"},   // the day clamped to February's end
      {"2 months ago", "2026-01-10", "2025-11-10"},  // across the year
      {"a month ago", "2026-05-20", "2026-04-20"},
      {"1 year ago", "2024-02-29", "2023-02-28"},
      {"Reposted 5 hours ago", "2026-01-01", "2026-01-01"},
      {"30 minutes ago", "2026-01-01", "2026-01-01"},
      {"  \n  2 days ago\n ", "2026-01-01", "2025-12-30"},
      {"5 giorni fa", "2026-01-01", "2025-12-27"},
      {"un mese fa", "2026-01-01", "2025-12-01"},
      {"vor 3 Tagen", "2026-01-01", "2025-12-29"},
      {"vor einem Monat", "2026-01-01", "2025-12-01"},
      {"il y a 2 semaines", "2026-01-15", "2026-01-01"},
      {"hace 4 días", "2026-01-05", "2026-01-01"},
      {"há 2 dias", "2026-01-03", "2026-01-01"},
      {"2 dagen geleden", "2026-01-03", "2026-01-01"},
      // No date: a bound, no unit, no count, a bad run date.
      {"30+ days ago", "2026-01-01", std::nullopt},
      {"Be an early applicant", "2026-01-01", std::nullopt},
      {"days ago", "2026-01-01", std::nullopt},
      {"196 applicants", "2026-01-01", std::nullopt},
      {"2 days ago", "2026-13-01", std::nullopt},
      {"2 days ago", "01/01/2026", std::nullopt},
  };
  for (const AgoCase& c : cases) {
    INFO(c.phrase << " on " << c.run_date);
    CHECK(facts::DateFromPostedAgo(c.phrase, c.run_date) == c.date);
  }
}

ParsedDocument CardPosting(std::optional<std::string> date_posted) {
  ParsedDocument parsed;
  parsed.source.name = "card.html";
  parsed.facts.title = "Platform Engineer";
  parsed.facts.company = "Lumenfold";
  parsed.facts.posted_ago = "3 days ago";
  parsed.facts.date_posted = std::move(date_posted);
  Block heading;
  heading.type = BlockType::kHeading;
  heading.text = "What you will do";
  Block item;
  item.type = BlockType::kListItem;
  item.text = "Run the Kubernetes platform of our booking services";
  parsed.blocks = {heading, item};
  return parsed;
}

TEST_CASE("posted ago: counted back from the run's date, a stated date wins", "[facts][dates]") {
  NormalizeOptions options;
  options.date = "2026-01-01";
  auto posting = Normalize(CardPosting(std::nullopt), options);
  REQUIRE(posting.ok());
  CHECK(posting->facts.date_posted == "2025-12-29");
  posting = Normalize(CardPosting("2025-12-20"), options);
  REQUIRE(posting.ok());
  CHECK(posting->facts.date_posted == "2025-12-20");
}

TEST_CASE("posted ago: a phrase with an ago word and a count and unit", "[facts][dates]") {
  for (const char* phrase : {"2 weeks ago", "Reposted 1 week ago", "Posted 3 Days Ago", "Erschienen: vor 2 Tagen",
                             "il y a 3 jours", "hace 5 días", "há 2 dias", "3 giorni fa", "2 dagen geleden"}) {
    INFO(phrase);
    CHECK(facts::IsPostedAgo(phrase));
  }
  for (const char* phrase : {"5 years of experience", "Over 100 applicants", "30+ days ago", "ago", "3 weeks"}) {
    INFO(phrase);
    CHECK_FALSE(facts::IsPostedAgo(phrase));
  }
}

TEST_CASE("posted ago: a pasted header's age becomes the date, as a page's does", "[facts][dates]") {
  const facts::HeaderCard card = facts::ReadHeaderCard(
      {"Data Platform Engineer", "Northwind · Berlin, Germany", "Reposted 1 week ago · Over 100 applicants"}, false);
  CHECK(card.posted_ago == "Reposted 1 week ago");
  CHECK(card.title == "Data Platform Engineer");
  CHECK(card.company == "Northwind");
  CHECK(facts::DateFromPostedAgo(*card.posted_ago, "2025-01-15") == "2025-01-08");
}

}  // namespace
}  // namespace jobpipe
