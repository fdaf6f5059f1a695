#include "parse/text/utf8.h"

#include "core/byte_scan.h"

namespace jobpipe::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Alphabets where upper and lower case alternate code point by code point
// (Latin Extended-A/B/Additional, Cyrillic supplements): `upper_parity` says
// whether the uppercase letters sit on even (0) or odd (1) code points.
struct AlternatingRange {
  char32_t first;
  char32_t last;
  int upper_parity;
};

constexpr AlternatingRange kAlternating[] = {
    {0x0100, 0x0137, 0}, {0x0139, 0x0148, 1}, {0x014A, 0x0177, 0}, {0x0179, 0x017E, 1},
    {0x01CD, 0x01DC, 1}, {0x01DE, 0x01EF, 0}, {0x01F8, 0x024F, 0}, {0x0460, 0x0481, 0},
    {0x048A, 0x04BF, 0}, {0x04C1, 0x04CE, 1}, {0x04D0, 0x052F, 0}, {0x1E00, 0x1EFF, 0},
};

// -1 lower, +1 upper, 0 not in an alternating range.
int AlternatingCase(char32_t c) {
  for (const AlternatingRange& range : kAlternating) {
    if (c >= range.first && c <= range.last) {
      return static_cast<int>(c % 2) == range.upper_parity ? 1 : -1;
    }
  }
  return 0;
}

}  // namespace

CodePoint DecodeMultiByteAt(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0 || at + length > text.size()) return {kReplacement, 1};
  char32_t value = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[at + i]);
    if (!IsContinuation(byte)) return {kReplacement, 1};
    value = (value << 6) | (byte & 0x3F);
  }
  return {value, length};
}

CodePoint DecodeBefore(std::string_view text, std::size_t end) {
  if (end == 0 || end > text.size()) return {0, 0};
  std::size_t start = end - 1;
  while (start > 0 && end - start < 4 && IsContinuation(static_cast<unsigned char>(text[start]))) {
    --start;
  }
  CodePoint point = DecodeAt(text, start);
  if (start + point.length != end) return {kReplacement, 1};
  return point;
}

void AppendUtf8(std::string& out, char32_t value) {
  if (value < 0x80) {
    out += static_cast<char>(value);
  } else if (value < 0x800) {
    out += static_cast<char>(0xC0 | (value >> 6));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else if (value < 0x10000) {
    out += static_cast<char>(0xE0 | (value >> 12));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else if (value < 0x110000) {
    out += static_cast<char>(0xF0 | (value >> 18));
    out += static_cast<char>(0x80 | ((value >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((value >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (value & 0x3F));
  } else {
    AppendUtf8(out, kReplacement);
  }
}

bool IsNonAsciiUpper(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c == 0x178) return true;
  if (c == 0x386 || (c >= 0x388 && c <= 0x38F) || (c >= 0x391 && c <= 0x3AB)) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  return AlternatingCase(c) > 0;
}

bool IsNonAsciiLower(char32_t c) {
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c == 0x138 || c == 0x149 || c == 0x17F) return true;
  if (c >= 0x3AC && c <= 0x3CE) return true;
  if (c >= 0x430 && c <= 0x45F) return true;
  const int alternating = AlternatingCase(c);
  if (alternating != 0) return alternating < 0;
  // The rest of Latin Extended-B and IPA: letters, treated as lowercase.
  return c >= 0x180 && c <= 0x2AF;
}

bool IsNonAsciiLetter(char32_t c) {
  if (IsNonAsciiUpper(c) || IsNonAsciiLower(c)) return true;
  return (c >= 0x0370 && c <= 0x1FFF && !(c >= 0x0E3F && c <= 0x0E3F)) ||
         (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

bool IsNonAsciiSpace(char32_t c) {
  return c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool IsEmojiPart(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) ||
         (c >= 0x25A0 && c <= 0x25FF) || (c >= 0x2900 && c <= 0x297F) ||
         (c >= 0x2B00 && c <= 0x2BFF) || c == 0xFE0F || c == 0xFE0E || c == 0x200D || c == 0x20E3 ||
         (c >= 0xE0020 && c <= 0xE007F) || c == 0x3030 || c == 0x303D;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t count = 0;
  for (char ch : text) count += !IsContinuation(static_cast<unsigned char>(ch));
  return count;
}

std::string_view Trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    CodePoint point = DecodeAt(text, begin);
    if (!IsSpace(point.value)) break;
    begin += point.length;
  }
  std::size_t end = text.size();
  while (end > begin) {
    CodePoint point = DecodeBefore(text, end);
    if (!IsSpace(point.value)) break;
    end -= point.length;
  }
  return text.substr(begin, end - begin);
}

namespace {

// Whether the bytes at `at` (a byte of 0x80 or more) start one of the
// Unicode spaces IsSpace knows. Their lead bytes are never continuation
// bytes, so DecodeAt would read the same space there.
bool StartsNonAsciiSpace(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
  switch (byte(at)) {
    case 0xC2: return byte(at + 1) == 0x85 || byte(at + 1) == 0xA0;
    case 0xE1: return byte(at + 1) == 0x9A && byte(at + 2) == 0x80;
    case 0xE2:
      return (byte(at + 1) == 0x80 && ((byte(at + 2) >= 0x80 && byte(at + 2) <= 0x8A) || byte(at + 2) == 0xA8 ||
                                       byte(at + 2) == 0xA9 || byte(at + 2) == 0xAF)) ||
             (byte(at + 1) == 0x81 && byte(at + 2) == 0x9F);
    case 0xE3: return byte(at + 1) == 0x80 && byte(at + 2) == 0x80;
    default: return false;
  }
}

// Single ASCII spaces between words, none at either end and no other white
// space: what FoldSpaces returns unchanged, and what most lines already are.
bool IsFolded(std::string_view text) {
  if (!IsSingleSpaced(text)) return false;
  if (IsAscii(text)) return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80 && StartsNonAsciiSpace(text, i)) return false;
  }
  return true;
}

}  // namespace

std::string FoldSpaces(std::string_view text) {
  if (IsFolded(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t at = 0; at < text.size();) {
    // ASCII, nearly all of a posting, without decoding (same rule as below).
    auto is_ascii_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      if (is_ascii_space(text[at])) {
        pending_space = !out.empty();
        ++at;
        continue;
      }
      std::size_t end = at + 1;  // the run of other ASCII, copied at once
      while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80 && !is_ascii_space(text[end])) {
        ++end;
      }
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text, at, end - at);
      at = end;
      continue;
    }
    CodePoint point = DecodeAt(text, at);
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

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

}  // namespace jobpipe::text
