#include "normalize/flat/words.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/match_fold.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> glue_words;  // data/glue_words.txt
}  // namespace jobpipe::embedded

namespace jobpipe::flat {
namespace {

constexpr std::size_t kMinRuleLength = 5;

// data/glue_words.txt, sorted for binary search.
const std::vector<std::string_view>& GlueWords() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> sorted = lexicon::LoadColumn(embedded::glue_words, "word");
    std::sort(sorted.begin(), sorted.end());
    return sorted;
  }();
  return words;
}

// Decodes the code point at text[at]; 0 past the end or on a broken byte.
char32_t CodePointAt(std::string_view text, std::size_t at, std::size_t* length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  const std::size_t size = lead < 0x80           ? 1
                           : (lead >> 5) == 0x6  ? 2
                           : (lead >> 4) == 0xE  ? 3
                           : (lead >> 3) == 0x1E ? 4
                                                 : 0;
  *length = size == 0 ? 1 : size;
  if (size == 0 || at + size > text.size()) return 0;
  char32_t point = size == 1 ? lead : lead & (0x7F >> size);
  for (std::size_t i = 1; i < size; ++i) point = (point << 6) | (byte(at + i) & 0x3F);
  return point;
}

// Latin, Greek and Cyrillic capitals; other scripts have no case here.
bool IsUpperLetter(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) {
    const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return c == 0x178 || (odd_capitals ? c % 2 == 1 : c % 2 == 0 && c != 0x138);
  }
  return (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

bool IsLowerLetter(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if (c >= 0x100 && c <= 0x17F) return !IsUpperLetter(c);
  return (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
}

bool IsOpening(char32_t c) {
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB ||
         c == 0xBF || c == 0xA1;
}

WordStart StartOf(std::string_view word) {
  for (std::size_t at = 0; at < word.size();) {
    std::size_t length = 1;
    const char32_t c = CodePointAt(word, at, &length);
    if (IsUpperLetter(c)) return WordStart::kUpper;
    if (IsLowerLetter(c)) return WordStart::kLower;
    if (c >= '0' && c <= '9') return WordStart::kDigit;
    if (!IsOpening(c)) return WordStart::kOther;
    at += length;
  }
  return WordStart::kOther;
}

// The word without closing quotes and brackets at its end.
std::string_view WithoutClosing(std::string_view word) {
  for (;;) {
    if (!word.empty() &&
        (word.back() == ')' || word.back() == ']' || word.back() == '"' || word.back() == '\'')) {
      word.remove_suffix(1);
    } else if (word.size() >= 3 && (word.substr(word.size() - 3) == "\xE2\x80\x9D" ||   // ”
                                    word.substr(word.size() - 3) == "\xE2\x80\x99")) {  // ’
      word.remove_suffix(3);
    } else if (word.size() >= 2 && word.substr(word.size() - 2) == "\xC2\xBB") {  // »
      word.remove_suffix(2);
    } else {
      return word;
    }
  }
}

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(), [&](std::string_view ending) {
    return word.size() >= ending.size() && word.substr(word.size() - ending.size()) == ending;
  });
}

bool IsRuleWord(std::string_view word) {
  if (word.size() < kMinRuleLength) return false;
  for (std::string_view dash : {"-", "_", "=", "*", "~", "\xE2\x80\x94", "\xE2\x94\x80"}) {  // — ─
    std::size_t count = 0;
    std::size_t at = 0;
    while (word.substr(at, dash.size()) == dash) {
      at += dash.size();
      ++count;
    }
    if (at == word.size() && count >= kMinRuleLength) return true;
  }
  return false;
}

}  // namespace

std::vector<FlatWord> SplitFlatWords(std::string_view paragraph) {
  std::vector<FlatWord> words;
  std::size_t at = 0;
  while (at < paragraph.size()) {
    while (at < paragraph.size() && paragraph[at] == ' ') ++at;
    if (at == paragraph.size()) break;
    const std::size_t end = std::min(paragraph.find(' ', at), paragraph.size());
    const std::string_view text = paragraph.substr(at, end - at);
    const std::string_view bare = WithoutClosing(text);
    FlatWord word;
    word.begin = at;
    word.end = end;
    word.start = StartOf(text);
    word.is_rule = IsRuleWord(text);
    word.ends_sentence = EndsWithAny(bare, {".", "!", "?", "\xE2\x80\xA6"});  // …
    word.ends_clause = !word.is_rule && EndsWithAny(bare, {",", ":", "-", "/", "&", "+",
                                                           "\xE2\x80\x93", "\xE2\x80\x94"});  // – —
    word.ends_colon = !text.empty() && text.back() == ':';
    word.folded = textkit::FoldForMatch(text);
    word.glue = IsGlueWord(LastWord(word.folded));
    words.push_back(std::move(word));
    at = end;
  }
  return words;
}

std::string_view WordText(std::string_view paragraph, const FlatWord& word) {
  return paragraph.substr(word.begin, word.end - word.begin);
}

std::string_view WordsText(std::string_view paragraph, const std::vector<FlatWord>& words,
                           std::size_t first, std::size_t end) {
  if (first >= end) return {};
  return paragraph.substr(words[first].begin, words[end - 1].end - words[first].begin);
}

std::string_view LastWord(std::string_view folded) {
  const std::size_t space = folded.rfind(' ');
  return space == std::string_view::npos ? folded : folded.substr(space + 1);
}

bool IsGlueWord(std::string_view folded) {
  return std::binary_search(GlueWords().begin(), GlueWords().end(), folded);
}

}  // namespace jobpipe::flat
