// Accent stripping: the lowercase ASCII spelling of a Latin letter ("é" ->
// "e", "ß" -> "ss", "Œ" -> "oe", fullwidth "Ａ" -> "a").
#pragma once

#include <string_view>

namespace jobpipe::textkit {

/// Which letters have a spelling. kAllLatin: every Latin letter the table
/// knows (file names, which must be ASCII). kWesternLatin: Latin-1,
/// Latin Extended-A and Romanian's comma-below s and t, the letters the
/// lexicon fold (core/text/match_fold.h) spells in ASCII; it keeps the
/// rest (Vietnamese, phonetic, fullwidth) as written.
enum class LatinLetters { kAllLatin, kWesternLatin };

/// The ASCII spelling of one code point, or "" when it has none (symbols,
/// emoji, other scripts, letters outside `letters`).
std::string_view TransliterateToAscii(char32_t code_point,
                                      LatinLetters letters = LatinLetters::kAllLatin);

}  // namespace jobpipe::textkit
