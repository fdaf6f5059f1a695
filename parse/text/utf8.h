// Code point helpers for the text parser. Ingest guarantees valid UTF-8, but
// every function here stays total on any bytes (a bad byte reads as U+FFFD,
// one byte long). Letter case is known for Latin, Greek and Cyrillic, which
// is what the run-together and heading rules need; other scripts have no
// case and so never trigger them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jobpipe::text {

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes; 0 only at the end of the text
};

/// DecodeAt for a lead byte of 0x80 or more (out of line).
CodePoint DecodeMultiByteAt(std::string_view text, std::size_t at);

/// The code point starting at byte `at` (length 0 when at >= text.size()).
/// ASCII is decoded inline: the parser calls this for every character.
inline CodePoint DecodeAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {0, 0};
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1};
  return DecodeMultiByteAt(text, at);
}

/// The code point ending just before byte `end` (length 0 when end == 0).
CodePoint DecodeBefore(std::string_view text, std::size_t end);

void AppendUtf8(std::string& out, char32_t value);

/// The case tests for code points of 0x80 or more (out of line).
bool IsNonAsciiUpper(char32_t c);
bool IsNonAsciiLower(char32_t c);
bool IsNonAsciiLetter(char32_t c);

// ASCII inline, like DecodeAt: the run-together and heading scans ask for
// every character.
inline bool IsUpper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : IsNonAsciiUpper(c); }
inline bool IsLower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : IsNonAsciiLower(c); }
/// Cased letters plus the letters of caseless scripts (CJK, Arabic, ...).
inline bool IsLetter(char32_t c) {
  return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : IsNonAsciiLetter(c);
}
inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAlnum(char32_t c) { return IsLetter(c) || IsAsciiDigit(c); }
/// IsSpace for code points of 0x80 or more (out of line).
bool IsNonAsciiSpace(char32_t c);

/// ASCII white space and the Unicode spaces (ingest already turned NBSP into
/// a space, but pasted text may carry thin or ideographic spaces).
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return IsNonAsciiSpace(c);
}
/// Pictographs, dingbats and their modifiers (variation selector, skin tone,
/// keycap, joiner): what a line starting with an emoji starts with.
bool IsEmojiPart(char32_t c);

/// Number of code points (a width measure for wrap detection).
std::size_t CodePointCount(std::string_view text);

/// Leading and trailing white space (Unicode spaces included) removed.
std::string_view Trim(std::string_view text);

/// Every run of white space becomes one space; trimmed.
std::string FoldSpaces(std::string_view text);

/// ASCII lowercase of `text` (other bytes unchanged): for lexicon lookups.
std::string AsciiLower(std::string_view text);

}  // namespace jobpipe::text
