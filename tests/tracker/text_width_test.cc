// Table cells are cut by display columns, never inside a character.
#include <catch2/catch.hpp>

#include "app/tracker/calendar.h"
#include "app/tracker/text_width.h"

namespace jobpipe::tracker {
namespace {

TEST_CASE("text width: UTF-8 characters, wide East Asian ones, cut with an ellipsis") {
  CHECK(DisplayWidth("Zürich") == 6);
  CHECK(DisplayWidth("软件工程师") == 10);
  CHECK(TruncateToWidth("Zürich", 6) == "Zürich");
  CHECK(TruncateToWidth("Zürich", 4) == "Zür\xE2\x80\xA6");
  CHECK(TruncateToWidth("软件工程师", 5) == "软件\xE2\x80\xA6");
  CHECK(TruncateToWidth("abc", 0).empty());
}

TEST_CASE("calendar: real dates only, days between them") {
  CHECK(IsCalendarDate("2024-02-29"));
  CHECK_FALSE(IsCalendarDate("2026-02-29"));
  CHECK_FALSE(IsCalendarDate("2026-13-01"));
  CHECK(DaysBetween("2026-11-20", "2026-12-07") == 17);
  CHECK(DaysBetween("2026-12-31", "2027-01-01") == 1);
  CHECK(DaysBetween("2026-12-07", "2026-12-01") == -6);
  CHECK_FALSE(DaysBetween("soon", "2026-12-01").has_value());
}

}  // namespace
}  // namespace jobpipe::tracker
