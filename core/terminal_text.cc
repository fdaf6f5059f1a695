#include "core/terminal_text.h"

#include <cstdio>

#include "core/text/utf8.h"

namespace jobpipe {
namespace {

void AppendEscape(std::string& out, const char* format, unsigned value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, format, value);
  out += buffer;
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
    const textkit::Utf8Sequence sequence = textkit::DecodeSequenceAt(text, i);
    if (!sequence.well_formed) {
      AppendEscape(out, "\\x%02X", byte);
      ++i;
      continue;
    }
    if (IsControlOrBidi(sequence.value)) {
      AppendEscape(out, "\\u%04X", sequence.value);
    } else {
      out += text.substr(i, sequence.length);
    }
    i += sequence.length;
  }
  return out;
}

}  // namespace jobpipe
