// HTML character references in pasted text (see inline_markup.h).
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "parse/text/entities.h"
#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

constexpr std::array<std::pair<std::string_view, char32_t>, 40> kNamedEntities = {{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", ' '},     {"ensp", ' '},      {"emsp", ' '},     {"thinsp", ' '},   {"ndash", 0x2013},
    {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"laquo", 0xAB},    {"raquo", 0xBB},   {"bull", 0x2022},  {"middot", 0xB7},
    {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122}, {"euro", 0x20AC},  {"pound", 0xA3},
    {"yen", 0xA5},     {"cent", 0xA2},     {"deg", 0xB0},     {"times", 0xD7},   {"eacute", 0xE9},
    {"egrave", 0xE8},  {"agrave", 0xE0},   {"aacute", 0xE1},  {"ccedil", 0xE7},  {"uuml", 0xFC},
    {"ouml", 0xF6},    {"auml", 0xE4},     {"szlig", 0xDF},   {"ntilde", 0xF1},  {"shy", 0xAD},
}};

// The references HTML5 still honours without a semicolon.
constexpr std::array<std::string_view, 5> kLegacyEntities = {"amp", "lt", "gt", "quot", "nbsp"};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Decodes the reference at text[at] == '&'; returns bytes consumed (0: none).
std::size_t DecodeEntityAt(std::string_view text, std::size_t at, std::string& out) {
  std::size_t end = at + 1;
  if (end < text.size() && text[end] == '#') {
    ++end;
    const bool hex = end < text.size() && (text[end] == 'x' || text[end] == 'X');
    if (hex) ++end;
    char32_t value = 0;
    std::size_t digits = 0;
    while (end < text.size() && digits < 8) {
      const char c = text[end];
      int digit = -1;
      if (c >= '0' && c <= '9') digit = c - '0';
      if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      if (digit < 0) break;
      value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      ++end;
      ++digits;
    }
    if (digits == 0 || end >= text.size() || text[end] != ';') return 0;
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) value = 0xFFFD;
    if (value == 0xA0) value = ' ';
    if (value != 0xAD && value != 0x200B) AppendUtf8(out, value);
    return end + 1 - at;
  }
  while (end < text.size() && end - at <= 8 && IsAsciiAlnum(text[end])) ++end;
  const std::string_view name = text.substr(at + 1, end - at - 1);
  const bool has_semicolon = end < text.size() && text[end] == ';';
  if (!has_semicolon) {
    bool legacy = false;
    for (std::string_view candidate : kLegacyEntities) legacy = legacy || candidate == name;
    if (!legacy) return 0;
  }
  for (const auto& [entity, value] : kNamedEntities) {
    if (entity != name) continue;
    if (value != 0xAD) AppendUtf8(out, value);
    return end - at + (has_semicolon ? 1 : 0);
  }
  return 0;
}

}  // namespace

std::string DecodeEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '&') {
      if (const std::size_t used = DecodeEntityAt(text, i, out); used > 0) {
        i += used;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace jobpipe::text
