// Locale-free ASCII character tests and lowering, for keywords, labels,
// protocol text and lexicon lookups: bytes of 0x80 or more are never
// letters, digits or spaces here and pass through unchanged.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::textkit {

/// ' ', tab, newline, vertical tab, form feed, carriage return (what
/// std::isspace says in the C locale).
constexpr bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
constexpr bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiAlpha(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool IsAsciiAlnum(char32_t c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

constexpr char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// ASCII letters lowered, every other byte kept.
inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace jobpipe::textkit
