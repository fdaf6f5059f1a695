#include "normalize/spelling_index.h"

#include <algorithm>
#include <utility>

namespace jobpipe {
namespace {

constexpr std::string_view kKelvinSign = "\xE2\x84\xAA";  // folds to "k" in RE2
constexpr std::string_view kLongS = "\xC5\xBF";           // folds to "s" in RE2

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// The character at text[at] as a spelling's lowered byte would match it,
/// and its length in the text ('\0' past the end; non-ASCII bytes other
/// than the two signs match no spelling byte).
std::pair<char, std::size_t> FoldedAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {'\0', 0};
  if (text.substr(at, kKelvinSign.size()) == kKelvinSign) return {'k', kKelvinSign.size()};
  if (text.substr(at, kLongS.size()) == kLongS) return {'s', kLongS.size()};
  return {LowerAscii(text[at]), 1};
}

/// How many bytes of `text` from `at` spell the lowered `spelling`, 0 when
/// they do not.
std::size_t MatchLength(std::string_view text, std::size_t at, std::string_view spelling) {
  std::size_t i = at;
  for (char wanted : spelling) {
    if (i < text.size() && LowerAscii(text[i]) == wanted) {
      ++i;
    } else if (wanted == 'k' && text.substr(i, kKelvinSign.size()) == kKelvinSign) {
      i += kKelvinSign.size();
    } else if (wanted == 's' && text.substr(i, kLongS.size()) == kLongS) {
      i += kLongS.size();
    } else {
      return 0;
    }
  }
  return i - at;
}

}  // namespace

SpellingIndex::SpellingIndex(const std::vector<std::string>& spellings) {
  for (const std::string& spelling : spellings) {
    if (spelling.empty() || !IsAscii(spelling)) continue;
    std::string lowered = spelling;
    for (char& c : lowered) c = LowerAscii(c);
    auto& group = by_first_byte_[static_cast<unsigned char>(lowered[0])];
    if (std::find(group.begin(), group.end(), lowered) == group.end()) group.push_back(lowered);
  }
}

std::size_t SpellingIndex::LongestAt(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return 0;
  auto [first, first_length] = FoldedAt(text, at);
  if (static_cast<unsigned char>(first) >= by_first_byte_.size()) return 0;
  const char second = FoldedAt(text, at + first_length).first;
  std::size_t longest = 0;
  for (const std::string& spelling : by_first_byte_[static_cast<unsigned char>(first)]) {
    if (spelling.size() > 1 && spelling[1] != second) continue;  // the common miss, cheaply
    longest = std::max(longest, MatchLength(text, at, spelling));
  }
  return longest;
}

}  // namespace jobpipe
