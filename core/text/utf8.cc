#include "core/text/utf8.h"

#include <cstdint>

namespace jobpipe::textkit {

Utf8Sequence DecodeSequenceAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {0, 0, false};
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(at);
  if (lead < 0x80) return {lead, 1, true};
  std::size_t length = 0;
  char32_t value = 0;
  std::uint8_t low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // no overlongs
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // no overlongs
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    // A continuation byte or a lead that starts no character (C0, C1, F5-FF).
    return {kReplacementCharacter, 1, false};
  }
  for (std::size_t i = 1; i < length; ++i) {
    // A valid prefix of i bytes is one ill-formed subpart.
    if (at + i >= text.size()) return {kReplacementCharacter, i, false};
    const std::uint8_t next = byte(at + i);
    const std::uint8_t min = i == 1 ? low : 0x80;
    const std::uint8_t max = i == 1 ? high : 0xBF;
    if (next < min || next > max) return {kReplacementCharacter, i, false};
    value = (value << 6) | (next & 0x3F);
  }
  return {value, length, true};
}

CodePoint DecodeMultiByteAt(std::string_view text, std::size_t at) {
  const Utf8Sequence sequence = DecodeSequenceAt(text, at);
  if (!sequence.well_formed) return {kReplacementCharacter, 1};
  return {sequence.value, sequence.length};
}

CodePoint DecodeBefore(std::string_view text, std::size_t end) {
  if (end == 0 || end > text.size()) return {0, 0};
  std::size_t start = end - 1;
  while (start > 0 && end - start < 4 &&
         IsContinuationByte(static_cast<unsigned char>(text[start])))
    --start;
  const CodePoint point = DecodeAt(text, start);
  if (start + point.length != end) return {kReplacementCharacter, 1};
  return point;
}

void AppendUtf8(std::string& out, char32_t value) {
  if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = kReplacementCharacter;
  if (value < 0x80) {
    out += static_cast<char>(value);
  } else if (value < 0x800) {
    out += static_cast<char>(0xC0 | (value >> 6));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else if (value < 0x10000) {
    out += static_cast<char>(0xE0 | (value >> 12));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (value >> 18));
    out += static_cast<char>(0x80 | ((value >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  }
}

std::string EncodeUtf8(char32_t value) {
  std::string out;
  AppendUtf8(out, value);
  return out;
}

bool IsValidUtf8(std::string_view bytes) {
  for (std::size_t at = 0; at < bytes.size();) {
    if (static_cast<unsigned char>(bytes[at]) < 0x80) {
      ++at;
      continue;
    }
    const Utf8Sequence sequence = DecodeSequenceAt(bytes, at);
    if (!sequence.well_formed) return false;
    at += sequence.length;
  }
  return true;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t count = 0;
  for (char ch : text) count += !IsContinuationByte(static_cast<unsigned char>(ch));
  return count;
}

}  // namespace jobpipe::textkit
