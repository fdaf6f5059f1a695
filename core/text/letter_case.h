// Letter case of a code point. Known for Latin, Greek and Cyrillic, which is
// what the run-together, heading and capital rules need; the letters of
// caseless scripts (Han, kana, Hangul, Arabic, Thai, ...) are letters of
// neither case.
#pragma once

#include <string>
#include <string_view>

#include "core/text/ascii.h"

namespace jobpipe::textkit {

/// The case tests for code points of 0x80 or more (out of line).
bool IsNonAsciiUpper(char32_t c);
bool IsNonAsciiLower(char32_t c);
bool IsNonAsciiLetter(char32_t c);

// ASCII inline: the scans ask for every character.
inline bool IsUpper(char32_t c) { return c < 0x80 ? IsAsciiUpper(c) : IsNonAsciiUpper(c); }
inline bool IsLower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : IsNonAsciiLower(c); }
/// Cased letters plus the letters of caseless scripts.
inline bool IsLetter(char32_t c) { return c < 0x80 ? IsAsciiAlpha(c) : IsNonAsciiLetter(c); }
inline bool IsAlnum(char32_t c) { return IsLetter(c) || IsAsciiDigit(c); }

/// Greek without case or accents (tonos, dialytika), final sigma as sigma:
/// "Ώρα" and "ωρα" fold alike. Other code points come back as they are.
char32_t FoldGreek(char32_t c);

/// Cyrillic capitals (U+0400-U+042F) as their small letters.
char32_t LowerCyrillic(char32_t c);

/// A capital of Latin (Latin-1, Extended-A/B/Additional), Greek or
/// Cyrillic as its small letter; any other code point as it is.
char32_t ToLower(char32_t c);

/// Every letter ToLower knows as its small letter (valid UTF-8 in).
std::string Lowercased(std::string_view text);

/// Each word's first letter as written, its other letters small:
/// "TRØNDELAG" -> "Trøndelag", "SANKT-PETERBURG" -> "Sankt-Peterburg",
/// "L'AQUILA" -> "L'Aquila": names of places. (Valid UTF-8 in; a word is a
/// run of letters.)
std::string CapitalizedWords(std::string_view text);

}  // namespace jobpipe::textkit
