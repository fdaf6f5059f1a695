// Reading schema.org-ish values as sites write them: a field may be a
// string, a number, an object with a name or value, or an array of those.
// Also the mappings from schema.org/API vocabularies to the contract's
// strings (employment type, salary period, dates).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "core/posting.h"

namespace jobpipe::jsonld {

using Json = nlohmann::json;

/// The member `key` of an object, or nullptr.
const Json* Member(const Json& object, std::string_view key);

/// Readable text of a value: strings entity-decoded and folded; numbers
/// printed; objects by name / @value / value; arrays by their first text.
std::string TextOf(const Json& value);
std::string TextOf(const Json& object, std::string_view key);

/// A number from a number or a numeric string ("120,000", "85000.00").
std::optional<double> NumberOf(const Json& value);

/// "2024-03-05T10:00:00Z", "2024-3-5" -> "2024-03-05"; nullopt when no date.
std::optional<std::string> IsoDate(std::string_view text);

/// Milliseconds since the epoch (Lever's createdAt) -> "YYYY-MM-DD".
std::string IsoDateFromEpochMillis(long long millis);

/// FULL_TIME, "Full-time", CONTRACTOR, INTERN, ... -> contract value.
std::optional<std::string> EmploymentTypeFrom(std::string_view text);

/// HOUR, "per-year-salary", "Monthly", ... -> hour/day/week/month/year.
std::optional<std::string> SalaryPeriodFrom(std::string_view text);

/// "USD 120,000–150,000 per year" from the numbers of a salary.
std::string SalaryText(const Salary& salary);


}  // namespace jobpipe::jsonld
