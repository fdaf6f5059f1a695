// The application statuses jobpipe knows (README.md, "Statuses"), with the
// other words people use for them. A status the user writes that is not
// among them is kept as written: the record is theirs.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::tracker {

struct KnownStatus {
  std::string_view name;     // as written in the record, e.g. "INTERVIEWING"
  std::string_view aliases;  // other spellings, space-separated, lower case
};

inline constexpr std::array<KnownStatus, 10> kKnownStatuses = {{
    {"PENDING", "todo to-apply saved new wishlist"},
    {"APPLIED", "sent submitted"},
    {"SCREENING", "screen phone-screen recruiter-call"},
    {"INTERVIEWING", "interview interviews onsite on-site"},
    {"OFFER", "offered"},
    {"ACCEPTED", "accept hired signed"},
    {"REJECTED", "rejection reject turned-down"},
    {"WITHDRAWN", "withdraw withdrew declined"},
    {"GHOSTED", "no-reply no-response silence"},
    {"CLOSED", "expired gone filled"},
}};

/// The known status `text` names (case-insensitive; '-', '_' and spaces
/// alike: "phone screen" = "Phone_Screen" = SCREENING), or nullopt.
std::optional<std::string_view> CanonicalStatus(std::string_view text);

/// "PENDING, APPLIED, ...": for messages and --help.
std::string KnownStatusNames();

}  // namespace jobpipe::tracker
