// First pass of section building: blocks in reading order become drafts.
// Headings start sections; so do lines that read like headings: a short
// "Nice to have:" paragraph, an inline "Requirements: ..." paragraph, a
// "Bonus points:" item over a nested list. Prose goes to the text, list
// items to the items.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/match_fold.h"
#include "core/text/sentences.h"
#include "core/text/whitespace.h"
#include "core/text/words.h"
#include "normalize/sections/draft.h"
#include "normalize/sections/lexicon.h"
#include "normalize/sections/section_text.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> wrapper_headings;  // data/sections/wrapper_headings.txt
extern const std::span<const lexicon::DataFile> fact_labels;       // data/sections/fact_labels.txt
}  // namespace jobpipe::embedded

namespace jobpipe::sections {
namespace {

// Longest heading-like line, in words: beyond this a line is a sentence.
constexpr int kMaxHeadingWords = 8;
// Longest text a heading block may have before it is read as prose.
constexpr int kMaxRealHeadingWords = 20;
// Longest label of an inline "Label: content" heading.
constexpr int kMaxInlineLabelWords = 4;

bool EndsWithColon(const std::string& text) { return !text.empty() && text.back() == ':'; }

// Heading text as shown: markdown emphasis and a trailing ':' removed.
std::string CleanHeading(std::string_view text) { return TrimDecoration(CleanItem(text)); }

// Site chrome that wraps a whole description ("About the job", "Full job
// description"): at the top of a posting it is no heading of its own.
bool IsWrapperHeading(std::string_view heading) {
  static const std::vector<std::string_view> kWrappers =
      lexicon::LoadColumn(embedded::wrapper_headings, "heading");  // data/sections/wrapper_headings.txt
  std::string folded = textkit::FoldForMatch(heading);
  for (std::string_view wrapper : kWrappers) {
    if (folded == wrapper) return true;
  }
  return false;
}

// The kind a short line names, when the lexicon phrase is most of the
// line ("Skills required" yes, "Our team uses many skills daily" no).
// Whether `text` surely folds (FoldForMatch) to more than `limit` words:
// every space-separated token that holds an ASCII letter or digit folds to
// a word of its own. Tells a paragraph from a heading without folding it.
bool FoldsToMoreWordsThan(std::string_view text, int limit) {
  int words = 0;
  bool counted = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      counted = false;
    } else if (!counted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      counted = true;
      if (++words > limit) return true;
    }
  }
  return false;
}

std::optional<HeadingMatch> NamedMatch(std::string_view line) {
  if (FoldsToMoreWordsThan(line, kMaxHeadingWords)) return std::nullopt;
  int words = textkit::CountWords(textkit::FoldForMatch(line));
  if (words == 0 || words > kMaxHeadingWords) return std::nullopt;
  HeadingMatch match = MatchHeading(line);
  if (!match.kind || match.words * 2 < words) return std::nullopt;
  return match;
}

std::optional<SectionKind> NamedKind(std::string_view line) {
  std::optional<HeadingMatch> match = NamedMatch(line);
  if (!match) return std::nullopt;
  return match->kind;
}

bool IsListKind(SectionKind kind) {
  return kind == SectionKind::kResponsibilities || kind == SectionKind::kRequirements ||
         kind == SectionKind::kPreferred || kind == SectionKind::kBenefits;
}

// A paragraph that is a statement of one kind (an equal-opportunity
// statement, application instructions): enough evidence overall, and at
// least half its sentences speak for that kind. A paragraph that merely
// mentions discrimination (an agency fighting it) is no EEO statement.
bool IsStatementOf(std::string_view text, const KindScores& text_scores, SectionKind kind, int paragraph_minimum,
                   int sentence_minimum) {
  if (text_scores[kind] < paragraph_minimum) return false;
  std::vector<std::string> sentences = textkit::SplitProseSentences(text);
  size_t statements = 0;
  for (const std::string& sentence : sentences) {
    if (ScoreCues(sentence)[kind] >= sentence_minimum) ++statements;
  }
  return statements * 2 >= sentences.size();
}

bool IsEqualOpportunityText(std::string_view text, const KindScores& scores) {
  return IsStatementOf(text, scores, SectionKind::kEqualOpportunity, 4, 2);
}

bool IsApplyText(std::string_view text, const KindScores& scores) {
  return IsStatementOf(text, scores, SectionKind::kHowToApply, 3, 3);
}

// "...mentoroinnistaArvostamme lisäksi:": an item and the next list's lead
// line run together when a page lost the line break. Returns the offset
// where a heading-like tail starts, or npos.
size_t RunTogetherHeadingStart(const std::string& text) {
  if (!EndsWithColon(text)) return std::string::npos;
  for (size_t i = text.size() - 1; i > 1; --i) {
    char before = text[i - 1];
    bool lower_before = (before >= 'a' && before <= 'z') || static_cast<unsigned char>(before) >= 0x80;
    if (text[i] >= 'A' && text[i] <= 'Z' && lower_before && before != ' ') {
      std::optional<SectionKind> kind = NamedKind(CleanHeading(text.substr(i)));
      if (kind && *kind != SectionKind::kOther) return i;
    }
  }
  return std::string::npos;
}

// "a | b | c | d": a list written on one line.
std::vector<std::string> PipeSeparatedItems(const std::string& text) {
  if (text.find('|') == std::string::npos) return {};  // (memchr; " | " would stop at every space)
  std::vector<std::string> items;
  size_t start = 0;
  for (size_t at = text.find(" | "); at != std::string::npos; at = text.find(" | ", start)) {
    items.push_back(CleanItem(text.substr(start, at - start)));
    start = at + 3;
  }
  items.push_back(CleanItem(text.substr(start)));
  if (items.size() < 4) return {};
  return items;
}

// "Job Type: Full-time", "Pay: $19.50 - $22.00 per hour", "Work Location:
// In person" alone on a line, as Indeed repeats them under the posting: a
// fact of the job (the facts read it from the blocks), not section text.
bool IsJobFactLine(std::string_view text) {
  constexpr int kMaxFactValueWords = 8;
  // Indeed's footer labels; "Location: Madrid" or "Salary: ..." elsewhere
  // stay sections of their own (asides).
  static const std::vector<std::string_view> kFactLabels =
      lexicon::LoadColumn(embedded::fact_labels, "label");  // data/sections/fact_labels.txt
  size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon + 1 >= text.size()) return false;
  std::string label = textkit::FoldForMatch(text.substr(0, colon));
  std::string_view value = text.substr(colon + 1);
  const int value_words = textkit::CountWords(value);
  if (value_words == 0 || value_words > kMaxFactValueWords || value.back() == '.') return false;
  for (std::string_view fact : kFactLabels) {
    if (label == fact) return true;
  }
  return false;
}

class Grouper {
 public:
  explicit Grouper(const std::vector<Block>& blocks) : blocks_(blocks) {}

  std::vector<SectionDraft> Run() {
    for (index_ = 0; index_ < blocks_.size(); ++index_) {
      const Block& block = blocks_[index_];
      switch (block.type) {
        case BlockType::kHeading:
          // A page that styles whole paragraphs as headings: prose is prose;
          // so is a long "...you will need:" line leading a list.
          if (textkit::CountWords(block.text) > kMaxRealHeadingWords ||
              (EndsWithColon(textkit::FoldSpaces(block.text, textkit::Spaces::kAscii)) &&
               textkit::CountWords(block.text) > kMaxHeadingWords / 2)) {
            OnParagraph(textkit::FoldSpaces(block.text, textkit::Spaces::kAscii));
          } else {
            OnHeading(block.text);
          }
          break;
        case BlockType::kParagraph:
          OnParagraph(textkit::FoldSpaces(block.text, textkit::Spaces::kAscii));
          break;
        case BlockType::kListItem: OnItem(block.text, block.level); break;
      }
      previous_ = block.type;
    }
    return std::move(drafts_);
  }

 private:
  SectionDraft& Current() { return drafts_.back(); }
  bool CurrentIsEmpty() const {
    return drafts_.back().paragraphs.empty() && drafts_.back().section.items.empty();
  }

  SectionDraft& Start(SectionKind kind, std::optional<std::string> heading, bool kind_named, bool aside = false) {
    SectionDraft draft;
    draft.section.kind = kind;
    draft.section.heading = std::move(heading);
    draft.kind_named = kind_named;
    draft.aside = aside;
    drafts_.push_back(std::move(draft));
    nested_heading_level_ = -1;
    return drafts_.back();
  }

  void OnHeading(const std::string& text) {
    std::string heading = CleanHeading(text);
    if (heading.empty()) return;
    if (drafts_.empty() && IsWrapperHeading(heading)) {
      Start(SectionKind::kIntro, std::nullopt, false);
      return;
    }
    HeadingMatch match = MatchHeading(heading);
    bool names_a_kind = match.kind && *match.kind != SectionKind::kOther;
    // A heading right under an empty heading refines it ("Requirements",
    // then "Must have"): one section, the more telling kind and heading.
    if (!drafts_.empty() && Current().section.heading && CurrentIsEmpty()) {
      SectionDraft& outer = Current();
      bool outer_names_a_kind = outer.kind_named && outer.section.kind != SectionKind::kOther;
      if (names_a_kind || !outer_names_a_kind) {
        outer.section.kind = match.kind.value_or(SectionKind::kOther);
        outer.section.heading = heading;
        outer.kind_named = match.kind.has_value();
        outer.aside = match.aside;
        outer.kind_weak = match.weak;
      }
      nested_heading_level_ = -1;
      return;
    }
    Start(match.kind.value_or(SectionKind::kOther), heading, match.kind.has_value(), match.aside).kind_weak =
        match.weak;
  }

  // "Requirements: An ideal candidate has..." -> a section and its text.
  bool StartInlineHeading(const std::string& text) {
    // ':' or the full-width '：' of CJK text ("業務内容：営業").
    static constexpr std::string_view kWideColon = "\xEF\xBC\x9A";
    size_t colon = text.find(':');
    size_t colon_length = 1;
    if (size_t wide = text.find(kWideColon); wide != std::string::npos && wide < colon) {
      colon = wide;
      colon_length = kWideColon.size();
    }
    if (colon == std::string::npos || colon + colon_length >= text.size()) return false;
    std::string label = CleanHeading(text.substr(0, colon));
    std::string rest =
        textkit::FoldSpaces(text.substr(colon + colon_length), textkit::Spaces::kAscii);
    if (rest.empty() || textkit::CountWords(label) > kMaxInlineLabelWords) return false;
    std::optional<HeadingMatch> match = NamedMatch(label);
    if (!match) return false;
    // "Location: ..." in an introduction stays there (facts read it); in a
    // list section it ends the list ("Details: ...", "Work model: ...").
    if (*match->kind == SectionKind::kOther && (drafts_.empty() || !IsListKind(Current().section.kind))) {
      return false;
    }
    Start(*match->kind, label, true, match->aside).paragraphs.push_back(rest);
    return true;
  }

  void OnParagraph(const std::string& text) {
    if (text.empty()) return;
    std::string heading = CleanHeading(text);
    std::optional<SectionKind> named = NamedKind(heading);
    int words = textkit::CountWords(heading);
    // "Nice to have:" alone on a line, or a bare "Benefits" line, is a
    // heading; in a section of that very kind it is the list's lead line.
    bool inline_label = !EndsWithColon(text) && text.find(':') != std::string::npos;
    // A short line right above a list, not ending like a sentence, is that
    // list's heading ("Who we are looking for").
    bool heads_a_list = NextIsItem() && words <= kMaxHeadingWords && !EndsWithColon(text) &&
                        text.back() != '.' && text.back() != '!';
    if (named && !inline_label &&
        (heads_a_list || (words <= kMaxHeadingWords / 2 && (EndsWithColon(text) || words <= 3)))) {
      bool same_kind = !drafts_.empty() && Current().kind_named && Current().section.kind == *named;
      if (!same_kind) {
        OnHeading(heading);
        return;
      }
    }
    if (IsJobFactLine(text)) return;
    if (StartInlineHeading(text)) return;
    // The cheap conditions first: the statement tests score every sentence.
    // The paragraph's own scores are shared by both tests.
    std::optional<KindScores> scores;
    const auto paragraph_scores = [&]() -> const KindScores& {
      if (!scores) scores = ScoreCues(text);
      return *scores;
    };
    if ((drafts_.empty() || Current().section.kind != SectionKind::kEqualOpportunity) &&
        IsEqualOpportunityText(text, paragraph_scores())) {
      Start(SectionKind::kEqualOpportunity, std::nullopt, false).paragraphs.push_back(text);
      return;
    }
    // "Send your CV to ... by 28 February." closing a list section.
    if (!drafts_.empty() && !Current().section.items.empty() &&
        Current().section.kind != SectionKind::kHowToApply && IsApplyText(text, paragraph_scores())) {
      Start(SectionKind::kHowToApply, std::nullopt, false).paragraphs.push_back(text);
      return;
    }
    if (drafts_.empty()) Start(SectionKind::kIntro, std::nullopt, false);
    std::vector<std::string> items = PipeSeparatedItems(text);
    if (!items.empty()) {
      for (std::string& item : items) {
        if (!item.empty()) Current().section.items.push_back(std::move(item));
      }
      return;
    }
    Current().paragraphs.push_back(text);
  }

  // A list directly under a heading belongs to it. A list after prose in a
  // section whose heading did not name a list kind (an introduction, an
  // untitled stretch) is a list of its own, led by its "...:" sentence.
  bool ListStartsNewSection() {
    if (drafts_.empty()) return true;
    const SectionDraft& current = drafts_.back();
    if (previous_ == BlockType::kListItem || current.paragraphs.empty()) return false;
    SectionKind kind = current.section.kind;
    bool list_kind_named =
        current.aside || (current.kind_named && kind != SectionKind::kIntro && kind != SectionKind::kOther);
    if (!list_kind_named) return true;
    // In a typed section, only a lead line naming another kind splits.
    const std::string& lead = current.paragraphs.back();
    std::optional<SectionKind> lead_kind = EndsWithColon(lead) ? MatchHeading(lead, true).kind : std::nullopt;
    return lead_kind && *lead_kind != kind;
  }

  void StartListSection() {
    std::string lead;
    if (!drafts_.empty() && !Current().paragraphs.empty() && EndsWithColon(Current().paragraphs.back())) {
      lead = Current().paragraphs.back();
      Current().paragraphs.pop_back();
    }
    std::optional<SectionKind> named = lead.empty() ? std::nullopt : MatchHeading(lead, true).kind;
    bool lead_names_kind = named && textkit::CountWords(lead) <= 2 * kMaxHeadingWords;
    SectionDraft& draft = Start(lead_names_kind ? *named : SectionKind::kOther, std::nullopt, lead_names_kind);
    draft.list_lead = lead;
    if (!lead.empty()) draft.paragraphs.push_back(lead);
  }

  bool NextIsItem() const {
    return index_ + 1 < blocks_.size() && blocks_[index_ + 1].type == BlockType::kListItem;
  }

  bool NextIsDeeperItem(int level) const {
    return index_ + 1 < blocks_.size() && blocks_[index_ + 1].type == BlockType::kListItem &&
           blocks_[index_ + 1].level > level;
  }

  void OnItem(const std::string& text, int level) {
    std::string item = CleanItem(text);
    if (item.empty()) return;
    size_t tail = RunTogetherHeadingStart(item);
    if (tail != std::string::npos) {
      AddItem(item.substr(0, tail), level);
      item.erase(0, tail);
    }
    AddItem(item, level);
  }

  void AddItem(std::string item, int level) {
    // Back out of a "Bonus points:" sub-list into its parent's kind.
    if (nested_heading_level_ >= 0 && level <= nested_heading_level_) {
      Start(parent_kind_, std::nullopt, parent_kind_named_);
    }
    // "Bonus points:" over a nested list: a section of its own.
    if (NextIsDeeperItem(level)) {
      std::string label = CleanHeading(item);
      std::optional<SectionKind> named = NamedKind(label);
      if (named && *named != SectionKind::kOther &&
          textkit::CountWords(label) <= kMaxHeadingWords / 2) {
        SectionKind parent = drafts_.empty() ? SectionKind::kOther : Current().section.kind;
        bool parent_named = !drafts_.empty() && Current().kind_named;
        Start(*named, label, true);
        nested_heading_level_ = level;
        parent_kind_ = parent;
        parent_kind_named_ = parent_named;
        return;
      }
    }
    // "Tarjoamme sinulle:" as an item: a heading for the items after it.
    if (EndsWithColon(item) && (drafts_.empty() || !CurrentIsEmpty())) {
      std::string label = CleanHeading(item);
      std::optional<SectionKind> named = NamedKind(label);
      if (named && *named != SectionKind::kOther) {
        Start(*named, label, true);
        return;
      }
    }
    if (ListStartsNewSection()) StartListSection();
    Current().section.items.push_back(std::move(item));
  }

  const std::vector<Block>& blocks_;
  size_t index_ = 0;
  BlockType previous_ = BlockType::kHeading;
  std::vector<SectionDraft> drafts_;
  int nested_heading_level_ = -1;
  SectionKind parent_kind_ = SectionKind::kOther;
  bool parent_kind_named_ = false;
};

}  // namespace

std::vector<SectionDraft> GroupBlocks(const std::vector<Block>& blocks) { return Grouper(blocks).Run(); }

}  // namespace jobpipe::sections
