// Applicant tracking systems host each employer's jobs under the employer's
// own account name: nvidia.wd5.myworkdayjobs.com, boards.greenhouse.io/acme,
// jobs.lever.co/acme, acme.jobs.personio.de... When a page states no
// company, that name is one; its spelling comes from the posting's text
// ("NVIDIA", "Harbour Light"), never guessed from the lower-case URL.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::sites {

/// The employer's account name in an applicant tracking system's job URL
/// (Workday, Greenhouse, Lever, Ashby, Personio, Teamtailor, SmartRecruiters,
/// Workable), lower case; nullopt for any other URL.
std::optional<std::string> AtsTenant(std::string_view url);

/// The tenant as `text` spells it: the commonest run of one to three words
/// whose letters and digits, lower-cased, are the tenant's. nullopt when
/// the text never names it.
std::optional<std::string> TenantAsWritten(std::string_view tenant, std::string_view text);

}  // namespace jobpipe::sites
