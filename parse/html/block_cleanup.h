// Tidying of the blocks a page walk produced: bullet characters typed into
// paragraphs become list items, heading colons go, empty-of-words blocks go,
// and trailing "similar jobs" / "people also viewed" sections are cut.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::html {

/// Whether a bold-only line is short and shaped like a heading.
bool LooksLikeHeading(std::string_view text);

/// Cleans blocks[first..] in place.
void CleanUpBlocks(std::vector<Block>& blocks, std::size_t first = 0);

/// Whether a heading names a list of other jobs rather than this posting.
bool IsOtherJobsHeading(std::string_view text);

}  // namespace jobpipe::html
