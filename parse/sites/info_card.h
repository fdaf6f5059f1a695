// The header card most job pages show above the description: an element
// whose class, id or data attribute names it a location ("job__location",
// data-automation="job-detail-location", data-automation-id="locations",
// "hero_locations__x") or the company ("advertiser-name", "company-name",
// "topcard__org-name"). Read from markup names, not from the text, so it
// is a structured source like JSON-LD, only less trusted.
#pragma once

#include <string_view>

#include "core/posting.h"
#include "parse/html/dom.h"

namespace jobpipe::sites {

/// Location and company from the page's labelled card elements.
Facts CardFacts(const html::Dom& dom);

/// Whether a class/id/data value names a location: "location" or
/// "locations" as a whole word of it ("job__location", "companyLocation").
bool NamesLocation(std::string_view value);

}  // namespace jobpipe::sites
