#include "core/text/letter_case.h"

#include "core/text/utf8.h"

namespace jobpipe::textkit {
namespace {

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
    if (c >= range.first && c <= range.last)
      return static_cast<int>(c % 2) == range.upper_parity ? 1 : -1;
  }
  return 0;
}

}  // namespace

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
  return (c >= 0x0370 && c <= 0x1FFF && c != 0x0E3F) ||  // not the Thai baht sign
         (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF);
}

char32_t FoldGreek(char32_t c) {
  switch (c) {
    case 0x386:
    case 0x3AC: return 0x3B1;
    case 0x388:
    case 0x3AD: return 0x3B5;
    case 0x389:
    case 0x3AE: return 0x3B7;
    case 0x38A:
    case 0x3AF:
    case 0x3CA:
    case 0x390: return 0x3B9;
    case 0x38C:
    case 0x3CC: return 0x3BF;
    case 0x38E:
    case 0x3CD:
    case 0x3CB:
    case 0x3B0: return 0x3C5;
    case 0x38F:
    case 0x3CE: return 0x3C9;
    case 0x3C2: return 0x3C3;
    default: break;
  }
  if (c >= 0x391 && c <= 0x3A9) return c + 0x20;
  return c;
}

char32_t LowerCyrillic(char32_t c) {
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

char32_t ToLower(char32_t c) {
  if (c < 0x80) return IsAsciiUpper(c) ? c + 0x20 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;
  if (c >= 0x400 && c <= 0x42F) return LowerCyrillic(c);
  if (AlternatingCase(c) > 0) return c + 1;
  return c;
}

std::string Lowercased(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = DecodeAt(text, at);
    AppendUtf8(out, ToLower(point.value));
    at += point.length;
  }
  return out;
}

std::string CapitalizedWords(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_word = false;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = DecodeAt(text, at);
    const char32_t c = point.value;
    AppendUtf8(out, in_word ? ToLower(c) : c);
    in_word = IsLetter(c);
    at += point.length;
  }
  return out;
}

}  // namespace jobpipe::textkit
