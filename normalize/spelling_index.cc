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

// Where a lowered spelling's group starts in the key table: by its first
// byte, then its second (one-letter spellings before all others).
std::size_t KeyOf(unsigned char first, int second) { return first * 129u + static_cast<std::size_t>(second + 1); }

int SecondByte(const std::string& spelling) {
  return spelling.size() > 1 ? static_cast<unsigned char>(spelling[1]) : -1;
}

}  // namespace

SpellingIndex::SpellingIndex(const std::vector<std::string>& spellings) {
  for (const std::string& spelling : spellings) {
    if (spelling.empty()) continue;
    std::string lowered = spelling;
    for (char& c : lowered) c = LowerAscii(c);
    (IsAscii(spelling) ? spellings_ : wide_spellings_).push_back(std::move(lowered));
  }
  std::sort(wide_spellings_.begin(), wide_spellings_.end());
  wide_spellings_.erase(std::unique(wide_spellings_.begin(), wide_spellings_.end()), wide_spellings_.end());
  for (std::size_t b = 0, next = 0; b <= 256; ++b) {
    while (next < wide_spellings_.size() && static_cast<unsigned char>(wide_spellings_[next][0]) < b) ++next;
    wide_start_[b] = static_cast<std::uint32_t>(next);
  }
  std::sort(spellings_.begin(), spellings_.end());
  spellings_.erase(std::unique(spellings_.begin(), spellings_.end()), spellings_.end());
  const auto key = [](const std::string& spelling) {
    return KeyOf(static_cast<unsigned char>(spelling[0]), SecondByte(spelling));
  };
  std::stable_sort(spellings_.begin(), spellings_.end(),
                   [&](const std::string& a, const std::string& b) { return key(a) < key(b); });
  for (const std::string& spelling : spellings_) starts_[static_cast<unsigned char>(spelling[0])] = true;
  group_start_.assign(kKeys + 1, 0);
  std::size_t next = 0;
  for (std::size_t k = 0; k <= kKeys; ++k) {
    while (next < spellings_.size() && key(spellings_[next]) < k) ++next;
    group_start_[k] = static_cast<std::uint32_t>(next);
  }
}

std::size_t SpellingIndex::LongestWideAt(std::string_view text, std::size_t at) const {
  const auto first = static_cast<unsigned char>(LowerAscii(text[at]));
  std::size_t longest = 0;
  for (std::uint32_t i = wide_start_[first]; i < wide_start_[first + 1]; ++i) {
    longest = std::max(longest, MatchLength(text, at, wide_spellings_[i]));
  }
  return longest;
}

std::size_t SpellingIndex::LongestAt(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return 0;
  const std::size_t wide = LongestWideAt(text, at);
  return std::max(wide, LongestAsciiAt(text, at));
}

std::size_t SpellingIndex::LongestAsciiAt(std::string_view text, std::size_t at) const {
  // Most places (spaces, punctuation) start no spelling. A byte of 0x80 or
  // more may be a KELVIN SIGN or LONG S, read as 'k' or 's'.
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80 && !starts_[byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte]) return 0;
  auto [first, first_length] = FoldedAsciiAt(text, at);
  if (static_cast<unsigned char>(first) >= 128) return 0;
  std::size_t longest = 0;
  const auto try_group = [&](std::size_t key) {
    for (std::uint32_t i = group_start_[key]; i < group_start_[key + 1]; ++i) {
      longest = std::max(longest, MatchLength(text, at, spellings_[i]));
    }
  };
  // The one-letter spellings, then those whose second letter follows.
  try_group(KeyOf(static_cast<unsigned char>(first), -1));
  const auto [second, second_length] = FoldedAsciiAt(text, at + first_length);
  if (static_cast<unsigned char>(second) >= 128) return longest;
  const std::size_t key = KeyOf(static_cast<unsigned char>(first), second);
  // A group is in lexicographic order: its two-letter spellings first, then
  // the others by their third letter, of which only the text's can match.
  auto begin = spellings_.begin() + group_start_[key];
  const auto end = spellings_.begin() + group_start_[key + 1];
  for (; begin != end && begin->size() == 2; ++begin) longest = std::max(longest, MatchLength(text, at, *begin));
  const char third = FoldedAsciiAt(text, at + first_length + second_length).first;
  const auto from = std::partition_point(begin, end, [&](const std::string& s) { return s[2] < third; });
  const auto to = std::partition_point(from, end, [&](const std::string& s) { return s[2] == third; });
  for (auto it = from; it != to; ++it) longest = std::max(longest, MatchLength(text, at, *it));
  return longest;
}

}  // namespace jobpipe
