// Finds lexicon spellings (skill names and their aliases) in text without
// compiling one big regex of them: compiling and first running a
// case-insensitive RE2 alternation of ~500 spellings was a third of a short
// run. The spellings are grouped by their first two letters, so each place
// in a text costs a look at the few spellings that start with its letters.
//
// Built once per process (the skills lexicon's ~4,000 spellings), so the
// build itself is kept cheap: one buffer holds every lowered spelling, and
// the groups are filled by counting, not by sorting the whole list.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::skills {

class SpellingIndex {
 public:
  /// ASCII letters of `spellings` match either case; other bytes (the
  /// UTF-8 of "Künstliche", "機械学習") only as written. The index keeps
  /// its own copy: `spellings` need not outlive it.
  explicit SpellingIndex(const std::vector<std::string_view>& spellings);
  SpellingIndex(const SpellingIndex&) = delete;  // holds views into its own buffer
  SpellingIndex& operator=(const SpellingIndex&) = delete;

  /// The longest spelling written at a place: its length in the text, and
  /// which of the constructor's spellings (their indexes, increasing) are
  /// exactly those bytes with ASCII letters lowered. `spellings` is empty
  /// when `length` is 0, and also when the text wrote a letter as RE2 folds
  /// it (KELVIN SIGN for "k", LONG S for "s"; see LongestAt).
  struct Found {
    std::size_t length = 0;
    std::span<const std::uint32_t> spellings;
  };
  Found FindLongestAt(std::string_view text, std::size_t at) const;

  /// The length in `text` of the longest spelling written at `at`, 0 when
  /// none is. Case is ignored exactly as RE2's (?i) ignores it for ASCII:
  /// letters of either case, and also U+212A KELVIN SIGN for "k" and U+017F
  /// LONG S for "s" (so a match holding one of those is longer in the text
  /// than the spelling, and is not ASCII).
  std::size_t LongestAt(std::string_view text, std::size_t at) const { return FindLongestAt(text, at).length; }

 private:
  /// One key per first byte (ASCII) and second byte (ASCII, or none).
  static constexpr std::size_t kKeys = 128 * 129;
  /// Every lowered spelling, end to end; slots_ are views into it.
  std::string lowered_;
  /// The distinct lowered spellings: the ASCII ones grouped by key (each
  /// group in byte order), then those that hold a non-ASCII byte, in byte
  /// order (far fewer, so one group per first byte is enough).
  std::vector<std::string_view> slots_;
  /// Where each key's group starts in slots_ (kKeys + 1 entries).
  std::vector<std::uint32_t> group_start_;
  /// Where each first byte's group of non-ASCII spellings starts in slots_.
  std::array<std::uint32_t, 257> wide_start_{};
  /// The (lowered, ASCII) bytes some ASCII spelling starts with.
  std::array<bool, 128> starts_{};
  /// For slot i, the constructor's spellings that lower to it:
  /// owners_[owner_start_[i] .. owner_start_[i + 1]).
  std::vector<std::uint32_t> owners_;
  std::vector<std::uint32_t> owner_start_;

  struct Best {
    std::size_t length = 0;
    std::size_t slot = 0;
  };
  void Consider(std::string_view text, std::size_t at, std::size_t slot, Best* best) const;
  void FindWideAt(std::string_view text, std::size_t at, Best* best) const;
  void FindAsciiAt(std::string_view text, std::size_t at, Best* best) const;
};

}  // namespace jobpipe::skills
