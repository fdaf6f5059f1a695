// Dates as the record writes them (YYYY-MM-DD), and days between them: the
// tracker's "days since the last status change" and "deadline passed".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::tracker {

/// Today in local time, as the record's Application Date is written.
std::string TodayLocal();

/// YYYY-MM-DD with a real month and day (2026-02-30 is not one).
bool IsCalendarDate(std::string_view text);

/// Days from `from` to `to` (negative when `to` is earlier); nullopt when
/// either is not a calendar date.
std::optional<long> DaysBetween(std::string_view from, std::string_view to);

}  // namespace jobpipe::tracker
