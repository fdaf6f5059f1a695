#include "normalize/spelling_index.h"

#include <algorithm>
#include <utility>

#include "normalize/case_fold.h"

namespace jobpipe {
namespace {

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// How many bytes of `text` from `at` spell the lowered `spelling`, 0 when
/// they do not.
std::size_t MatchLength(std::string_view text, std::size_t at, std::string_view spelling) {
  std::size_t i = at;
  for (char wanted : spelling) {
    auto [folded, length] = FoldedAsciiAt(text, i);
    if (length == 0 || folded != wanted) return 0;
    i += length;
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
  auto [first, first_length] = FoldedAsciiAt(text, at);
  if (static_cast<unsigned char>(first) >= by_first_byte_.size()) return 0;
  const char second = FoldedAsciiAt(text, at + first_length).first;
  std::size_t longest = 0;
  for (const std::string& spelling : by_first_byte_[static_cast<unsigned char>(first)]) {
    if (spelling.size() > 1 && spelling[1] != second) continue;  // the common miss, cheaply
    longest = std::max(longest, MatchLength(text, at, spelling));
  }
  return longest;
}

}  // namespace jobpipe
