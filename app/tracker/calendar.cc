#include "app/tracker/calendar.h"

#include <ctime>

namespace jobpipe::tracker {
namespace {

struct Ymd {
  int year = 0;
  int month = 0;
  int day = 0;
};

std::optional<Ymd> ParseDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  }
  auto number = [&](std::size_t at, std::size_t digits) {
    int n = 0;
    for (std::size_t i = at; i < at + digits; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  Ymd date{number(0, 4), number(5, 2), number(8, 2)};
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
  bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  int longest = kDays[date.month - 1] + (date.month == 2 && leap ? 1 : 0);
  if (date.day > longest) return std::nullopt;
  return date;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
long DaysFromCivil(Ymd d) {
  int y = d.month <= 2 ? d.year - 1 : d.year;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

std::string TodayLocal() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  return buffer;
}

bool IsCalendarDate(std::string_view text) { return ParseDate(text).has_value(); }

std::optional<long> DaysBetween(std::string_view from, std::string_view to) {
  auto a = ParseDate(from);
  auto b = ParseDate(to);
  if (!a || !b) return std::nullopt;
  return DaysFromCivil(*b) - DaysFromCivil(*a);
}

}  // namespace jobpipe::tracker
