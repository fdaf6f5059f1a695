#include "normalize/skills/spelling_index.h"

#include <algorithm>
#include <numeric>

#include "core/text/ascii.h"
#include "normalize/match/case_fold.h"

namespace jobpipe::skills {
namespace {

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// How many bytes of `text` from `at` spell the lowered `spelling`, 0 when
/// they do not.
std::size_t MatchLength(std::string_view text, std::size_t at, std::string_view spelling) {
  std::size_t i = at;
  for (char wanted : spelling) {
    auto [folded, length] = match::FoldedAsciiAt(text, i);
    if (length == 0 || folded != wanted) return 0;
    i += length;
  }
  return i - at;
}

// Where a lowered spelling's group starts in the key table: by its first
// byte, then its second (one-letter spellings before all others).
std::size_t KeyOf(unsigned char first, int second) { return first * 129u + static_cast<std::size_t>(second + 1); }

std::size_t KeyOf(std::string_view spelling) {
  const int second = spelling.size() > 1 ? static_cast<unsigned char>(spelling[1]) : -1;
  return KeyOf(static_cast<unsigned char>(spelling[0]), second);
}

// A lowered spelling and the index of the constructor's spelling it came from.
struct Entry {
  std::string_view lowered;
  std::uint32_t owner;
};

bool ByBytesThenOwner(const Entry& a, const Entry& b) {
  const int order = a.lowered.compare(b.lowered);
  return order != 0 ? order < 0 : a.owner < b.owner;
}

}  // namespace

SpellingIndex::SpellingIndex(const std::vector<std::string_view>& spellings) {
  std::size_t total = 0;
  for (std::string_view spelling : spellings) total += spelling.size();
  lowered_.resize(total);  // never resized below: the views stay valid
  std::vector<Entry> ascii;
  std::vector<Entry> wide;
  ascii.reserve(spellings.size());
  for (std::size_t i = 0, start = 0; i < spellings.size(); start += spellings[i].size(), ++i) {
    const std::string_view spelling = spellings[i];
    if (spelling.empty()) continue;
    std::transform(spelling.begin(), spelling.end(), lowered_.begin() + start,
                   [](char c) { return textkit::AsciiLower(c); });
    const Entry entry{std::string_view(lowered_).substr(start, spelling.size()), static_cast<std::uint32_t>(i)};
    (IsAscii(spelling) ? ascii : wide).push_back(entry);
  }

  // Equal lowered spellings become one slot that lists all their owners.
  const auto add = [this](const Entry& entry) {
    if (slots_.empty() || slots_.back() != entry.lowered) {
      slots_.push_back(entry.lowered);
      owner_start_.push_back(static_cast<std::uint32_t>(owners_.size()));
    }
    owners_.push_back(entry.owner);
  };

  // The ASCII spellings into their groups by counting, then each (small)
  // group in byte order.
  std::vector<std::uint32_t> group_end(kKeys + 1, 0);
  for (const Entry& entry : ascii) ++group_end[KeyOf(entry.lowered) + 1];
  std::partial_sum(group_end.begin(), group_end.end(), group_end.begin());
  std::vector<Entry> grouped(ascii.size());
  std::vector<std::uint32_t> next(group_end.begin(), group_end.end() - 1);
  for (const Entry& entry : ascii) {
    grouped[next[KeyOf(entry.lowered)]++] = entry;
    starts_[static_cast<unsigned char>(entry.lowered[0])] = true;
  }
  group_start_.assign(kKeys + 1, 0);
  for (std::size_t key = 0; key < kKeys; ++key) {
    group_start_[key] = static_cast<std::uint32_t>(slots_.size());
    const auto begin = grouped.begin() + group_end[key];
    const auto end = grouped.begin() + group_end[key + 1];
    std::sort(begin, end, ByBytesThenOwner);
    std::for_each(begin, end, add);
  }
  group_start_[kKeys] = static_cast<std::uint32_t>(slots_.size());

  std::sort(wide.begin(), wide.end(), ByBytesThenOwner);
  std::size_t at = 0;
  for (std::size_t byte = 0; byte < 256; ++byte) {
    wide_start_[byte] = static_cast<std::uint32_t>(slots_.size());
    for (; at < wide.size() && static_cast<unsigned char>(wide[at].lowered[0]) == byte; ++at) add(wide[at]);
  }
  wide_start_[256] = static_cast<std::uint32_t>(slots_.size());
  owner_start_.push_back(static_cast<std::uint32_t>(owners_.size()));
}

void SpellingIndex::Consider(std::string_view text, std::size_t at, std::size_t slot, Best* best) const {
  // Two distinct slots cannot both be what the text holds at one length:
  // the first of the longest is the one.
  const std::size_t length = MatchLength(text, at, slots_[slot]);
  if (length > best->length) *best = Best{length, slot};
}

void SpellingIndex::FindWideAt(std::string_view text, std::size_t at, Best* best) const {
  const auto first = static_cast<unsigned char>(textkit::AsciiLower(text[at]));
  for (std::uint32_t slot = wide_start_[first]; slot < wide_start_[first + 1]; ++slot) Consider(text, at, slot, best);
}

SpellingIndex::Found SpellingIndex::FindLongestAt(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return {};
  Best best;
  FindWideAt(text, at, &best);
  FindAsciiAt(text, at, &best);
  Found found{best.length, {}};
  // A match longer than its spelling wrote a folded sign: no spelling is
  // those bytes.
  if (best.length > 0 && best.length == slots_[best.slot].size()) {
    const std::uint32_t from = owner_start_[best.slot];
    found.spellings = std::span<const std::uint32_t>(owners_).subspan(from, owner_start_[best.slot + 1] - from);
  }
  return found;
}

void SpellingIndex::FindAsciiAt(std::string_view text, std::size_t at, Best* best) const {
  // Most places (spaces, punctuation) start no spelling. A byte of 0x80 or
  // more may be a KELVIN SIGN or LONG S, read as 'k' or 's'.
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80 && !starts_[static_cast<unsigned char>(textkit::AsciiLower(text[at]))]) return;
  auto [first, first_length] = match::FoldedAsciiAt(text, at);
  if (static_cast<unsigned char>(first) >= 128) return;
  const auto try_group = [&](std::size_t key) {
    for (std::uint32_t slot = group_start_[key]; slot < group_start_[key + 1]; ++slot) Consider(text, at, slot, best);
  };
  // The one-letter spellings, then those whose second letter follows.
  try_group(KeyOf(static_cast<unsigned char>(first), -1));
  const auto [second, second_length] = match::FoldedAsciiAt(text, at + first_length);
  if (static_cast<unsigned char>(second) >= 128) return;
  const std::size_t key = KeyOf(static_cast<unsigned char>(first), second);
  // A group is in byte order: its two-letter spellings first, then the
  // others by their third letter, of which only the text's can match.
  std::size_t slot = group_start_[key];
  const std::size_t end = group_start_[key + 1];
  for (; slot != end && slots_[slot].size() == 2; ++slot) Consider(text, at, slot, best);
  const char third = match::FoldedAsciiAt(text, at + first_length + second_length).first;
  const auto begin_it = slots_.begin() + slot;
  const auto end_it = slots_.begin() + end;
  const auto from = std::partition_point(begin_it, end_it, [&](std::string_view s) { return s[2] < third; });
  const auto to = std::partition_point(from, end_it, [&](std::string_view s) { return s[2] == third; });
  for (auto it = from; it != to; ++it) Consider(text, at, it - slots_.begin(), best);
}

}  // namespace jobpipe::skills
