#include "normalize/spelling_index.h"

#include <algorithm>

namespace jobpipe {
namespace {

constexpr std::string_view kKelvinSign = "\xE2\x84\xAA";  // folds to "k" in RE2
constexpr std::string_view kLongS = "\xC5\xBF";           // folds to "s" in RE2

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
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
  unsigned char first = static_cast<unsigned char>(LowerAscii(text[at]));
  if (text.substr(at, kKelvinSign.size()) == kKelvinSign) first = 'k';
  if (text.substr(at, kLongS.size()) == kLongS) first = 's';
  if (first >= by_first_byte_.size()) return 0;
  std::size_t longest = 0;
  for (const std::string& spelling : by_first_byte_[first]) {
    longest = std::max(longest, MatchLength(text, at, spelling));
  }
  return longest;
}

}  // namespace jobpipe
