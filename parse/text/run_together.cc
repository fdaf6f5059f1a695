#include "parse/text/run_together.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

#include "core/byte_scan.h"
#include "parse/text/camel_case.h"
#include "parse/text/run_together_guards.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::text {
namespace {

constexpr std::size_t kMinItemWords = 2;
constexpr std::size_t kMinMedianItemWords = 3;
// A "word" longer than this is no product name but noise or code: never
// split inside it (and the bound keeps the scan linear).
constexpr std::size_t kMaxWordBytes = 80;
// Letters a capitalised word needs after "SQL." to start a new item.
constexpr std::size_t kMinWordAfterAcronym = 4;
constexpr std::size_t kMinLongWordLetters = 8;
constexpr std::size_t kMinTwoItemWords = 4;

bool IsWordChar(char32_t c) { return textkit::IsAlnum(c) || c == '\'' || c == 0x2019; }

// Returns a word with no humps when the word is too long to judge.
CamelWord WordAround(std::string_view line, std::size_t at, std::size_t chunk_begin,
                     std::size_t chunk_end, std::size_t* hump_index) {
  std::size_t begin = at;
  while (begin > chunk_begin) {
    textkit::CodePoint before = textkit::DecodeBefore(line, begin);
    if (!IsWordChar(before.value)) break;
    begin -= before.length;
    if (at - begin > kMaxWordBytes) return {};
  }
  std::size_t end = at;
  while (end < chunk_end) {
    textkit::CodePoint point = textkit::DecodeAt(line, end);
    if (!IsWordChar(point.value)) break;
    end += point.length;
    if (end - at > kMaxWordBytes) return {};
  }
  CamelWord word{line.substr(begin, end - begin), {0}};
  char32_t previous = 0;
  for (std::size_t i = 0; i < word.word.size();) {
    textkit::CodePoint point = textkit::DecodeAt(word.word, i);
    if (i > 0 && textkit::IsLower(previous) && textkit::IsUpper(point.value)) {
      if (begin + i == at) *hump_index = word.starts.size();
      word.starts.push_back(i);
    }
    previous = point.value;
    i += point.length;
  }
  return word;
}

enum class Shape { kCapitalised, kAllCaps, kSingleLetter, kOther };

struct Hump {
  Shape shape = Shape::kOther;
  std::size_t letters = 0;
  std::size_t end = 0;  // byte offset after the hump
};

// The shape of the letters starting at `at`, up to the next lower-to-upper
// step or the end of the word.
Hump HumpAt(std::string_view line, std::size_t at) {
  std::size_t count = 0;
  bool any_lower = false;
  bool all_upper = true;
  char32_t previous = 0;
  std::size_t i = at;
  while (i < line.size() && i - at < kMaxWordBytes) {
    textkit::CodePoint point = textkit::DecodeAt(line, i);
    if (!textkit::IsLetter(point.value)) break;
    if (count > 0 && textkit::IsLower(previous) && textkit::IsUpper(point.value)) break;
    if (count > 0 && textkit::IsLower(point.value)) any_lower = true;
    if (!textkit::IsUpper(point.value)) all_upper = false;
    previous = point.value;
    ++count;
    i += point.length;
  }
  Shape shape = Shape::kOther;
  if (count == 1) {
    shape = Shape::kSingleLetter;
  } else if (count > 1 && all_upper) {
    shape = Shape::kAllCaps;
  } else if (any_lower) {
    shape = Shape::kCapitalised;
  }
  return {shape, count, i};
}

// "A" or "I" standing alone ("...open sourceA proven...").
bool IsOneLetterWord(std::string_view line, std::size_t at, const Hump& hump) {
  const char32_t capital = textkit::DecodeAt(line, at).value;
  return (capital == 'A' || capital == 'I') && textkit::IsSpace(textkit::DecodeAt(line, hump.end).value);
}

// The break candidate at `at` (a capital) after punctuation `mark`.
bool IsBreakAfterPunctuation(std::string_view line, std::size_t at, char32_t mark,
                             std::size_t mark_at) {
  const char32_t before_mark = textkit::DecodeBefore(line, mark_at).value;
  const Hump hump = HumpAt(line, at);
  const Shape shape = hump.shape;
  if (shape == Shape::kSingleLetter && !IsOneLetterWord(line, at, hump)) return false;
  if (shape == Shape::kOther) return false;
  switch (mark) {
    case '.':
      // "Strong SQL.Experience with": an acronym of two or more capitals
      // ends the item when a long capitalised word follows ("U.S.Army" and
      // "ASP.Net" do not: one capital before the dot, a short word after).
      if (textkit::IsUpper(before_mark)) {
        return shape == Shape::kCapitalised && hump.letters >= kMinWordAfterAcronym &&
               textkit::IsUpper(textkit::DecodeBefore(line, mark_at - textkit::DecodeBefore(line, mark_at).length).value);
      }
      if (!(textkit::IsLower(before_mark) || textkit::IsAsciiDigit(before_mark) || before_mark == ')')) return false;
      if (textkit::IsLower(before_mark) && IsAbbreviationBefore(line, mark_at)) return false;
      // Node.JS, Socket.IO: a dotted name, not a new item.
      if (shape == Shape::kAllCaps && hump.letters <= 3) return false;
      return true;
    // "(Fach-)Hochschule", "(Online-)Marketing": a hyphen before the
    // bracket leaves the word open, so the capital continues it.
    case ')': return before_mark != '(' && before_mark != '-';
    case '"':
    case 0x201D:
    case 0x2019: return before_mark == '.' || before_mark == '!' || before_mark == '?';
    case ';': return !EndsEntity(line, mark_at);
    // "up to 10%Pension contribution": an amount ends the item.
    case '%': return shape == Shape::kCapitalised;
    default: return true;  // ! ? ]
  }
}

bool IsBreakMark(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ')' || c == ';' || c == ']' || c == '"' || c == '%' ||
         c == 0x201D || c == 0x2019;
}

void ScanChunk(std::string_view line, std::size_t begin, std::size_t end,
               const std::vector<ByteRange>& ranges, std::size_t* range_index,
               std::vector<LostBreak>& breaks) {
  char32_t previous = 0;
  std::size_t previous_at = begin;
  for (std::size_t i = begin; i < end;) {
    textkit::CodePoint point = textkit::DecodeAt(line, i);
    while (*range_index < ranges.size() && ranges[*range_index].second <= i) ++*range_index;
    const bool is_protected = *range_index < ranges.size() && ranges[*range_index].first <= i &&
                              i < ranges[*range_index].second;
    if (i > begin && !is_protected && textkit::IsUpper(point.value)) {
      if (textkit::IsLower(previous)) {
        std::size_t hump = 0;
        CamelWord word = WordAround(line, i, begin, end, &hump);
        const Hump right = HumpAt(line, i);
        const Shape shape = right.shape;
        const std::string_view left =
            hump > 0
                ? word.word.substr(word.starts[hump - 1], word.starts[hump] - word.starts[hump - 1])
                : std::string_view{};
        const bool left_lowercase = !left.empty() && textkit::IsLower(textkit::DecodeAt(left, 0).value);
        bool accept = hump > 0 && !IsNaturalCamelStep(word, hump);
        if (accept && shape == Shape::kSingleLetter) accept = IsOneLetterWord(line, i, right);
        if (accept && shape == Shape::kAllCaps)
          accept = left_lowercase && textkit::CodePointCount(left) >= 3;
        if (accept && shape == Shape::kOther) accept = false;
        const bool long_left = !left_lowercase && textkit::CodePointCount(left) >= kMinLongWordLetters &&
                               shape == Shape::kCapitalised && right.letters >= 3;
        if (accept) breaks.push_back({i, left_lowercase || long_left, false, false, long_left});
      } else if (IsBreakMark(previous) && IsBreakAfterPunctuation(line, i, previous, previous_at)) {
        const bool sentence_end = previous == '.' || previous == '!' || previous == '?';
        breaks.push_back({i, true, sentence_end, true});
      }
    }
    previous = point.value;
    previous_at = i;
    i += point.length;
  }
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  bool has_alnum = false;
  for (std::size_t i = 0; i <= text.size();) {
    textkit::CodePoint point = i < text.size() ? textkit::DecodeAt(text, i) : textkit::CodePoint{' ', 1};
    if (textkit::IsSpace(point.value)) {
      if (in_word && has_alnum) ++words;
      in_word = false;
      has_alnum = false;
    } else {
      in_word = true;
      has_alnum = has_alnum || textkit::IsAlnum(point.value);
    }
    i += point.length;
  }
  return words;
}

bool LooksLikeItem(std::string_view segment, std::size_t words) {
  const char32_t first = textkit::DecodeAt(segment, 0).value;
  return (textkit::IsUpper(first) || textkit::IsAsciiDigit(first)) && words >= kMinItemWords;
}

}  // namespace

std::vector<LostBreak> FindLostBreaks(std::string_view line) {
  std::vector<LostBreak> breaks;
  if (!MayHaveInnerCapital(line)) return breaks;  // most prose: capitals only after spaces
  // Found only when a chunk may hold a break: most lines have none.
  std::optional<std::vector<ByteRange>> ranges;
  std::size_t range_index = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    textkit::CodePoint point = textkit::DecodeAt(line, i);
    if (textkit::IsSpace(point.value)) {
      i += point.length;
      continue;
    }
    // The chunk up to the next space. ScanChunk breaks only before a
    // capital that is not the chunk's first character: a chunk without one
    // is not scanned.
    std::size_t end = i + point.length;
    bool has_inner_capital = false;
    for (point = textkit::DecodeAt(line, end); end < line.size() && !textkit::IsSpace(point.value); point = textkit::DecodeAt(line, end)) {
      has_inner_capital = has_inner_capital || textkit::IsUpper(point.value);
      end += point.length;
    }
    const std::string_view chunk = line.substr(i, end - i);
    if (has_inner_capital && !IsProtectedChunk(chunk)) {
      if (!ranges) ranges = ProtectedRanges(line);
      ScanChunk(line, i, end, *ranges, &range_index, breaks);
    }
    i = end;
  }
  return breaks;
}

RunTogether SplitRunTogether(std::string_view line, std::size_t min_segments) {
  return SplitRunTogether(line, FindLostBreaks(line), min_segments);
}

RunTogether SplitRunTogether(std::string_view line, const std::vector<LostBreak>& breaks,
                             std::size_t min_segments) {
  RunTogether result;
  if (breaks.empty()) {
    result.segments.emplace_back(textkit::Trim(line));
    return result;
  }
  std::vector<std::string_view> segments;
  std::size_t from = 0;
  std::size_t strong = 0;
  for (const LostBreak& lost : breaks) {
    segments.push_back(textkit::Trim(line.substr(from, lost.at - from)));
    from = lost.at;
    strong += lost.strong ? 1 : 0;
  }
  segments.push_back(textkit::Trim(line.substr(from)));
  bool is_list = segments.size() >= std::max<std::size_t>(2, min_segments) && strong >= 1 &&
                 strong * 2 >= breaks.size();
  // Each segment's words, counted once for the three tests below.
  std::vector<std::size_t> words;
  for (std::size_t i = 0; is_list && i < segments.size(); ++i) {
    words.push_back(CountWords(segments[i]));
    is_list = LooksLikeItem(segments[i], words.back());
  }
  // Items say something: "Else, another | Thing, last" are the halves of
  // camel-case identifiers, not items. The median item has 3+ words.
  if (is_list && segments.size() >= 3) {
    std::vector<std::size_t> sorted = words;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    is_list = sorted[sorted.size() / 2] >= kMinMedianItemWords;
  }
  // Two segments only when punctuation or a long word marks the break
  // ("qaLead" stays).
  for (std::size_t i = 0; is_list && segments.size() < 3 && i < breaks.size(); ++i) {
    const bool long_items = words[i] >= kMinTwoItemWords && words[i + 1] >= kMinTwoItemWords;
    is_list = breaks[i].after_punctuation || (breaks[i].after_long_word && long_items);
  }
  if (is_list) {
    result.is_list = true;
    for (std::string_view segment : segments) result.segments.emplace_back(segment);
    return result;
  }
  // Not a list: only put back the space a sentence lost ("cloud.Experience").
  std::string repaired;
  repaired.reserve(line.size() + breaks.size());
  from = 0;
  for (const LostBreak& lost : breaks) {
    if (!lost.after_sentence_end) continue;
    repaired.append(line.substr(from, lost.at - from));
    repaired += ' ';
    from = lost.at;
  }
  repaired.append(line.substr(from));
  result.segments.emplace_back(textkit::Trim(repaired));
  return result;
}

}  // namespace jobpipe::text
