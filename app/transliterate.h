// Lowercase ASCII for the Latin letters a file name may keep ("é" -> "e",
// "ß" -> "ss", "Œ" -> "oe", fullwidth "Ａ" -> "a").
#pragma once

#include <string_view>

namespace jobpipe {

/// The ASCII spelling of one code point, or "" when it has none (symbols,
/// emoji, non-Latin scripts).
std::string_view TransliterateToAscii(char32_t code_point);

}  // namespace jobpipe
