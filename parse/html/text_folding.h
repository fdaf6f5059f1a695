// Whitespace folding for text taken out of markup: every run of white space
// (ASCII, no-break and the Unicode spaces) becomes one space, and invisible
// characters (zero-width space/joiners, word joiner, BOM, soft hyphen) are
// dropped, so a block is one clean line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::html {

/// Appends `text` to `out` folded. A space is only written between two
/// visible characters: never at the start of `out`, never twice.
/// Returns how many visible (non-space) bytes were appended.
std::size_t AppendFolded(std::string& out, std::string_view text);

/// `text` folded and trimmed.
std::string Folded(std::string_view text);

/// Removes trailing spaces from `text`.
void TrimRight(std::string& text);

/// ASCII letters lower-cased, other bytes unchanged (for markers and labels).
std::string AsciiLowered(std::string_view text);

/// nullopt for "", else the text: facts are unknown rather than empty.
std::optional<std::string> NonEmpty(std::string text);

}  // namespace jobpipe::html
