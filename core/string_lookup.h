// Hash sets and maps keyed by std::string that are searched with a
// std::string_view: a word of a text is looked up where it is, without
// being copied into a std::string first (the lexicon lookups run for every
// word of a posting).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace jobpipe {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// Which lengths the words of a set have, by their first byte: a word whose
/// first byte and length no word shares is not in the set, known without
/// hashing it (most words of a text looked up in a lexicon are not there).
class WordShapes {
 public:
  void Add(std::string_view word) {
    if (!word.empty() && word.size() < kLengthBits) shapes_[Byte(word)] |= std::uint64_t{1} << word.size();
    if (word.size() >= kLengthBits) long_words_ = true;
  }
  /// False only when no word of the set has this word's first byte and length.
  bool MayHold(std::string_view word) const {
    if (word.empty()) return true;
    if (word.size() >= kLengthBits) return long_words_;
    return (shapes_[Byte(word)] >> word.size()) & 1;
  }

 private:
  static constexpr std::size_t kLengthBits = 64;
  static std::size_t Byte(std::string_view word) { return static_cast<unsigned char>(word[0]); }
  std::array<std::uint64_t, 256> shapes_{};
  bool long_words_ = false;
};

}  // namespace jobpipe
