#include "core/terminal_text.h"

#include <cstdio>

namespace jobpipe {
namespace {

void AppendEscape(std::string& out, const char* format, unsigned value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, format, value);
  out += buffer;
}

// Length of the valid UTF-8 sequence at text[i] (1 to 4), or 0 if invalid.
std::size_t Utf8Length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned lead = byte(i);
  std::size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2
                       : lead >= 0xE0 && lead <= 0xEF               ? 3
                       : lead >= 0xF0 && lead <= 0xF4               ? 4
                                                                    : 0;
  if (length == 0 || i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  if (lead == 0xE0 && byte(i + 1) < 0xA0) return 0;  // overlong
  if (lead == 0xED && byte(i + 1) > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && byte(i + 1) < 0x90) return 0;  // overlong
  if (lead == 0xF4 && byte(i + 1) > 0x8F) return 0;  // above U+10FFFF
  return length;
}

unsigned CodePoint(std::string_view s) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]) & 0x3Fu; };
  if (s.size() == 2) return ((static_cast<unsigned char>(s[0]) & 0x1Fu) << 6) | b(1);
  if (s.size() == 3) return ((static_cast<unsigned char>(s[0]) & 0x0Fu) << 12) | (b(1) << 6) | b(2);
  return 0x10000;  // four bytes: never a control
}

bool IsControlOrBidi(unsigned cp) {
  return (cp >= 0x80 && cp <= 0x9F)                      // C1 controls (CSI, OSC, ...)
         || cp == 0x061C || cp == 0x200E || cp == 0x200F  // ALM, LRM, RLM
         || (cp >= 0x202A && cp <= 0x202E)                // embeddings, overrides
         || (cp >= 0x2066 && cp <= 0x2069);               // isolates
}

}  // namespace

std::string TerminalSafe(std::string_view text, bool keep_newlines) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if ((byte < 0x20 && byte != '\t' && !(keep_newlines && byte == '\n')) || byte == 0x7F) {
        AppendEscape(out, "\\x%02X", byte);
      } else {
        out += static_cast<char>(byte);
      }
      ++i;
      continue;
    }
    std::size_t length = Utf8Length(text, i);
    if (length == 0) {
      AppendEscape(out, "\\x%02X", byte);
      ++i;
      continue;
    }
    std::string_view sequence = text.substr(i, length);
    unsigned cp = CodePoint(sequence);
    if (IsControlOrBidi(cp)) {
      AppendEscape(out, "\\u%04X", cp);
    } else {
      out += sequence;
    }
    i += length;
  }
  return out;
}

}  // namespace jobpipe
