// Finding schema.org JobPosting objects: in every <script
// type="application/ld+json"> of a page, or in a bare JSON text (an API
// answer that is itself a JobPosting). Handles @graph, top-level arrays and
// postings nested in other objects (WebPage.mainEntity). Broken JSON is
// repaired where possible (repair.h); what stays broken is a warning.
#pragma once

#include <string_view>
#include <vector>

#include "parse/html/dom.h"
#include "parse/jsonld/values.h"

namespace jobpipe::jsonld {

/// Parses JSON text leniently into zero or more values. Never throws.
std::vector<Json> ParseLenient(std::string_view text, std::string_view where,
                               std::vector<std::string>& warnings);

/// Every JobPosting object inside `value`, in document order.
void CollectJobPostings(const Json& value, std::vector<Json>& postings);

/// Every JobPosting in the page's JSON-LD scripts.
std::vector<Json> JobPostingsInPage(const html::Dom& dom, std::vector<std::string>& warnings);

}  // namespace jobpipe::jsonld
