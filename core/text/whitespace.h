// White space: which characters are spaces or invisible, trimming, and
// folding every run of spaces into one. Two sets of spaces, because the
// stages need both: kAscii where only ASCII white space separates (lines
// already cleaned, RE2's \s), kUnicode where text comes from markup or a
// paste (no-break, typographic and ideographic spaces too).
#pragma once

#include <string>
#include <string_view>

#include "core/text/ascii.h"

namespace jobpipe::textkit {

enum class Spaces { kAscii, kUnicode };

/// The Unicode spaces of 0x80 or more: NEL, no-break space, ogham space,
/// U+2000-U+200A, line and paragraph separators, narrow no-break, medium
/// mathematical and ideographic space.
bool IsNonAsciiSpace(char32_t c);

/// ASCII white space or one of the Unicode spaces.
inline bool IsSpace(char32_t c) {
  return c < 0x80 ? IsAsciiSpace(static_cast<char>(c)) : IsNonAsciiSpace(c);
}

/// Characters that take no room and split no word: soft hyphen, zero-width
/// space and (non-)joiners, word joiner, byte order mark.
inline bool IsInvisible(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

/// Spaces of the set removed at both ends.
std::string_view Trim(std::string_view text, Spaces spaces = Spaces::kUnicode);
/// Spaces of the set removed at the start only.
std::string_view TrimStart(std::string_view text, Spaces spaces = Spaces::kUnicode);

/// Every run of spaces of the set becomes one ' '; nothing at either end.
std::string FoldSpaces(std::string_view text, Spaces spaces = Spaces::kUnicode);

/// Appends `text` to `out` with Unicode spaces folded and invisible
/// characters dropped (text taken out of markup). A space is written only
/// between two visible characters: never at the start of `out`, never
/// twice; one trailing space is left so that the next append knows words
/// were separated. Returns how many visible bytes were appended.
std::size_t AppendFoldedVisible(std::string& out, std::string_view text);

}  // namespace jobpipe::textkit
