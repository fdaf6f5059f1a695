// Section headings inside a flattened description, where the line breaks
// around them were lost: "...travel is required. Responsibilities Define
// and articulate...", "...corporate events Minimum Qualifications 8-10
// years of...", "...d'entreprise Qualifications minimales 8 à 10 ans...".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "normalize/flat/words.h"

namespace jobpipe::flat {

struct FlatHeading {
  std::size_t first = 0;  // words [first, end) of the paragraph
  std::size_t end = 0;
};

/// A heading is a phrase of the section lexicon (data/headings/<lang>.tsv)
/// that
///   - starts with a capital and has no punctuation inside (a final ':'
///     allowed);
///   - opens the paragraph or follows a rule ("-----"), a sentence's end,
///     or a word that can end a list item: not an article or preposition
///     ("the Requirements Document"), not a word ending in , : - / &; after
///     a capitalised word only when the phrase has two words or more (one
///     word there is part of a name: "Adobe Experience Cloud"), or is
///     "About" with a name ("Learn More About Acme We build"), or names a
///     list whose first item follows ("in PowerPoint Requirements 5 years",
///     items.h);
///   - is followed by a capitalised word or a number: its content's first
///     word ("Responsibilities Define", "Minimum Qualifications 8-10").
/// A phrase ending in "about" takes the name after it ("About Acme We
/// build" -> "About Acme"); "& Belonging" or "and Culture" continue it.
/// Headings do not overlap; in the paragraph's order.
std::vector<FlatHeading> FindFlatHeadings(std::string_view paragraph,
                                          const std::vector<FlatWord>& words);

}  // namespace jobpipe::flat
