// Whether a word starts the way a name does, for the rules that take a
// capitalised run of words for a company, a place or a title.
#pragma once

#include <string_view>

namespace jobpipe::facts {

/// True for an uppercase first letter (ASCII, Latin-1, Latin Extended-A,
/// Greek or Cyrillic), a digit, or a letter of a script without case
/// (where case can be no evidence).
bool StartsCapitalized(std::string_view word);

}  // namespace jobpipe::facts
