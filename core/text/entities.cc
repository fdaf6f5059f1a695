#include "core/text/entities.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace jobpipe::textkit {
namespace {

struct NamedEntity {
  std::string_view name;
  std::string_view text;
};

// Sorted by name, bytewise.
constexpr NamedEntity kNamedEntities[] = {
#include "core/text/html5_entity_table.inc"
};

constexpr std::size_t kLongestName = 32;  // "CounterClockwiseContourIntegral;"

// What HTML5 reads 0x80-0x9F in a numeric reference as (windows-1252);
// 0 where windows-1252 has no character and the control stays.
constexpr std::array<char32_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The names pastes write without ';' that whole_references_only still takes.
constexpr std::array<std::string_view, 5> kBareInPastes = {"amp", "lt", "gt", "quot", "nbsp"};

constexpr std::size_t kMostPastedDigits = 8;

char32_t NumericValue(char32_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    return kReplacementCharacter;
  if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0)
    return kWindows1252[value - 0x80];
  return value;
}

// Appends a reference's text, under plain_spaces as plain text has it.
void AppendReferenceText(std::string& out, std::string_view text, const EntityRules& rules) {
  if (rules.plain_spaces) {
    const CodePoint point = DecodeAt(text, 0);
    if (point.length == text.size()) {
      const char32_t c = point.value;
      if (c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009) {
        out += ' ';
        return;
      }
      if (c == 0xAD || c == 0x200B) return;
    }
  }
  out.append(text);
}

int DigitValue(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
  return -1;
}

// The numeric reference at text[at] == '&', text[at + 1] == '#': bytes
// consumed, 0 when it is none.
std::size_t DecodeNumericAt(std::string_view text, std::size_t at, const EntityRules& rules,
                            std::string& out) {
  std::size_t end = at + 2;
  const bool hex = end < text.size() && (text[end] == 'x' || text[end] == 'X');
  if (hex) ++end;
  char32_t value = 0;
  std::size_t digits = 0;
  for (int digit; end < text.size() && (digit = DigitValue(text[end], hex)) >= 0; ++end, ++digits) {
    if (rules.whole_references_only && digits == kMostPastedDigits) return 0;
    // Past U+10FFFF every value reads alike: stop growing (no overflow).
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
  }
  if (digits == 0) return 0;
  const bool semicolon = end < text.size() && text[end] == ';';
  if (!semicolon && rules.whole_references_only) return 0;
  std::string decoded;
  AppendUtf8(decoded, NumericValue(value));
  AppendReferenceText(out, decoded, rules);
  return end + (semicolon ? 1 : 0) - at;
}

// The named reference at text[at] == '&': bytes consumed, 0 when none.
std::size_t DecodeNamedAt(std::string_view text, std::size_t at, const EntityRules& rules,
                          std::string& out) {
  std::size_t end = at + 1;
  while (end < text.size() && end - at <= kLongestName &&
         IsAsciiAlnum(static_cast<unsigned char>(text[end])))
    ++end;
  const std::string_view run = text.substr(at + 1, end - at - 1);
  if (run.empty()) return 0;
  const bool semicolon = end < text.size() && text[end] == ';';
  if (semicolon) {
    if (auto found = NamedReference(text.substr(at + 1, run.size() + 1))) {
      AppendReferenceText(out, *found, rules);
      return run.size() + 2;
    }
  }
  if (rules.whole_references_only) {
    if (semicolon ||
        std::find(kBareInPastes.begin(), kBareInPastes.end(), run) == kBareInPastes.end())
      return 0;
    AppendReferenceText(out, *NamedReference(run), rules);
    return run.size() + 1;
  }
  // HTML5: the longest name the text starts with ("&notit;" is "&not" and
  // "it;"); only the legacy names are in the table without ';'.
  for (std::size_t length = run.size(); length > 0; --length) {
    if (auto found = NamedReference(run.substr(0, length))) {
      AppendReferenceText(out, *found, rules);
      return length + 1;
    }
  }
  return 0;
}

}  // namespace

std::optional<std::string_view> NamedReference(std::string_view name) {
  const auto* found = std::lower_bound(
      std::begin(kNamedEntities), std::end(kNamedEntities), name,
      [](const NamedEntity& entity, std::string_view key) { return entity.name < key; });
  if (found == std::end(kNamedEntities) || found->name != name) return std::nullopt;
  return found->text;
}

std::string DecodeEntities(std::string_view text, const EntityRules& rules) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t amp = text.find('&', i);
    out.append(text.substr(i, amp == std::string_view::npos ? std::string_view::npos : amp - i));
    if (amp == std::string_view::npos) break;
    const bool numeric = amp + 1 < text.size() && text[amp + 1] == '#';
    const std::size_t used =
        numeric ? DecodeNumericAt(text, amp, rules, out) : DecodeNamedAt(text, amp, rules, out);
    if (used == 0) {
      out += '&';
      i = amp + 1;
    } else {
      i = amp + used;
    }
  }
  return out;
}

}  // namespace jobpipe::textkit
