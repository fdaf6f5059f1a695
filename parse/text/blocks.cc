#include "parse/text/blocks.h"

#include <algorithm>
#include <string>

#include "core/stop.h"
#include "parse/text/block_cleanup.h"
#include "parse/text/line_shapes.h"
#include "parse/text/soft_wrap.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::text {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxBoldHeadingWords = 12;
constexpr std::size_t kMaxColonHeadingWords = 8;
constexpr std::size_t kMaxColonHeadingChars = 70;
constexpr std::size_t kMaxCapsHeadingWords = 10;
constexpr std::size_t kMaxTitleWords = 10;
constexpr std::size_t kMaxTitleChars = 80;
constexpr std::size_t kMaxSetextWords = 12;
// Indentation differences below this are noise, not nesting.
constexpr int kNestingStep = 2;

struct ListLevel {
  int indent = 0;
  std::string marker;
  int level = 0;
};

bool StartsUpperOrDigit(std::string_view text) {
  const char32_t first = textkit::DecodeAt(HeadingText(text), 0).value;
  return textkit::IsUpper(first) || textkit::IsAsciiDigit(first) || (textkit::IsLetter(first) && !textkit::IsLower(first));
}

// "To be successful you will need:", "In this role you will:", "We are
// looking for someone with:": a sentence leading into a list is the
// section's text, not its heading. A heading may hold the same words after
// a question word ("What you will do:", "Who we are:").
bool IsLeadInSentence(std::string_view clean) {
  static constexpr std::string_view kQuestionWords[] = {"what", "who", "how", "why", "where", "when", "which"};
  static constexpr std::string_view kSubjectVerbs[] = {
      "you will", "you'll", "you’ll", "you need", "you must", "you should", "you have", "you are",
      "we are",   "we're",  "we’re",  "we need",  "we will",  "we'll",      "we offer", "we expect"};
  // A space in front, so each phrase is found at a word's start.
  std::string lower(1, ' ');
  lower += textkit::AsciiLower(clean);
  const std::string_view words = std::string_view(lower).substr(1);
  const std::string_view first_word = words.substr(0, words.find(' '));
  for (std::string_view word : kQuestionWords) {
    if (first_word == word) return false;
  }
  for (std::string_view phrase : kSubjectVerbs) {
    for (std::size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
      if (lower[at - 1] == ' ') return true;
    }
  }
  return false;
}

class BlockBuilder {
 public:
  BlockBuilder(const std::vector<Line>& lines, std::size_t first)
      : lines_(lines), first_(first), runs_(MeasureWrapRuns(lines)) {}

  std::vector<RawBlock> Build() {
    for (std::size_t i = first_; i < lines_.size() && !StopRequested(); ++i) {
      switch (lines_[i].kind) {
        case LineKind::kBlank: blank_since_open_ = true; break;
        case LineKind::kRule: OnRule(i); break;
        case LineKind::kHeading: OnHeading(i); break;
        case LineKind::kItem: OnItem(i); break;
        case LineKind::kText: OnText(i); break;
      }
    }
    return std::move(out_);
  }

 private:
  void Close() {
    open_ = kNone;
    open_lines_ = 0;
  }

  void Open(BlockType type, std::size_t line, int level) {
    out_.push_back(RawBlock{type, std::string(lines_[line].text), level, false, false});
    open_ = out_.size() - 1;
    open_last_line_ = line;
    open_lines_ = 1;
    blank_since_open_ = false;
  }

  void Append(std::size_t line) {
    std::string& raw = out_[open_].raw;
    const std::string_view text = lines_[line].text;
    if (IsHyphenatedBreak(raw, text)) {
      raw += text;
    } else {
      raw += ' ';
      raw += text;
    }
    open_last_line_ = line;
    ++open_lines_;
    blank_since_open_ = false;
  }

  void OnRule(std::size_t i) {
    const Line& rule = lines_[i];
    // Setext: "Title" underlined by === (level 1) or --- (level 2).
    if ((rule.rule_char == '=' || rule.rule_char == '-') && open_ != kNone && !blank_since_open_ &&
        open_lines_ == 1 && out_[open_].type == BlockType::kParagraph &&
        WordCount(out_[open_].raw, kMaxSetextWords) <= kMaxSetextWords) {
      out_[open_].type = BlockType::kHeading;
      out_[open_].level = rule.rule_char == '=' ? 1 : 2;
    }
    Close();
    list_.clear();
  }

  void OnHeading(std::size_t i) {
    Close();
    list_.clear();
    out_.push_back(RawBlock{BlockType::kHeading, std::string(lines_[i].text), lines_[i].level});
  }

  int ItemLevel(const Line& line) {
    while (!list_.empty() && list_.back().indent > line.indent + kNestingStep - 1) list_.pop_back();
    if (list_.empty()) {
      list_.push_back({line.indent, line.marker, 0});
      return 0;
    }
    if (line.indent >= list_.back().indent + kNestingStep) {
      list_.push_back({line.indent, line.marker, list_.back().level + 1});
      return list_.back().level;
    }
    if (line.marker == list_.back().marker) return list_.back().level;
    // Marker change at the same indentation: back to an enclosing level
    // with this marker, or one level deeper ("-" items under "•" items).
    for (std::size_t j = list_.size(); j-- > 0;) {
      if (list_[j].marker == line.marker) {
        list_.resize(j + 1);
        return list_.back().level;
      }
    }
    list_.push_back({line.indent, line.marker, list_.back().level + 1});
    return list_.back().level;
  }

  void OnItem(std::size_t i) {
    Close();
    Open(BlockType::kListItem, i, ItemLevel(lines_[i]));
    open_item_indent_ = lines_[i].indent;
  }

  bool JoinsOpenBlock(std::size_t i) const {
    if (open_ == kNone) return false;
    const Line& line = lines_[i];
    if (out_[open_].type == BlockType::kListItem) {
      // Indented under the item: its continuation; after a blank line only
      // when indented to the item's text, not by a stray space.
      const int needed = open_item_indent_ + (blank_since_open_ ? kNestingStep : 1);
      if (line.indent >= needed) return true;
    }
    if (blank_since_open_ || open_last_line_ + 1 != i) return false;
    return ContinuesLine(lines_[open_last_line_], line, runs_[i]);
  }

  std::size_t NextContentLine(std::size_t i) const {
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].kind != LineKind::kBlank) return j;
    }
    return kNone;
  }

  std::size_t PreviousContentLine(std::size_t i) const {
    for (std::size_t j = i; j-- > first_;) {
      if (lines_[j].kind != LineKind::kBlank) return j;
    }
    return kNone;
  }

  // A short title-like line: alone, and followed by content.
  bool IsTitleLike(std::size_t i, const std::string& clean, bool blank_before) const {
    const std::size_t words = WordCount(clean, kMaxTitleWords);
    if (words > kMaxTitleWords || textkit::CodePointCount(clean) > kMaxTitleChars) return false;
    if (IsLabelValue(clean) || !StartsUpperOrDigit(clean)) return false;
    if (clean.find("://") != std::string::npos || clean.find("www.") != std::string::npos)
      return false;
    if (EndsLikeSentence(clean) && clean.back() != '?') return false;
    const bool phrase = IsHeadingPhrase(clean);
    if (!blank_before && !phrase) return false;
    const std::size_t next = NextContentLine(i);
    if (next == kNone) return false;
    const Line& following = lines_[next];
    // (a heading phrase may end in "for": "What we look for")
    if (next == i + 1 && !phrase && ContinuesLine(lines_[i], following, runs_[i])) return false;
    if (following.kind == LineKind::kItem) return true;
    if (following.kind != LineKind::kText) return false;
    if (phrase) return true;
    const std::string& next_clean = following.clean;
    return WordCount(next_clean, kMaxTitleWords) > kMaxTitleWords || EndsLikeSentence(next_clean) ||
           HeadsLineList(i, words);
  }

  // Right under line i, lines that each stand alone and are all longer
  // than it: a list written without markers, and line i its heading
  // ("Votre boîte à outils" over a skill a line).
  bool HeadsLineList(std::size_t i, std::size_t words) const {
    constexpr std::size_t kMinLines = 3;
    constexpr std::size_t kLongerBy = 2;  // words
    std::size_t lines = 0;
    for (std::size_t j = i + 1; j < lines_.size() && lines_[j].kind == LineKind::kText; ++j) {
      if (ContinuesLine(lines_[j - 1], lines_[j], runs_[j])) return false;
      const std::string& clean = lines_[j].clean;
      if (WordCount(clean, words + kLongerBy) < words + kLongerBy || (!clean.empty() && clean.back() == ':')) {
        return false;
      }
      ++lines;
    }
    return lines >= kMinLines;
  }

  bool IsGuessedHeading(std::size_t i, const std::string& clean) const {
    if (clean.empty()) return false;
    const std::size_t previous = PreviousContentLine(i);
    const bool blank_before = previous == kNone || previous + 1 != i;
    bool block_ended = blank_before;
    if (!block_ended) {
      const Line& before = lines_[previous];
      const std::string_view text = textkit::Trim(before.text);
      block_ended = before.kind != LineKind::kText || EndsLikeSentence(text) ||
                    (!text.empty() && text.back() == ':');
      // A heading phrase right under a line it does not continue (lists
      // pasted without their bullets: "...in a product environment" /
      // "What we look for").
      block_ended = block_ended || (IsHeadingPhrase(clean) && !ContinuesLine(before, lines_[i], runs_[i]));
    }
    if (!block_ended) return false;
    const std::size_t words = WordCount(clean, std::max(kMaxColonHeadingWords, kMaxCapsHeadingWords));
    if (clean.back() == ':') {
      return words <= kMaxColonHeadingWords && textkit::CodePointCount(clean) <= kMaxColonHeadingChars &&
             clean.find(':') == clean.size() - 1 && StartsUpperOrDigit(clean) &&
             !IsLeadInSentence(clean);
    }
    if (IsAllCaps(clean) && words <= kMaxCapsHeadingWords && !EndsLikeSentence(clean)) {
      // One capitalised word could be a code or a name ("NOIRUKREC"): it
      // needs a known heading word or a blank line after it.
      const std::size_t next = NextContentLine(i);
      return words > 1 || IsHeadingPhrase(clean) || next == kNone || next > i + 1;
    }
    return IsTitleLike(i, clean, blank_before);
  }

  void OnText(std::size_t i) {
    const Line& line = lines_[i];
    if (line.in_code) {
      Close();
      out_.push_back(RawBlock{BlockType::kParagraph, std::string(line.text), 0, false, true});
      return;
    }
    const std::string& clean = line.clean;
    const bool bold_heading =
        IsWhollyBold(line.text) && WordCount(clean, kMaxBoldHeadingWords) <= kMaxBoldHeadingWords && !IsLabelValue(clean);
    if (!bold_heading && JoinsOpenBlock(i)) {
      Append(i);
      return;
    }
    const bool after_item = open_ != kNone && out_[open_].type == BlockType::kListItem && !blank_since_open_;
    Close();
    list_.clear();
    if (bold_heading || IsGuessedHeading(i, clean)) {
      out_.push_back(RawBlock{BlockType::kHeading, std::string(line.text), 0, true, false});
      colon_list_ = false;
      return;
    }
    colon_list_ = (colon_list_ && after_item && open_last_line_ + 1 == i && IsColonListLine(i)) ||
                  StartsColonList(i);
    if (colon_list_) {
      Open(BlockType::kListItem, i, 0);
      open_item_indent_ = line.indent;
      return;
    }
    Open(BlockType::kParagraph, i, 0);
  }

  // Lines right under a sentence ending in ':', each standing alone, two
  // or more of them: the list that sentence introduces, written without
  // markers ("vos missions seront les suivantes :" over a duty a line).
  bool StartsColonList(std::size_t i) const {
    if (i == 0 || i + 1 >= lines_.size() || lines_[i - 1].kind != LineKind::kText ||
        lines_[i + 1].kind != LineKind::kText) {
      return false;
    }
    // A lead too long to be a "Requirements:" heading: under a heading the
    // lines are the section's and are read as such in normalize.
    const std::string_view lead = textkit::Trim(lines_[i - 1].text);
    return !lead.empty() && lead.back() == ':' &&
           WordCount(lines_[i - 1].clean, kMaxColonHeadingWords) > kMaxColonHeadingWords && IsColonListLine(i) && IsColonListLine(i + 1) &&
           !ContinuesLine(lines_[i], lines_[i + 1], runs_[i + 1]);
  }

  // Short enough for a list item: longer lines are prose the author broke
  // into paragraphs (quoted text, a story told a line a paragraph).
  bool IsColonListLine(std::size_t i) const {
    constexpr std::size_t kMaxItemWords = 25;
    return WordCount(lines_[i].clean, kMaxItemWords) <= kMaxItemWords;
  }

  const std::vector<Line>& lines_;
  std::size_t first_;
  std::vector<WrapRun> runs_;
  std::vector<RawBlock> out_;
  std::vector<ListLevel> list_;
  std::size_t open_ = kNone;  // the paragraph or item still taking lines
  std::size_t open_last_line_ = 0;
  std::size_t open_lines_ = 0;
  int open_item_indent_ = 0;
  bool blank_since_open_ = false;
  bool colon_list_ = false;  // the open item is a line of a list under a "...:" line
};

}  // namespace

std::vector<Block> BuildBlocks(const std::vector<Line>& lines, std::size_t first) {
  return FinishBlocks(BlockBuilder(lines, first).Build());
}

}  // namespace jobpipe::text
