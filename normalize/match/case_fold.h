// How RE2's (?i) folds case for ASCII, for code that looks for ASCII
// spellings or keywords instead of (or before) running a case-insensitive
// pattern and must find everything the pattern would: letters of either
// case, and two non-ASCII signs that RE2 also folds to ASCII letters.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

#include "core/text/ascii.h"

namespace jobpipe::match {

inline constexpr std::string_view kKelvinSign = "\xE2\x84\xAA";  // U+212A, folds to "k"
inline constexpr std::string_view kLongS = "\xC5\xBF";           // U+017F, folds to "s"

/// The character at text[at] as a lowered ASCII letter of a (?i) pattern
/// sees it, and its length in the text: ASCII lowered, the two signs as
/// "k" and "s", any other byte as it is (so it equals no ASCII letter);
/// {'\0', 0} past the end.
inline std::pair<char, std::size_t> FoldedAsciiAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {'\0', 0};
  const char c = text[at];
  if (static_cast<unsigned char>(c) < 0x80) return {textkit::AsciiLower(c), 1};
  if (text.substr(at, kKelvinSign.size()) == kKelvinSign) return {'k', kKelvinSign.size()};
  if (text.substr(at, kLongS.size()) == kLongS) return {'s', kLongS.size()};
  return {c, 1};
}

}  // namespace jobpipe::match
