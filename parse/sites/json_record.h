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

/// A job record whose title is under a name only a job's title goes by
/// ("title", "jobTitle", not "name"): one that may be looked for inside
/// a wrapper object without taking a person or a company for a posting.
bool IsTitledJobRecord(const jsonld::Json& value);

/// Fills facts and blocks of `parsed` from such a record.
void ReadJobRecord(const jsonld::Json& record, ParsedDocument& parsed);

}  // namespace jobpipe::sites
