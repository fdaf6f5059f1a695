// A list whose items lost their line breaks, inside a flattened
// description: "Define the vision ... to customers Conduct analysis of ...
// processes Collaborate with ...", "... 3D animation software 5 years of
// experience in ... company Must be a strong communicator ...".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/flat/words.h"

namespace jobpipe::flat {

/// An item starts at a capitalised word or a number that
///   - opens items: an action verb of the lexicon's responsibility cues
///     ("Define", "Collaborate"), a word of data/list_item_openers.txt
///     ("Must", "Ability", "Exceptional", "Bachelor's", "Vous devez",
///     "Définir"), or a number of years ("5 years", "8 à 10 ans");
///   - follows a word that can end an item: no article or preposition
///     ("mastery of PowerPoint"), no comma or dash after it, and not a
///     capitalised word (it would be part of a name: "Microsoft Excel");
///     after a number or a sentence's end is fine ("3D 5 ans").
/// Words [first, end) are a list when they split into three items or more
/// and at least one split has no punctuation before it (prose has a
/// period at each of its sentence ends).
struct FlatList {
  std::string lead;  // "In this role you will:" before the first item
  std::vector<std::string> items;
  /// Prose after the last item ("... Bachelor's degree Learn more about
  /// us. We build ..."): several sentences that lost the heading before
  /// them.
  std::string tail;
};

std::optional<FlatList> SplitFlatList(std::string_view paragraph,
                                      const std::vector<FlatWord>& words, std::size_t first,
                                      std::size_t end);

/// True when the text opens a list item (the first rule above), e.g.
/// "Conduct thorough analysis", "S'engager auprès", "8-10 years of".
/// Without `lexicon_verbs`, English action verbs of the section lexicon
/// do not count: many of them are nouns too ("Document", "Lead").
bool OpensListItem(std::string_view text, bool lexicon_verbs = true);

}  // namespace jobpipe::flat
