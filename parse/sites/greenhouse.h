// Greenhouse's job board API (boards-api.greenhouse.io/v1/boards/<board>/
// jobs/<id>): title, location.name, content (HTML escaped as text),
// absolute_url, company_name, departments, first_published/updated_at,
// metadata and, with pay transparency, pay_input_ranges.
#pragma once

#include <string_view>

#include "core/posting.h"
#include "parse/jsonld/values.h"

namespace jobpipe::sites {

/// Whether `value` is one Greenhouse job (by its fields, or by the URL).
bool IsGreenhouseJob(const jsonld::Json& value, std::string_view url);

/// Facts and blocks of one Greenhouse job object.
void ReadGreenhouseJob(const jsonld::Json& job, ParsedDocument& parsed);

}  // namespace jobpipe::sites
