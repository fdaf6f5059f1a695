#include "normalize/match/literal_set.h"

#include <utility>

#include "normalize/match/case_fold.h"

namespace jobpipe::match {
namespace {

// The Latin letters the word lists use, with their capitals: RE2's (?i)
// matches each of them with exactly these two (checked in the tests).
constexpr std::pair<std::string_view, std::string_view> kCapitals[] = {
    {"\xC3\xA1", "\xC3\x81"},  // á Á
    {"\xC3\xA4", "\xC3\x84"},  // ä Ä
    {"\xC3\xA9", "\xC3\x89"},  // é É
    {"\xC3\xAA", "\xC3\x8A"},  // ê Ê
    {"\xC3\xB1", "\xC3\x91"},  // ñ Ñ
    {"\xC3\xB5", "\xC3\x95"},  // õ Õ
    {"\xC3\xB6", "\xC3\x96"},  // ö Ö
    {"\xC3\xBC", "\xC3\x9C"},  // ü Ü
    {"\xC5\xBC", "\xC5\xBB"},  // ż Ż
    {"\xC3\xAD", "\xC3\x8D"},  // í Í
    {"\xC3\xB3", "\xC3\x93"},  // ó Ó
    {"\xC5\x82", "\xC5\x81"},  // ł Ł
};

// RE2's \w, and so its \b: ASCII letters, digits and '_' only.
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool IsBoundary(std::string_view text, std::size_t at) {
  bool before = at > 0 && IsWordByte(text[at - 1]);
  bool after = at < text.size() && IsWordByte(text[at]);
  return before != after;
}

/// Every spelling of `literal` with each known letter in either case.
std::vector<std::string> CaseVariants(std::string_view literal) {
  std::vector<std::string> variants = {""};
  for (std::size_t i = 0; i < literal.size();) {
    std::string_view capital;
    std::string_view letter = literal.substr(i, 1);
    for (const auto& [small, big] : kCapitals) {
      if (literal.substr(i, small.size()) == small) {
        letter = small;
        capital = big;
      }
    }
    std::size_t count = variants.size();
    for (std::size_t v = 0; v < count; ++v) {
      if (!capital.empty()) variants.push_back(variants[v] + std::string(capital));
      variants[v] += letter;
    }
    i += letter.size();
  }
  return variants;
}

}  // namespace

LiteralSet::LiteralSet(const std::vector<std::string_view>& stems,
                       const std::vector<std::string_view>& whole_words,
                       const std::vector<std::string_view>& word_starts) {
  for (std::string_view stem : stems) Add(stem, false, false);
  for (std::string_view word : whole_words) Add(word, true, true);
  for (std::string_view start : word_starts) Add(start, true, false);
}

void LiteralSet::Add(std::string_view literal, bool word_start, bool word_end) {
  if (literal.empty()) return;
  for (std::string& variant : CaseVariants(literal)) {
    auto first = static_cast<unsigned char>(variant[0]);
    by_first_byte_[first].push_back(Entry{std::move(variant), word_start, word_end});
  }
}

bool LiteralSet::Matches(const Entry& entry, std::string_view text, std::size_t at) const {
  if (entry.word_start && !IsBoundary(text, at)) return false;
  std::size_t i = at;
  for (char wanted : entry.text) {
    if (static_cast<unsigned char>(wanted) < 0x80) {
      auto [folded, length] = FoldedAsciiAt(text, i);
      if (length == 0 || folded != wanted) return false;
      i += length;
    } else {
      if (i >= text.size() || text[i] != wanted) return false;
      ++i;
    }
  }
  return !entry.word_end || IsBoundary(text, i);
}

bool LiteralSet::FoundAt(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return false;
  auto first = static_cast<unsigned char>(FoldedAsciiAt(text, at).first);
  for (const Entry& entry : by_first_byte_[first]) {
    if (Matches(entry, text, at)) return true;
  }
  return false;
}

bool LiteralSet::FoundIn(std::string_view text) const {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (FoundAt(text, at)) return true;
  }
  return false;
}

}  // namespace jobpipe::match
