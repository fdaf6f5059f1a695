#include "ingest/utf8_text.h"

#include <cstdint>

namespace jobpipe {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Decodes one well-formed sequence at `pos`. Returns its length and sets
/// `code_point`, or returns 0 and sets `bad_length` to the maximal
/// ill-formed subpart to replace (at least 1 byte).
std::size_t DecodeOne(std::string_view s, std::size_t pos, char32_t& code_point,
                      std::size_t& bad_length) {
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(s[i]); };
  std::uint8_t lead = byte(pos);
  bad_length = 1;
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  std::size_t length = 0;
  std::uint8_t low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    if (lead == 0xE0) low = 0xA0;   // no overlongs
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    if (lead == 0xF0) low = 0x90;   // no overlongs
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;  // continuation byte or invalid lead (C0, C1, F5-FF)
  }
  for (std::size_t i = 1; i < length; ++i) {
    if (pos + i >= s.size()) return 0;
    std::uint8_t next = byte(pos + i);
    std::uint8_t min = i == 1 ? low : 0x80;
    std::uint8_t max = i == 1 ? high : 0xBF;
    if (next < min || next > max) return 0;
    bad_length = i + 1;  // a valid prefix is one ill-formed subpart
    code_point = (code_point << 6) | (next & 0x3F);
  }
  return length;
}

bool IsZeroWidth(char32_t c) { return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF; }

bool IsNoBreakSpace(char32_t c) { return c == 0x00A0 || c == 0x202F; }

}  // namespace

SanitizedText SanitizeUtf8(std::string_view bytes) {
  SanitizedText out;
  out.text.reserve(bytes.size());
  std::size_t pos = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < bytes.size()) {
    char c = bytes[pos];
    if (c == '\r') {  // CRLF and lone CR both end a line
      out.text += '\n';
      pos += (pos + 1 < bytes.size() && bytes[pos + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (static_cast<std::uint8_t>(c) < 0x80) {
      std::size_t end = pos + 1;  // the run of ASCII up to a CR, copied at once
      while (end < bytes.size() && static_cast<std::uint8_t>(bytes[end]) < 0x80 && bytes[end] != '\r') ++end;
      out.text.append(bytes.data() + pos, end - pos);
      pos = end;
      continue;
    }
    char32_t code_point = 0;
    std::size_t bad_length = 1;
    std::size_t length = DecodeOne(bytes, pos, code_point, bad_length);
    if (length == 0) {
      out.text += kReplacement;
      ++out.invalid_sequences;
      pos += bad_length;
      continue;
    }
    if (IsNoBreakSpace(code_point)) {
      out.text += ' ';
    } else if (!IsZeroWidth(code_point)) {
      out.text.append(bytes.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

bool IsValidUtf8(std::string_view bytes) { return SanitizeUtf8(bytes).invalid_sequences == 0; }

bool IsBlank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace jobpipe
