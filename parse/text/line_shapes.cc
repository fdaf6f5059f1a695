#include "parse/text/line_shapes.h"

#include <span>
#include <string_view>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> heading_phrases;  // data/line_shapes/heading_phrases.txt
extern const std::span<const lexicon::DataFile> heading_words;    // data/line_shapes/heading_words.txt
extern const std::span<const lexicon::DataFile> small_words;      // data/line_shapes/small_words.txt
}  // namespace jobpipe::embedded

namespace jobpipe::text {
namespace {

// Whole-line or leading phrases (data/line_shapes/heading_phrases.txt).
const std::vector<std::string_view>& HeadingPhrases() {
  static const std::vector<std::string_view> phrases =
      lexicon::LoadColumn(embedded::heading_phrases, "phrase");
  return phrases;
}

// Words that alone make a short line a heading wherever they stand in it
// (data/line_shapes/heading_words.txt).
const std::vector<std::string_view>& HeadingWords() {
  static const std::vector<std::string_view> words = lexicon::LoadColumn(embedded::heading_words, "word");
  return words;
}

// Words a title-cased line writes in lower case (data/line_shapes/small_words.txt).
const std::vector<std::string_view>& SmallWords() {
  static const std::vector<std::string_view> words = lexicon::LoadColumn(embedded::small_words, "word");
  return words;
}

bool IsWordIn(const auto& list, std::string_view word) {
  for (std::string_view entry : list) {
    if (entry == word) return true;
  }
  return false;
}

// Lowercase words of `text` with punctuation around them removed.
std::string NormalizedForPhrase(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    if (textkit::IsAlnum(point.value) || point.value == '\'' || point.value == 0x2019) {
      // Latin-1 capitals ("Über", "É") lowered too: their small letters are
      // 0x20 above them, like ASCII's.
      const bool latin1_capital = point.value >= 0xC0 && point.value <= 0xDE && point.value != 0xD7;
      if (latin1_capital) {
        textkit::AppendUtf8(out, point.value + 0x20);
      } else {
        out.append(textkit::AsciiLower(text.substr(i, point.length)));
      }
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
    i += point.length;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::size_t WordCount(std::string_view text, std::size_t limit) {
  std::size_t words = 0;
  bool counted = false;
  for (std::size_t i = 0; i < text.size();) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    if (textkit::IsSpace(point.value)) {
      counted = false;
    } else if (!counted && textkit::IsAlnum(point.value)) {
      if (words == limit) return limit + 1;
      ++words;
      counted = true;
    }
    i += point.length;
  }
  return words;
}

bool EndsLikeSentence(std::string_view text) {
  std::size_t end = text.size();
  while (end > 0) {
    const char c = text[end - 1];
    if (c == ')' || c == '"' || c == '\'' || c == '*' || c == '_') {
      --end;
      continue;
    }
    const textkit::CodePoint point = textkit::DecodeBefore(text, end);
    if (point.value == 0x201D || point.value == 0x2019) {
      end -= point.length;
      continue;
    }
    break;
  }
  if (end == 0) return false;
  const char last = text[end - 1];
  return last == '.' || last == '!' || last == '?' || last == ';' || last == ',';
}

bool IsHeadingPhrase(std::string_view text) {
  const std::string words = NormalizedForPhrase(text);
  if (words.empty()) return false;
  for (std::string_view phrase : HeadingPhrases()) {
    if (words == phrase) return true;
    if (words.size() > phrase.size() && words.compare(0, phrase.size(), phrase) == 0 &&
        words[phrase.size()] == ' ') {
      return true;
    }
  }
  if (WordCount(text) > 6) return false;
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    if (IsWordIn(HeadingWords(), std::string_view(words).substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

bool IsAllCaps(std::string_view text) {
  std::size_t upper = 0;
  for (std::size_t i = 0; i < text.size();) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    if (textkit::IsLower(point.value)) return false;
    upper += textkit::IsUpper(point.value) ? 1 : 0;
    i += point.length;
  }
  return upper >= 2;
}

std::optional<std::string_view> WhollyBoldInner(std::string_view raw) {
  raw = textkit::Trim(raw);
  for (std::string_view mark : {"**", "__"}) {
    if (raw.size() > 4 && raw.substr(0, 2) == mark && raw.substr(raw.size() - 2) == mark) {
      const std::string_view inner = raw.substr(2, raw.size() - 4);
      if (inner.find(mark) == std::string_view::npos) return inner;
    }
  }
  return std::nullopt;
}

bool IsWhollyBold(std::string_view raw) { return WhollyBoldInner(raw).has_value(); }

bool IsLabelValue(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view value = textkit::Trim(text.substr(colon + 1));
  if (value.empty() || text.substr(colon + 1, 2) == "//") return false;  // "https://"
  return WordCount(text.substr(0, colon)) <= 4;
}

bool LooksSentenceCase(std::string_view text) {
  if (WordCount(text) < 3) return false;
  std::size_t i = 0;
  bool first_word = true;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    if (!word.empty()) {
      const char32_t first = textkit::DecodeAt(word, 0).value;
      if (!first_word && textkit::IsLower(first) && !IsWordIn(SmallWords(), textkit::AsciiLower(word))) return true;
      first_word = false;
    }
    i = end;
  }
  return false;
}

bool LooksLikeCardData(std::string_view text) {
  if (IsUrlLine(text) || text.find('@') != std::string_view::npos) return true;
  for (std::size_t i = 0; i < text.size();) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    const char32_t c = point.value;
    if (textkit::IsAsciiDigit(c) || c == '|' || c == 0xB7 || c == 0x2022 || c == '$' || c == 0x20AC ||
        c == 0xA3 || textkit::IsEmojiPart(c)) {
      return true;
    }
    i += point.length;
  }
  return false;
}

bool IsUrlLine(std::string_view text) {
  text = textkit::Trim(text);
  const bool starts =
      text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 || text.rfind("www.", 0) == 0;
  return starts && text.find(' ') == std::string_view::npos;
}

std::string HeadingText(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    textkit::CodePoint point = textkit::DecodeAt(text, begin);
    if (textkit::IsAlnum(point.value) || point.value == '(' || point.value == '"' || point.value == '\'' ||
        point.value == 0x201C || point.value == 0x2018 || point.value == '.' ||
        point.value == '$' || point.value == 0x20AC || point.value == 0xA3) {
      break;
    }
    begin += point.length;
  }
  std::string_view rest = textkit::Trim(text.substr(begin));
  while (!rest.empty() && (rest.back() == ':' || rest.back() == ' ')) rest.remove_suffix(1);
  return std::string(rest);
}

}  // namespace jobpipe::text
