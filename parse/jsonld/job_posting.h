// Reading one schema.org JobPosting object into the contract's facts, plus
// its description (HTML, turned into blocks by the caller).
#pragma once

#include <string>
#include <vector>

#include "core/posting.h"
#include "parse/jsonld/values.h"

namespace jobpipe::jsonld {

struct JobPostingData {
  Facts facts;
  std::string description_html;  // "" when the posting has none
};

JobPostingData ReadJobPosting(const Json& posting, std::vector<std::string>& warnings);

/// A MonetaryAmount (or a bare number / numeric string) as a Salary;
/// nullopt when it holds no amount.
std::optional<Salary> ReadSalary(const Json& amount);

/// "City, Region, Country" of one Place/PostalAddress (or a string).
std::string ReadPlace(const Json& place);

}  // namespace jobpipe::jsonld
