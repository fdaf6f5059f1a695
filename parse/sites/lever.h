// Lever's postings API (api.lever.co/v0/postings/<company>/<id>): text
// (the title), categories {location, commitment, team, department},
// workplaceType, description (HTML intro), lists [{text, content}] which are
// already sections, additional, hostedUrl, applyUrl, salaryRange, createdAt.
#pragma once

#include <string_view>

#include "core/posting.h"
#include "parse/jsonld/values.h"

namespace jobpipe::sites {

/// Whether `value` is one Lever posting (by its fields, or by the URL).
bool IsLeverPosting(const jsonld::Json& value, std::string_view url);

/// Facts and blocks of one Lever posting object.
void ReadLeverPosting(const jsonld::Json& posting, ParsedDocument& parsed);

}  // namespace jobpipe::sites
