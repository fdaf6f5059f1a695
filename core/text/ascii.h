// Locale-free ASCII character tests and lowering, for keywords, labels,
// protocol text and lexicon lookups: bytes of 0x80 or more are never
// letters, digits or spaces here and pass through unchanged.
#pragma once

#include <algorithm>
#include <cstddef>
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

/// Where `lower_needle` (written in lower case) starts in `text` at or after
/// `from`, ASCII letters of `text` matched in either case ("</SCRIPT" for
/// "</script"); npos when it does not.
inline std::size_t FindAsciiCaseless(std::string_view text, std::string_view lower_needle,
                                     std::size_t from = 0) {
  const auto at = std::search(text.begin() + static_cast<std::ptrdiff_t>(std::min(from, text.size())),
                              text.end(), lower_needle.begin(), lower_needle.end(),
                              [](char a, char b) { return AsciiLower(a) == b; });
  return at == text.end() ? std::string_view::npos : static_cast<std::size_t>(at - text.begin());
}

}  // namespace jobpipe::textkit
