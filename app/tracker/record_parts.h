// The parts of a record jobpipe wrote from the posting (Company, Position,
// Job Description, Company Details, the key skills), each as comparable
// text (export/posting_parts.h: lines trimmed, blank lines and line ends
// ignored). `check` compares a record with a fresh rendering of its
// posting part by part.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/tracker/record_text.h"
#include "export/posting_parts.h"

namespace jobpipe::tracker {

/// The parts' names, as `check` reports them.
inline constexpr const auto& kPostingParts = record::kPostingPartNames;

/// Part name -> comparable text ("" for a part the record lacks).
std::map<std::string, std::string, std::less<>> PostingParts(const RecordText& record);

/// Names of the parts whose text differs, in kPostingParts order.
std::vector<std::string> ChangedParts(const RecordText& before, const RecordText& after);

}  // namespace jobpipe::tracker
