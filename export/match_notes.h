// The record's Notes when a resume was given (Posting::match): the four
// prompts of ../shared/RECORD_FORMAT.md filled from the match, each line
// naming the posting's skill (and where the posting asks for it) and the
// resume entries that show it. Nothing is written that the posting or the
// resume does not say.
#pragma once

#include <ostream>

#include "core/posting.h"

namespace jobpipe {

/// Writes the Notes' four parts (after the "## Notes" heading) for a
/// posting whose `match` is set.
void WriteMatchNotes(std::ostream& out, const Posting& posting);

/// How a resume entry is named in a line: its name ("URBN"), "Name
/// (Role)" when `name_is_shared`, and for entries that only list skills
/// their part ("skills: Programming", "certificate: BLS").
std::string EntryLabel(const EntryRef& entry, bool name_is_shared);

}  // namespace jobpipe
