// Groups blocks into sections and gives each a kind: from its heading
// (a multilingual lexicon in data/section_headings.tsv) or, for a list with
// no heading, from its items' content. A sentence that introduces a list is
// the section's text, not an item.
#pragma once

#include <vector>

#include "core/posting.h"

namespace jobpipe {

std::vector<Section> BuildSections(const std::vector<Block>& blocks,
                                   std::vector<std::string>* warnings);

}  // namespace jobpipe
