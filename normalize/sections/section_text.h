// Text helpers for section building: folding text into a matchable form,
// cutting prose into sentences and cleaning list items.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::sections {

/// Lowercase ASCII words separated by single spaces: accents folded
/// ("Über" -> "uber"), apostrophes dropped ("you'll" -> "youll"), markdown,
/// punctuation, emoji and other symbols turned into separators. Lexicon
/// phrases and posting text go through the same fold, so a phrase matches
/// whole words whatever the case, accents or decoration.
std::string FoldForMatch(std::string_view text);

/// True if `phrase` (folded) occurs in `folded` on word boundaries; with
/// `at_start`, only as its first words.
bool ContainsPhrase(std::string_view folded, std::string_view phrase, bool at_start);

/// Splits prose into sentences after '.', '!', '?' or '…' followed by a
/// space and a character that is not a lowercase letter. Sentences keep
/// their final punctuation; surrounding spaces are trimmed.
std::vector<std::string> SplitProseSentences(std::string_view text);

/// One line, no list marker, no stray bullets, no trailing ';' or ','
/// (the item's own final period is kept). "" when nothing is left.
std::string CleanItem(std::string_view text);

/// A heading without its decoration: emoji, symbols, markdown marks and
/// spaces at either end ("🧠 What we look for ✨" -> "What we look for").
std::string TrimDecoration(std::string_view text);

/// Folds runs of whitespace into one space and trims both ends.
std::string CollapseSpaces(std::string_view text);

/// Number of words (runs of non-spaces).
int CountWords(std::string_view text);

}  // namespace jobpipe::sections
