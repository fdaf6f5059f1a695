// Text helpers that only section building needs: list items and headings
// cleaned of what a parser or a writer left around them. General text
// operations (the lexicon fold, sentences, spaces, words) are in core/text/.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::sections {

/// One line, no list marker, no stray bullets, no trailing ';' or ','
/// (the item's own final period is kept). "" when nothing is left.
std::string CleanItem(std::string_view text);

/// A heading without its decoration: emoji, symbols, markdown marks and
/// spaces at either end ("🧠 What we look for ✨" -> "What we look for").
std::string TrimDecoration(std::string_view text);

}  // namespace jobpipe::sections
