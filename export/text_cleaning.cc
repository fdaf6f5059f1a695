#include "export/text_cleaning.h"

#include <cstdint>

namespace jobpipe {
namespace {

// The end of a control sequence's parameters from text[j] on: the byte
// after its final byte (0x40-0x7E), parameter and intermediate bytes
// (0x20-0x3F) being all it may hold; at anything else the sequence was cut
// short and ends there (the text after it is kept).
std::size_t CsiEnd(std::string_view text, std::size_t j) {
  while (j < text.size() && text[j] >= 0x20 && text[j] <= 0x3F) ++j;
  if (j < text.size() && text[j] >= 0x40 && text[j] <= 0x7E) ++j;
  return j;
}

// The end of an operating system command's string from text[j] on: after
// its terminator (BEL, ESC \ or the C1 ST, U+009C).
std::size_t OscEnd(std::string_view text, std::size_t j) {
  for (; j < text.size(); ++j) {
    if (text[j] == '\a') return j + 1;
    if (j + 1 < text.size() && ((text[j] == '\x1b' && text[j + 1] == '\\') ||
                                (text[j] == '\xC2' && text[j + 1] == '\x9C'))) {
      return j + 2;
    }
  }
  return j;
}

// Length of the escape sequence starting at text[i] (text[i] == ESC):
// CSI "ESC [ params final", OSC "ESC ] ... BEL|ST", else ESC + one byte.
std::size_t EscapeSequenceLength(std::string_view text, std::size_t i) {
  std::size_t j = i + 1;
  if (j >= text.size()) return 1;
  if (text[j] == '[') return CsiEnd(text, j + 1) - i;
  if (text[j] == ']') return OscEnd(text, j + 1) - i;
  return 2;
}

// C1 controls (U+0080-U+009F, UTF-8 C2 80..C2 9F) and bidirectional
// overrides (U+202A-U+202E, U+2066-U+2069) are invisible and can make a
// record display differently from what it says.
std::size_t InvisibleControlLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  if (byte(i) == 0xC2 && i + 1 < text.size() && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) {
    // The C1 forms of CSI and OSC go with their parameters, as ESC [ and
    // ESC ] do: "31m" left behind would reach the record and its slug.
    if (byte(i + 1) == 0x9B) return CsiEnd(text, i + 2) - i;
    if (byte(i + 1) == 0x9D) return OscEnd(text, i + 2) - i;
    return 2;
  }
  if (byte(i) == 0xE2 && i + 2 < text.size()) {
    std::uint8_t b1 = byte(i + 1), b2 = byte(i + 2);
    if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) return 3;
    if (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) return 3;
  }
  return 0;
}

// Removes controls and escapes; keeps '\n'; turns other whitespace controls
// (tab, vertical tab, form feed, CR) into spaces.
std::string StripControls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\x1b') {
      i += EscapeSequenceLength(text, i);
    } else if (c == '\n') {
      out += '\n';
      ++i;
    } else if (c == '\t' || c == '\v' || c == '\f' || c == '\r') {
      out += ' ';
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      ++i;
    } else if (std::size_t n = InvisibleControlLength(text, i); n > 0) {
      i += n;
    } else if (c < 0x80) {
      std::size_t end = i + 1;  // the run of printable ASCII, copied at once
      while (end < text.size() && text[end] >= 0x20 && text[end] < 0x7F) ++end;
      out.append(text.data() + i, end - i);
      i = end;
    } else {
      out += static_cast<char>(c);
      ++i;
    }
  }
  return out;
}

void AppendFolded(std::string_view text, std::string* out) {
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n') {
      pending_space = !out->empty() && out->back() != '\n';
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    out->push_back(c);
  }
}

// Printable ASCII with single spaces and none at either end: what
// StripControls and AppendFolded give back unchanged (most items).
bool IsCleanInline(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return text.empty();
  bool space_before = false;
  for (char c : text) {
    // (A byte of 0x80 or more is a negative char here: not clean, so the
    // full pass looks for invisible controls.)
    if (c < 0x20 || c == 0x7F || (c == ' ' && space_before)) return false;
    space_before = c == ' ';
  }
  return true;
}

}  // namespace

std::string CleanInline(std::string_view text) {
  if (IsCleanInline(text)) return std::string(text);
  std::string stripped = StripControls(text);
  std::string out;
  out.reserve(stripped.size());
  AppendFolded(stripped, &out);
  return out;
}

std::string CleanProse(std::string_view text) {
  std::string stripped = StripControls(text);
  std::string out;
  std::string_view rest = stripped;
  while (!rest.empty()) {
    // A paragraph ends at a blank line (only spaces between two '\n').
    std::size_t end = rest.size();
    std::size_t next = rest.size();
    for (std::size_t nl = rest.find('\n'); nl != std::string_view::npos;
         nl = rest.find('\n', nl + 1)) {
      std::size_t k = nl + 1;
      while (k < rest.size() && rest[k] == ' ') ++k;
      if (k < rest.size() && rest[k] == '\n') {
        end = nl;
        next = k + 1;
        break;
      }
    }
    std::string paragraph;
    AppendFolded(rest.substr(0, end), &paragraph);
    if (!paragraph.empty()) {
      if (!out.empty()) out += "\n\n";
      out += paragraph;
    }
    rest.remove_prefix(next);
  }
  return out;
}

}  // namespace jobpipe
