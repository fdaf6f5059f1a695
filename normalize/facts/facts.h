// Fills the facts that structured data did not state, from the header
// lines, the sections and the text: title, company, canonical URL,
// location, workplace, employment type, salary, seniority, language.
#pragma once

#include <string>
#include <vector>

#include "core/posting.h"

namespace jobpipe::facts {

/// `facts` arrives with what parse found; only unknown fields are filled.
void ExtractFacts(const ParsedDocument& parsed, const std::vector<Section>& sections,
                  Facts* facts, std::vector<std::string>* warnings);

/// LinkedIn job URLs of every shape -> https://www.linkedin.com/jobs/view/N/;
/// other URLs kept with tracking parameters (utm_*, ...) removed.
std::string CanonicalPostingUrl(const std::string& url);

}  // namespace jobpipe::facts
