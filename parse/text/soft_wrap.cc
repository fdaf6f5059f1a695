#include "parse/text/soft_wrap.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> dangling_words;  // data/line_shapes/dangling_words.txt
}  // namespace jobpipe::embedded

namespace jobpipe::text {
namespace {

// Hard wrapping is only recognised at realistic widths (PDF, e-mail, 80
// column markdown) and when most lines of the run come close to the width.
constexpr std::size_t kMinWrapWidth = 50;
// Text is hard-wrapped at 60 to 100 columns (mail, PDF copies, terminals);
// runs of lines longer than this are lines as the author ended them, even
// when several happen to be of one length.
constexpr std::size_t kMaxWrapWidth = 100;
constexpr std::size_t kMinTwoLineWrap = 60;
constexpr double kNearWidth = 0.75;
constexpr std::size_t kMinRunForPercentile = 5;
// In wrapped prose a line that follows an unfinished one starts with
// whatever word came next, a small letter most of the time (German, which
// capitalises nouns, about one line in three). Lines of a list written
// without bullets each start afresh with a capital. Two thirds of capital
// starts, over three such lines or more, are a list, however even its widths.
constexpr std::size_t kMinFreshStarts = 3;
constexpr double kListCapitalShare = 2.0 / 3.0;

// A line ending with one of these words stops mid-sentence
// (data/line_shapes/dangling_words.txt).
const std::vector<std::string_view>& DanglingWords() {
  static const std::vector<std::string_view> words = lexicon::LoadColumn(embedded::dangling_words, "word");
  return words;
}

std::size_t LineWidth(const Line& line) {
  const std::size_t marker = line.kind == LineKind::kItem ? 2 : 0;
  return static_cast<std::size_t>(line.indent) + marker + textkit::CodePointCount(line.text);
}

std::string_view LastWord(std::string_view text) {
  const std::size_t space = text.rfind(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

bool EndsSentence(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

// Calls visit(previous, text) for each line of `run` whose text follows a
// line that ended unfinished (no sentence ended there), both non-empty.
template <typename Visit>
void ForEachAfterUnfinished(std::span<const Line> run, Visit visit) {
  for (std::size_t i = 1; i < run.size(); ++i) {
    const std::string_view previous = textkit::Trim(run[i - 1].text);
    const std::string_view text = textkit::Trim(run[i].text);
    if (previous.empty() || text.empty() || EndsSentence(previous)) continue;
    visit(run[i - 1], text);
  }
}

// Whether the lines after an unfinished line mostly start with a capital:
// lines as the author ended them, not a wrapped paragraph.
bool StartsLikeList(std::span<const Line> run) {
  std::size_t fresh = 0;
  std::size_t capital = 0;
  ForEachAfterUnfinished(run, [&](const Line&, std::string_view text) {
    const char32_t first = textkit::DecodeAt(text, 0).value;
    if (!textkit::IsLetter(first)) return;
    ++fresh;
    capital += textkit::IsUpper(first);
  });
  return fresh >= kMinFreshStarts &&
         static_cast<double>(capital) >= kListCapitalShare * static_cast<double>(fresh);
}

// Russian, Polish and Ukrainian postings write unbulleted items in lower
// case ("Чем предстоит заниматься" / "разработкой сервисов" / "участием в
// ревью"): short lines, none ending a sentence, each starting small. One
// such line after a <br> continues its line; three are a list.
bool StartsLikeLowerCaseList(std::span<const Line> run) {
  std::size_t lower = 0;
  ForEachAfterUnfinished(run, [&](const Line& previous, std::string_view text) {
    if (LineWidth(previous) >= kMinWrapWidth || previous.kind != LineKind::kText) return;
    lower += textkit::IsLower(textkit::DecodeAt(text, 0).value);
  });
  return lower >= kMinFreshStarts;
}

std::size_t FirstWordWidth(std::string_view text) {
  const std::size_t space = text.find(' ');
  return textkit::CodePointCount(space == std::string_view::npos ? text : text.substr(0, space));
}

}  // namespace

std::vector<WrapRun> MeasureWrapRuns(const std::vector<Line>& lines) {
  std::vector<WrapRun> runs(lines.size());
  std::size_t begin = 0;
  while (begin < lines.size()) {
    if (lines[begin].kind == LineKind::kBlank) {
      ++begin;
      continue;
    }
    std::size_t end = begin;
    std::vector<std::size_t> widths;
    while (end < lines.size() && lines[end].kind != LineKind::kBlank) {
      widths.push_back(LineWidth(lines[end]));
      ++end;
    }
    const std::size_t count = end - begin;
    // The wrap width: the widest line, or in longer runs the 90th
    // percentile, so one long link line does not hide the wrapping.
    std::vector<std::size_t> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t width =
        count >= kMinRunForPercentile ? sorted[(count - 1) * 9 / 10] : sorted.back();
    std::size_t near = 0;
    for (std::size_t i = begin; i + 1 < end; ++i) {
      near += static_cast<double>(LineWidth(lines[i])) >= kNearWidth * static_cast<double>(width);
    }
    bool hard = width >= kMinWrapWidth && width <= kMaxWrapWidth && count >= 2;
    if (hard && count == 2) hard = LineWidth(lines[begin]) >= kMinTwoLineWrap;
    if (hard && count >= 3) hard = near * 3 >= (count - 1) * 2;
    const std::span<const Line> run = std::span<const Line>(lines).subspan(begin, count);
    if (hard) hard = !StartsLikeList(run);
    const bool lower_case_list = !hard && StartsLikeLowerCaseList(run);
    for (std::size_t i = begin; i < end; ++i) runs[i] = {width, hard, lower_case_list};
    begin = end;
  }
  return runs;
}

bool IsHyphenatedBreak(std::string_view previous, std::string_view next) {
  if (previous.size() < 2 || previous.back() != '-') return false;
  const char32_t before = textkit::DecodeBefore(previous, previous.size() - 1).value;
  return textkit::IsLetter(before) && textkit::IsLower(textkit::DecodeAt(next, 0).value);
}

bool ContinuesLine(const Line& previous_line, const Line& next_line, const WrapRun& run) {
  const std::string_view previous = textkit::Trim(previous_line.text);
  const std::string_view next = textkit::Trim(next_line.text);
  if (previous.empty() || next.empty()) return false;
  if (textkit::IsLower(textkit::DecodeAt(next, 0).value) &&
      !(run.lower_case_list && LineWidth(previous_line) < kMinWrapWidth)) {
    return true;
  }
  const char last = previous.back();
  if (last == ',' || last == '-' || last == '&' || last == '/' || last == '(') return true;
  if (textkit::DecodeBefore(previous, previous.size()).value == 0x2013) return true;  // en dash
  const std::string last_word = textkit::AsciiLower(LastWord(previous));
  for (std::string_view word : DanglingWords()) {
    if (last_word == word) return true;
  }
  if (EndsSentence(previous)) return false;
  if (!run.hard_wrapped) return false;
  return LineWidth(previous_line) + 1 + FirstWordWidth(next) > run.width;
}

}  // namespace jobpipe::text
