// Whitespace folding for text taken out of markup: every run of white space
// (ASCII, no-break and the Unicode spaces) becomes one space, and invisible
// characters (zero-width space/joiners, word joiner, BOM, soft hyphen) are
// dropped, so a block is one clean line (textkit::AppendFoldedVisible,
// core/text/whitespace.h, appends text so folded).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::html {

/// `text` folded and trimmed.
std::string Folded(std::string_view text);

/// Removes trailing spaces from `text`.
void TrimRight(std::string& text);

/// nullopt for "", else the text: facts are unknown rather than empty.
std::optional<std::string> NonEmpty(std::string text);

}  // namespace jobpipe::html
