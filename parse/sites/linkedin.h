// LinkedIn's logged-out job pages: the full page and the fragment that
// jobs-guest/jobs/api/jobPosting/<id> answers share their markup. The top
// card states title, company and location; the criteria list states
// seniority, employment type and job function.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/posting.h"
#include "parse/html/dom.h"

namespace jobpipe::sites {

/// Whether the page carries LinkedIn's job card or criteria markup.
bool IsLinkedInJobPage(const html::Dom& dom);

/// Facts from the top card and the criteria list (unset when absent).
Facts LinkedInFacts(const html::Dom& dom);

/// The numeric job id in a LinkedIn job URL (/jobs/view/<slug>-<id>,
/// jobs-guest/jobs/api/jobPosting/<id>, currentJobId=<id>), if any.
std::optional<std::string> LinkedInJobId(std::string_view url);

/// "Mid-Senior level" -> "mid_senior" (also common translations).
std::optional<std::string> SeniorityFromLinkedIn(std::string_view text);

}  // namespace jobpipe::sites
