// Finds lexicon spellings (skill names and their aliases) in text without
// compiling one big regex of them: compiling and first running a
// case-insensitive RE2 alternation of ~500 spellings was a third of a short
// run. The spellings are grouped by their first two letters, so each place
// in a text costs a look at the few spellings that start with its letters.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe {

class SpellingIndex {
 public:
  /// ASCII letters of `spellings` match either case; other bytes (the
  /// UTF-8 of "Künstliche", "機械学習") only as written.
  explicit SpellingIndex(const std::vector<std::string>& spellings);

  /// The length in `text` of the longest spelling written at `at`, 0 when
  /// none is. Case is ignored exactly as RE2's (?i) ignores it for ASCII:
  /// letters of either case, and also U+212A KELVIN SIGN for "k" and U+017F
  /// LONG S for "s" (so a match holding one of those is longer in the text
  /// than the spelling, and is not ASCII).
  std::size_t LongestAt(std::string_view text, std::size_t at) const;

 private:
  /// One key per first byte (ASCII) and second byte (ASCII, or none).
  static constexpr std::size_t kKeys = 128 * 129;
  /// The lowered spellings, grouped by key: a place in a text looks only at
  /// the spellings that start with its first two letters.
  std::vector<std::string> spellings_;
  /// Where each key's group starts in spellings_ (kKeys + 1 entries).
  std::vector<std::uint32_t> group_start_;
  /// The (lowered, ASCII) bytes some ASCII spelling starts with.
  std::array<bool, 128> starts_{};
  /// The lowered spellings that hold a non-ASCII byte, by first byte: far
  /// fewer, so one group per byte is enough.
  std::vector<std::string> wide_spellings_;
  std::array<std::uint32_t, 257> wide_start_{};

  std::size_t LongestWideAt(std::string_view text, std::size_t at) const;
  std::size_t LongestAsciiAt(std::string_view text, std::size_t at) const;
};

}  // namespace jobpipe
