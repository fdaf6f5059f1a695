#include "ingest/utf8_text.h"

#include <cstdint>

#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The invisible characters but the soft hyphen, which marks where a word
// may break and is left for the parsers to drop with the markup's.
bool IsZeroWidth(char32_t c) { return textkit::IsInvisible(c) && c != 0xAD; }

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
    const textkit::Utf8Sequence sequence = textkit::DecodeSequenceAt(bytes, pos);
    if (!sequence.well_formed) {
      out.text += kReplacement;
      ++out.invalid_sequences;
      pos += sequence.length;
      continue;
    }
    if (IsNoBreakSpace(sequence.value)) {
      out.text += ' ';
    } else if (!IsZeroWidth(sequence.value)) {
      out.text.append(bytes.substr(pos, sequence.length));
    }
    pos += sequence.length;
  }
  return out;
}

bool IsBlank(std::string_view text) { return textkit::Trim(text, textkit::Spaces::kAscii).empty(); }

}  // namespace jobpipe
