// Which of a record's posting parts (export/posting_parts.h: Company,
// Position, Job Description, Company Details, the key skills) the posting
// now says otherwise: `check` reports a posting as changed in those parts.
// What counts is what the posting says (posting_content.h), not how
// jobpipe rendered it, so a record written by an older jobpipe is not
// "changed" only because today's jobpipe words a fact line differently.
#pragma once

#include <string>
#include <vector>

#include "app/tracker/record_text.h"
#include "export/posting_parts.h"

namespace jobpipe::tracker {

/// The parts' names, as `check` reports them.
inline constexpr const auto& kPostingParts = record::kPostingPartNames;

/// Names of the parts, in kPostingParts order, whose content differs
/// between `record` and `fresh` (the record jobpipe would write from the
/// posting now). A part whose digest (export/record_digests.h) equals the
/// fresh part's is unchanged whatever the user wrote into it since: the
/// posting says exactly what jobpipe wrote then.
std::vector<std::string> ChangedParts(const RecordText& record, const RecordText& fresh);

}  // namespace jobpipe::tracker
