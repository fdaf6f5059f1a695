#include "core/text/whitespace.h"

#include "core/byte_scan.h"
#include "core/text/utf8.h"

namespace jobpipe::textkit {

bool IsNonAsciiSpace(char32_t c) {
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

namespace {

bool IsSpaceOf(char32_t c, Spaces spaces) {
  return spaces == Spaces::kAscii ? c < 0x80 && IsAsciiSpace(static_cast<char>(c)) : IsSpace(c);
}

// Whether a Unicode space starts at `at` (a byte of 0x80 or more). Every
// such space is two or three bytes whose lead byte is C2, E1, E2 or E3.
bool StartsNonAsciiSpace(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead != 0xC2 && (lead < 0xE1 || lead > 0xE3)) return false;
  return IsNonAsciiSpace(DecodeAt(text, at).value);
}

// Single ASCII spaces between words, none at either end and no other
// white space: what FoldSpaces returns unchanged, and what most lines are.
bool IsFolded(std::string_view text, Spaces spaces) {
  if (!IsSingleSpaced(text)) return false;
  if (spaces == Spaces::kAscii || IsAscii(text)) return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80 && StartsNonAsciiSpace(text, i)) return false;
  }
  return true;
}

}  // namespace

std::string_view TrimStart(std::string_view text, Spaces spaces) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const CodePoint point = DecodeAt(text, begin);
    if (!IsSpaceOf(point.value, spaces)) break;
    begin += point.length;
  }
  return text.substr(begin);
}

std::string_view Trim(std::string_view text, Spaces spaces) {
  text = TrimStart(text, spaces);
  std::size_t end = text.size();
  while (end > 0) {
    const CodePoint point = DecodeBefore(text, end);
    if (!IsSpaceOf(point.value, spaces)) break;
    end -= point.length;
  }
  return text.substr(0, end);
}

std::string FoldSpaces(std::string_view text, Spaces spaces) {
  if (IsFolded(text, spaces)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t at = 0; at < text.size();) {
    // ASCII, nearly all of a posting, a run at a time without decoding.
    if (static_cast<unsigned char>(text[at]) < 0x80 || spaces == Spaces::kAscii) {
      if (IsAsciiSpace(text[at])) {
        pending_space = !out.empty();
        ++at;
        continue;
      }
      std::size_t end = at + 1;
      while (end < text.size() && !IsAsciiSpace(text[end]) &&
             (spaces == Spaces::kAscii || static_cast<unsigned char>(text[end]) < 0x80)) {
        ++end;
      }
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text, at, end - at);
      at = end;
      continue;
    }
    const CodePoint point = DecodeAt(text, at);
    if (IsSpace(point.value)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text.substr(at, point.length));
    }
    at += point.length;
  }
  return out;
}

std::size_t AppendFoldedVisible(std::string& out, std::string_view text) {
  std::size_t visible = 0;
  bool pending_space = !out.empty() && out.back() == ' ';
  if (pending_space) out.pop_back();
  const auto write = [&](std::string_view piece) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(piece);
    visible += piece.size();
  };
  for (std::size_t at = 0; at < text.size();) {
    // A run of visible ASCII is copied in one go.
    std::size_t run = at;
    while (run < text.size() && static_cast<unsigned char>(text[run]) > ' ' &&
           static_cast<unsigned char>(text[run]) < 0x80) {
      ++run;
    }
    if (run > at) {
      write(text.substr(at, run - at));
      at = run;
      continue;
    }
    const CodePoint point = DecodeAt(text, at);
    if (IsSpace(point.value)) {
      pending_space = true;
    } else if (!IsInvisible(point.value)) {
      write(text.substr(at, point.length));
    }
    at += point.length;
  }
  if (pending_space && !out.empty()) out.push_back(' ');
  return visible;
}

}  // namespace jobpipe::textkit
