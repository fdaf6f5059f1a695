// The record's short texts drawn from sections: the summary (first one to
// three sentences of the introduction) and the about-the-company text.
#pragma once

#include <string>
#include <vector>

#include "core/posting.h"

namespace jobpipe::sections {

/// Longest summary, in bytes, unless its first sentence alone is longer.
inline constexpr size_t kSummaryBudget = 400;

/// The first one to three whole sentences of the introduction's prose,
/// within kSummaryBudget (a first sentence over budget is cut at a word and
/// ends with "…"). Without an introduction, the first prose of the role
/// (responsibilities, then about the company) stands in for it; "" if the
/// posting has no prose at all.
std::string Summarize(const std::vector<Section>& sections);

/// The about-the-company sections' text and items, in order: paragraphs
/// separated by blank lines, a section's items one per line; "" if none.
std::string CompanyDetails(const std::vector<Section>& sections);

}  // namespace jobpipe::sections
