// Dates: only certain ones become YYYY-MM-DD.
#include <catch2/catch.hpp>

#include "normalize/facts/dates.h"

namespace jobpipe {
namespace {

TEST_CASE("ParseDate reads certain dates in several languages") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"Posted on 2025-03-01", "2025-03-01"},
      {"March 1, 2025", "2025-03-01"},
      {"Sept 30th, 2025", "2025-09-30"},
      {"1 March 2025", "2025-03-01"},
      {"1. März 2026", "2026-03-01"},
      {"1er mars 2026", "2026-03-01"},
      {"15 de marzo de 2026", "2026-03-15"},
      {"01.04.2026", "2026-04-01"},
      {"25/12/2025", "2025-12-25"},
      {"12/25/2025", "2025-12-25"},
      {"03/04/2025", std::nullopt},  // the 3rd of April or March the 4th
      {"in 2025", std::nullopt},
      {"2025-13-40", std::nullopt},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(facts::ParseDate(text) == expected);
  }
}

TEST_CASE("FindValidThrough and FindDatePosted read their cues") {
  std::vector<facts::TextLine> lines = {{"Apply by June 30, 2026 via our portal.", facts::LineOrigin::kProse},
                                 {"Bewerbungsfrist: 15.04.2026", facts::LineOrigin::kItem}};
  CHECK(facts::FindValidThrough(lines) == std::optional<std::string>("2026-06-30"));
  lines = {{"Date limite de candidature : 1er mai 2026", facts::LineOrigin::kItem}};
  CHECK(FindValidThrough(lines) == std::optional<std::string>("2026-05-01"));
  lines = {{"Posted: 2026-01-10", facts::LineOrigin::kHeader}, {"Closing date: 2026-02-10", facts::LineOrigin::kItem}};
  CHECK(facts::FindDatePosted(lines) == std::optional<std::string>("2026-01-10"));
  CHECK(FindValidThrough(lines) == std::optional<std::string>("2026-02-10"));
  lines = {{"We were founded on 2004-05-01.", facts::LineOrigin::kProse}};
  CHECK_FALSE(FindValidThrough(lines).has_value());
  CHECK_FALSE(FindDatePosted(lines).has_value());
}

TEST_CASE("FindValidThrough reads a date right after 'before' in a sentence about applying") {
  std::vector<facts::TextLine> lines = {
      {"Please send your CV to jobs@example.org before 14 February 2025. We reply within a week.", facts::LineOrigin::kProse}};
  CHECK(facts::FindValidThrough(lines) == std::optional<std::string>("2025-02-14"));
  lines = {{"Si te interesa, envía tu CV a rrhh@example.es antes del 28 de febrero de 2025.", facts::LineOrigin::kProse}};
  CHECK(FindValidThrough(lines) == std::optional<std::string>("2025-02-28"));
  // A date not right after the word, or a sentence not about applying.
  lines = {{"Send your CV before the team meets on 3 March 2025.", facts::LineOrigin::kProse},
           {"The product launched before 1 May 2024.", facts::LineOrigin::kProse}};
  CHECK_FALSE(FindValidThrough(lines).has_value());
}

}  // namespace
}  // namespace jobpipe
