// A posting kept as a JSON record by another tool (a scraper's row, a job
// search API's hit, a collector's JSONL line): no site of its own, but the
// fields every such record has under one of a few common names: a title,
// a company, a location, a description (HTML, escaped HTML, markdown or
// text), a URL, a salary, dates. Keys are matched ignoring case, '_' and
// '-' ("job_title" = "jobTitle" = "JobTitle"); values may be strings,
// numbers, objects with a name/label/text, or arrays of those.
#pragma once

#include "core/posting.h"
#include "parse/jsonld/values.h"

namespace jobpipe::sites {

/// An object with a title-like field and a description-like field.
bool IsJobRecord(const jsonld::Json& value);

/// Fills facts and blocks of `parsed` from such a record.
void ReadJobRecord(const jsonld::Json& record, ParsedDocument& parsed);

}  // namespace jobpipe::sites
