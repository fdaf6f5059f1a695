// Groups blocks into sections and gives each a kind: from its heading
// (a multilingual lexicon in data/headings/<lang>.tsv) or, for a list with
// no heading, from its items' content. A sentence that introduces a list is
// the section's text, not an item.
#pragma once

#include <vector>

#include "core/posting.h"

namespace jobpipe::sections {

std::vector<Section> BuildSections(const std::vector<Block>& blocks,
                                   std::vector<std::string>* warnings);

/// Content rules that go beyond the posting's own structure. The defaults
/// follow the reviewed fixtures (fixtures/text/*.expect.md): nice-to-haves
/// stay in the list the employer put them in, and prose stays the
/// introduction unless the posting is prose through and through (no
/// responsibilities and no requirements section at all), in which case its
/// sentences are sorted by kind. The hand-labelled corpus (../shared/corpus)
/// reads postings more eagerly; docs/QUALITY.md gives the score both ways.
struct SectionOptions {
  /// "Django is a plus" inside a requirements list -> a preferred section.
  bool split_nice_to_have_items = false;
  /// Sort prose sentences into the kinds a posting lacks ("We offer health
  /// insurance." -> benefits) even when it has responsibilities or
  /// requirements sections.
  bool sort_prose_in_structured_postings = false;
};

std::vector<Section> BuildSections(const std::vector<Block>& blocks, std::vector<std::string>* warnings,
                                   const SectionOptions& options);

}  // namespace jobpipe::sections
