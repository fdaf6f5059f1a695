// Job sites that show how long ago a job was posted instead of a date
// (LinkedIn's top card: "2 days ago", "Reposted 3 weeks ago", "5 giorni
// fa"). The date is counted back from the run's date (--date, default
// today), so the same input and date always give the same output.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::facts {

/// "3 weeks ago" with run date "2026-01-22" -> "2026-01-01". Minutes and
/// hours give the run date; months and years are calendar ones (the day
/// clamped to the month's end). English, Italian, German, French, Spanish,
/// Portuguese and Dutch phrases. nullopt when the phrase has no count and
/// unit, or gives only a bound ("30+ days ago"), or the run date is not
/// YYYY-MM-DD.
std::optional<std::string> DateFromPostedAgo(std::string_view phrase, std::string_view run_date);

/// A phrase that says how long ago the job was posted: an "ago" word ("2
/// weeks ago", "vor 2 Tagen", "il y a 3 jours", "hace 5 días", "há 2
/// dias", "3 giorni fa", "2 dagen geleden") and a count and unit
/// DateFromPostedAgo reads. "5 years of experience" is none.
bool IsPostedAgo(std::string_view phrase);

}  // namespace jobpipe::facts
