// Reading a markdown record back (one written by RenderMarkdown, perhaps
// edited since by the user) into the fields it holds. Used by batch to know
// which postings a folder already records, and by tests for round trips.
#pragma once

#include <string_view>

#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

/// Company, title, URL (facts.url; empty Job URL or the "<Company> job
/// posting - <Title>" placeholder leaves it unset), status, date, summary,
/// sections and company details. Fails with kNotAPosting when the text does
/// not have the record's "# Application Details" skeleton.
Result<Posting> ReadRecord(std::string_view markdown);

}  // namespace jobpipe
