// UTF-8 decoding, encoding and validation for every stage. Ingest makes a
// document valid UTF-8 (ingest/utf8_text.h); the stages after it still
// decode totally, so that a stray byte can never stop a scan: it reads as
// U+FFFD, one byte long.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jobpipe::textkit {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // bytes; 0 only at the end of the text
};

/// One sequence checked as Unicode requires (no overlongs, no surrogates,
/// nothing above U+10FFFF, nothing truncated). An ill-formed one gives
/// U+FFFD, `well_formed` false and as `length` its maximal ill-formed
/// subpart (at least one byte): the unit Unicode recommends replacing.
struct Utf8Sequence {
  char32_t value = 0;
  std::size_t length = 0;  // 0 only at the end of the text
  bool well_formed = false;
};
Utf8Sequence DecodeSequenceAt(std::string_view text, std::size_t at);

/// DecodeAt for a lead byte of 0x80 or more (out of line).
CodePoint DecodeMultiByteAt(std::string_view text, std::size_t at);

/// The code point starting at byte `at`: a well-formed sequence, else
/// U+FFFD one byte long (so a scan forwards and one backwards agree).
/// {0, 0} when at >= text.size(). ASCII is decoded inline: the parsers
/// call this for every character.
inline CodePoint DecodeAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {0, 0};
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1};
  return DecodeMultiByteAt(text, at);
}

/// The code point ending just before byte `end`, as DecodeAt reads it
/// ({0, 0} when end == 0).
CodePoint DecodeBefore(std::string_view text, std::size_t end);

/// Appends the UTF-8 of `value`; a surrogate or a value above U+10FFFF
/// (no character) is written as U+FFFD.
void AppendUtf8(std::string& out, char32_t value);
std::string EncodeUtf8(char32_t value);

/// True when `bytes` is well-formed UTF-8 (an empty string is).
bool IsValidUtf8(std::string_view bytes);

/// Number of code points: bytes that do not continue a sequence (a width
/// measure, exact on valid UTF-8).
std::size_t CodePointCount(std::string_view text);

inline bool IsContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace jobpipe::textkit
