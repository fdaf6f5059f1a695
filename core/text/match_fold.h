// The fold that lexicon phrases and posting text both go through before a
// phrase is looked up, so that a phrase matches whole words whatever the
// case, accents or decoration. Every script is kept: a phrase of any
// language is written in data/ as that language writes it.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::textkit {

/// Lowercase words separated by single spaces: Latin accents folded to
/// ASCII ("Über" -> "uber"), Greek and Cyrillic lowered (ё as е), apostrophes
/// dropped ("you'll" -> "youll") except after an elided article ("l'offre"
/// -> "l offre"), markdown, punctuation, emoji and other symbols turned
/// into separators, each character of an unspaced script (Han, kana, Thai)
/// a word of its own.
std::string FoldForMatch(std::string_view text);

/// True if `phrase` (folded) occurs in `folded` on word boundaries; with
/// `at_start`, only as its first words.
bool ContainsPhrase(std::string_view folded, std::string_view phrase, bool at_start);

}  // namespace jobpipe::textkit
