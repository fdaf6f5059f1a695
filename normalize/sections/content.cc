// Later passes of section building that read content rather than
// headings: classifying untyped lists, pulling nice-to-haves out of
// requirement lists, and giving prose sentences the kinds a posting
// otherwise lacks.
#include <algorithm>
#include <array>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/match_fold.h"
#include "core/text/sentences.h"
#include "core/text/words.h"
#include "normalize/facts/title.h"
#include "normalize/sections/content_model.h"
#include "normalize/sections/draft.h"
#include "normalize/sections/lexicon.h"
#include "normalize/sections/section_text.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> negated_requirements;  // data/sections/negated_requirements.txt
}  // namespace jobpipe::embedded

namespace jobpipe::sections {
namespace {

// Kinds a list's content can speak for.
constexpr std::array<SectionKind, 7> kContentKinds = {
    SectionKind::kResponsibilities, SectionKind::kRequirements,     SectionKind::kPreferred,
    SectionKind::kBenefits,         SectionKind::kAboutCompany,     SectionKind::kEqualOpportunity,
    SectionKind::kHowToApply};

// Kinds prose sentences may be moved into when the posting lacks them.
constexpr std::array<SectionKind, 5> kExtractableKinds = {
    SectionKind::kResponsibilities, SectionKind::kRequirements, SectionKind::kPreferred,
    SectionKind::kBenefits, SectionKind::kAboutCompany};

// A nice-to-have marker ("is a plus", "Plus:", "(valorizado)") weighs this
// much; "preferably Angular" (weight 1) still reads as a requirement.
constexpr int kPreferredMarkerWeight = 4;
// One-line paragraphs read as list items: how many, how long at most.
constexpr size_t kMinimumLineItems = 3;
constexpr int kMaxLineItemWords = 40;
constexpr int kMaxShortLineItemWords = 6;
// The mean probability the content classifier must give a list's kind.
constexpr double kModelListMinimum = 0.5;
// Evidence a sentence needs before it leaves the prose it was in.
constexpr int kSentenceMinimum = 3;

KindScores ContentOnly(KindScores scores) {
  KindScores kept;
  for (SectionKind kind : kContentKinds) kept[kind] = scores[kind];
  return kept;
}

// A list's kind by its items' cues, and how many items say that kind
// themselves (their own cues, before nice-to-haves count as requirements).
struct ListVerdict {
  std::optional<SectionKind> kind;
  int own_votes = 0;
};

ListVerdict JudgeItems(const std::vector<std::string>& items) {
  std::vector<KindScores> item_scores;
  std::vector<std::optional<SectionKind>> own;  // each item's own winner
  int softened = 0;  // items whose cues say nice-to-have
  for (const std::string& item : items) {
    item_scores.push_back(ContentOnly(ScoreCues(item)));
    own.push_back(item_scores.back().Winner(1));
    if (own.back() == SectionKind::kPreferred) ++softened;
  }
  // A nice-to-have is a requirement said softly: unless most items are
  // softened, their markers ("is a plus") count for requirements, so two
  // of five do not make a list of skills preferred (SplitPreferredItems
  // may then move those two).
  const bool preferred_list = softened * 2 > static_cast<int>(items.size());
  KindScores total;
  KindScores votes;
  for (KindScores& scores : item_scores) {
    if (!preferred_list) {
      scores[SectionKind::kRequirements] += scores[SectionKind::kPreferred];
      scores[SectionKind::kPreferred] = 0;
    }
    if (std::optional<SectionKind> vote = scores.Winner(1)) votes[*vote] += 1;
    for (SectionKind kind : kContentKinds) total[kind] += scores[kind];
  }
  ListVerdict verdict;
  std::optional<SectionKind> winner = total.Winner(2);
  // Most of the evidence from one item is not a list's kind.
  if (!winner || votes[*winner] * 3 < static_cast<int>(items.size())) return verdict;
  verdict.kind = winner;
  verdict.own_votes = static_cast<int>(std::count(own.begin(), own.end(), winner));
  return verdict;
}

std::optional<SectionKind> ClassifyItems(const std::vector<std::string>& items) { return JudgeItems(items).kind; }

// ClassifyItems's kind when at least half the items say it themselves:
// enough to overrule a heading that names its kind loosely.
std::optional<SectionKind> ClassifyItemsClearly(const std::vector<std::string>& items) {
  const ListVerdict verdict = JudgeItems(items);
  if (verdict.own_votes * 2 < static_cast<int>(items.size())) return std::nullopt;
  return verdict.kind;
}

bool HasContent(const SectionDraft& draft) {
  return !draft.paragraphs.empty() || !draft.section.items.empty();
}

// "Portuguese is not required" says what the job does not ask for: a
// negation, not a nice-to-have. Only a positive word beside it ("a plus
// but not required", "(not required)") makes the item preferred, so the
// statement is taken out before the markers are weighed.
std::string WithoutNegatedRequirement(const std::string& item) {
  // data/sections/negated_requirements.txt
  static const std::vector<std::string_view> kNegations =
      lexicon::LoadColumn(embedded::negated_requirements, "phrase");
  std::string folded = textkit::FoldForMatch(item);
  if (folded.find(" not ") == std::string::npos) return folded;  // every negation has it
  for (std::string_view negation : kNegations) {
    for (size_t at = folded.find(negation); at != std::string::npos; at = folded.find(negation, at)) {
      bool starts_word = at == 0 || folded[at - 1] == ' ';
      size_t end = at + negation.size();
      bool ends_word = end == folded.size() || folded[end] == ' ';
      if (starts_word && ends_word) folded.replace(at, negation.size(), 1, ' ');
      else ++at;
    }
  }
  return folded;
}

bool IsNiceToHave(const std::string& item) {
  return ScoreFoldedCues(WithoutNegatedRequirement(item))[SectionKind::kPreferred] >= kPreferredMarkerWeight;
}

bool StartsWithIf(const std::string& sentence) {
  std::string folded = textkit::FoldForMatch(sentence);
  return textkit::ContainsPhrase(folded, "if", true) ||
         textkit::ContainsPhrase(folded, "but if", true);
}

// A list of openings ("Other open positions", a careers page's roles):
// nearly every item is a short job name. Its items are no duties.
bool IsListOfJobNames(const std::vector<std::string>& items) {
  constexpr size_t kMinItems = 3;
  constexpr int kMaxWords = 6;
  if (items.size() < kMinItems) return false;
  size_t names = 0;
  for (const std::string& item : items) {
    if (textkit::CountWords(item, kMaxWords) <= kMaxWords && facts::LooksLikeJobTitle(item)) ++names;
  }
  return names * 5 >= items.size() * 4;
}

// 1 when the first paragraph is a lead line ("You will:") that stays text.
size_t LeadLines(const std::vector<std::string>& paragraphs) {
  return !paragraphs.empty() && !paragraphs.front().empty() && paragraphs.front().back() == ':' ? 1 : 0;
}

// One sentence per paragraph from `first` on, each short enough for a list
// item, at least kMinimumLineItems of them: a list a page wrote with line
// breaks instead of markers.
bool IsLineList(const std::vector<std::string>& paragraphs, size_t first) {
  if (paragraphs.size() < first + kMinimumLineItems) return false;
  // An item may explain itself in a second sentence ("Eagerness to learn.
  // We believe in ..."): one in five may, the rest are one sentence.
  size_t explained = 0;
  for (size_t i = first; i < paragraphs.size(); ++i) {
    if (textkit::CountWords(paragraphs[i]) > kMaxLineItemWords) return false;
    const size_t sentences = textkit::SplitProseSentences(paragraphs[i]).size();
    if (sentences > 2) return false;
    explained += sentences == 2;
  }
  return explained * 5 <= paragraphs.size() - first;
}

// Lines no sentence ends in ('.', '!'), enough of them to be a list
// whatever the heading above them says.
bool IsBareLineList(const std::vector<std::string>& lines) {
  constexpr size_t kMinBareLines = 4;
  if (lines.size() < kMinBareLines) return false;
  return std::none_of(lines.begin(), lines.end(), [](const std::string& line) {
    const char last = line.empty() ? '.' : line.back();
    return last == '.' || last == '!';
  });
}

// Under a heading of no known kind ("No seu dia a dia", "Côté build"),
// lines written as a list without markers take the kind their content
// speaks for; ParagraphsToItems then makes them items.
void ClassifyLineParagraphs(SectionDraft* draft) {
  const std::vector<std::string>& lines = draft->paragraphs;
  if (!draft->section.heading) return;
  const size_t first = LeadLines(lines);
  if (!IsLineList(lines, first)) return;
  const std::vector<std::string> items(lines.begin() + static_cast<long>(first), lines.end());
  // An introduction's short paragraphs are its prose, whatever they say,
  // unless they are written as a list is: several lines, none of them
  // ended as a sentence is ("Job description:" over a duty a line).
  if (draft->section.kind == SectionKind::kIntro && !IsBareLineList(items)) return;
  if (IsListOfJobNames(items)) return;
  std::optional<SectionKind> kind = ClassifyItems(items);
  if (!kind) kind = ClassifyItemsByModel(items, kModelListMinimum);
  const bool list_kind = kind && (*kind == SectionKind::kResponsibilities || *kind == SectionKind::kRequirements ||
                                  *kind == SectionKind::kPreferred || *kind == SectionKind::kBenefits);
  if (list_kind) draft->section.kind = *kind;
}

}  // namespace

void ClassifyLists(std::vector<SectionDraft>* drafts) {
  for (SectionDraft& draft : *drafts) {
    // A loosely named list ("What you can expect") whose items mostly say
    // another kind ("Execute on DFT tasks", "Own the sign-off") is that kind.
    if (draft.kind_named && draft.kind_weak && !draft.section.items.empty()) {
      if (std::optional<SectionKind> kind = ClassifyItemsClearly(draft.section.items)) draft.section.kind = *kind;
      continue;
    }
    // An introduction's heading ("Job description") says nothing of a list
    // right under it; neither does an unknown or "other" heading.
    bool untyped = draft.section.kind == SectionKind::kOther || draft.section.kind == SectionKind::kIntro ||
                   (!draft.kind_named && draft.section.kind != SectionKind::kEqualOpportunity);
    if (!untyped || draft.aside) continue;
    if (draft.section.items.empty()) {
      ClassifyLineParagraphs(&draft);
      continue;
    }
    if (IsListOfJobNames(draft.section.items)) {
      draft.section.kind = SectionKind::kOther;
      continue;
    }
    std::optional<SectionKind> kind = ClassifyItems(draft.section.items);
    // A long lead line ("...the missions you will take on:") that names a
    // kind decides when the items alone do not.
    if (!kind && !draft.list_lead.empty()) {
      kind = MatchHeading(draft.list_lead, true).kind;
    }
    // Neither cues nor a lead line: the content classifier, when it is
    // sure of most of the items (lists in languages the cues do not cover).
    if (!kind) kind = ClassifyItemsByModel(draft.section.items, kModelListMinimum);
    if (kind) draft.section.kind = *kind;
    else if (!draft.kind_named && draft.section.kind != SectionKind::kIntro) draft.section.kind = SectionKind::kOther;
  }
}

void SplitPreferredItems(std::vector<SectionDraft>* drafts) {
  for (size_t i = 0; i < drafts->size(); ++i) {
    SectionDraft& draft = (*drafts)[i];
    if (draft.section.kind != SectionKind::kRequirements) continue;
    std::vector<std::string> kept;
    std::vector<std::string> nice;
    for (std::string& item : draft.section.items) (IsNiceToHave(item) ? nice : kept).push_back(std::move(item));
    draft.section.items = std::move(kept);
    if (nice.empty()) continue;
    if (draft.section.items.empty() && draft.paragraphs.empty()) {
      draft.section.kind = SectionKind::kPreferred;
      draft.section.items = std::move(nice);
      continue;
    }
    // Next to a preferred section already: join it, before its own items.
    if (i + 1 < drafts->size() && (*drafts)[i + 1].section.kind == SectionKind::kPreferred) {
      std::vector<std::string>& next = (*drafts)[i + 1].section.items;
      next.insert(next.begin(), nice.begin(), nice.end());
      continue;
    }
    SectionDraft preferred;
    preferred.section.kind = SectionKind::kPreferred;
    preferred.section.items = std::move(nice);
    drafts->insert(drafts->begin() + static_cast<long>(i) + 1, std::move(preferred));
  }
}

// The paragraphs from `first` that a line list has run on into: the list
// is kMinimumLineItems one-sentence lines or more, and every paragraph
// after them is prose of two sentences or more ("Compensation packages
// at Acme include base salary, equity and benefits. The range ...").
// Returns where the prose begins, or npos when the section is not so.
size_t ProseAfterLineList(const std::vector<std::string>& paragraphs, size_t first) {
  size_t end = first;
  while (end < paragraphs.size() && textkit::CountWords(paragraphs[end]) <= kMaxLineItemWords &&
         textkit::SplitProseSentences(paragraphs[end]).size() == 1) {
    ++end;
  }
  if (end - first < kMinimumLineItems || end == paragraphs.size()) return std::string::npos;
  const bool prose = std::all_of(paragraphs.begin() + static_cast<long>(end), paragraphs.end(),
                                 [](const std::string& p) { return textkit::SplitProseSentences(p).size() >= 2; });
  return prose ? end : std::string::npos;
}

void ParagraphsToItems(std::vector<SectionDraft>* drafts) {
  for (size_t index = 0; index < drafts->size(); ++index) {
    SectionDraft& draft = (*drafts)[index];
    SectionKind kind = draft.section.kind;
    bool list_kind = kind == SectionKind::kResponsibilities || kind == SectionKind::kRequirements ||
                     kind == SectionKind::kPreferred || kind == SectionKind::kBenefits;
    if (!draft.section.items.empty()) continue;
    std::vector<std::string>& lines = draft.paragraphs;
    if (!list_kind) {
      // Under a heading of no known kind, two or more short lines that are
      // no sentences ("Schedule:" / "10 hour shift" / "Night shift").
      bool short_lines = kind == SectionKind::kOther && draft.section.heading && lines.size() >= 2 &&
                         std::all_of(lines.begin(), lines.end(), [](const std::string& line) {
                           char last = line.empty() ? '.' : line.back();
                           return textkit::CountWords(line) <= kMaxShortLineItemWords &&
                                  last != '.' && last != ':' && last != '!' && last != '?';
                         });
      if (short_lines) {
        for (const std::string& line : lines) draft.section.items.push_back(CleanItem(line));
        lines.clear();
      }
      continue;
    }
    // A lead line ("You will:") stays text.
    const size_t first = LeadLines(lines);
    std::vector<std::string> run_on;  // prose after the list: not of its kind
    if (!IsLineList(lines, first)) {
      const size_t prose = ProseAfterLineList(lines, first);
      if (prose == std::string::npos) continue;
      run_on.assign(lines.begin() + static_cast<long>(prose), lines.end());
      lines.resize(prose);
    }
    for (size_t i = first; i < lines.size(); ++i) {
      std::string item = CleanItem(lines[i]);
      if (!item.empty()) draft.section.items.push_back(std::move(item));
    }
    lines.resize(first);
    if (run_on.empty()) continue;
    // The prose goes on as a section of its own, of the kind its sentences
    // speak for (pay and perks, the company), else of no kind.
    std::string all;
    for (const std::string& paragraph : run_on) all += paragraph + " ";
    SectionDraft rest;
    rest.section.kind = ContentOnly(ScoreCues(all)).Winner(kSentenceMinimum).value_or(SectionKind::kOther);
    rest.paragraphs = std::move(run_on);
    drafts->insert(drafts->begin() + static_cast<long>(index) + 1, std::move(rest));
    ++index;
  }
}

void ResponsibilityProseToIntro(std::vector<SectionDraft>* drafts) {
  bool intro_seen = false;
  for (size_t i = 0; i < drafts->size(); ++i) {
    SectionDraft& draft = (*drafts)[i];
    if (draft.section.kind == SectionKind::kIntro && HasContent(draft)) intro_seen = true;
    if (intro_seen || draft.section.kind != SectionKind::kResponsibilities || !draft.section.items.empty() ||
        draft.paragraphs.empty()) {
      continue;
    }
    bool list_follows = std::any_of(drafts->begin() + static_cast<long>(i) + 1, drafts->end(), [](const SectionDraft& d) {
      return d.section.kind == SectionKind::kResponsibilities && !d.section.items.empty();
    });
    if (list_follows) {
      draft.section.kind = SectionKind::kIntro;
      intro_seen = true;
    }
  }
}

void CompanyParagraphsOutOfIntro(std::vector<SectionDraft>* drafts) {
  for (size_t i = 0; i < drafts->size(); ++i) {
    SectionDraft& draft = (*drafts)[i];
    if (draft.section.kind != SectionKind::kIntro || !draft.section.items.empty()) continue;
    std::vector<std::string> before;  // company paragraphs opening the intro
    std::vector<std::string> after;
    std::vector<std::string> kept;
    for (const std::string& paragraph : draft.paragraphs) {
      std::vector<std::string> sentences = textkit::SplitProseSentences(paragraph);
      bool about_company = !sentences.empty() && std::all_of(sentences.begin(), sentences.end(), [](const std::string& s) {
        return ContentOnly(ScoreCues(s)).Winner(kSentenceMinimum) == SectionKind::kAboutCompany;
      });
      if (!about_company) kept.push_back(paragraph);
      else (kept.empty() ? before : after).push_back(paragraph);
    }
    if (before.empty() && after.empty()) continue;
    draft.paragraphs = std::move(kept);
    const auto about = [](std::vector<std::string> paragraphs) {
      SectionDraft company;
      company.section.kind = SectionKind::kAboutCompany;
      company.paragraphs = std::move(paragraphs);
      return company;
    };
    if (!after.empty()) drafts->insert(drafts->begin() + static_cast<long>(i) + 1, about(std::move(after)));
    if (!before.empty()) {
      drafts->insert(drafts->begin() + static_cast<long>(i), about(std::move(before)));
      ++i;
    }
  }
}

bool IsProsePosting(const std::vector<SectionDraft>& drafts) {
  return std::none_of(drafts.begin(), drafts.end(), [](const SectionDraft& draft) {
    return (draft.section.kind == SectionKind::kResponsibilities || draft.section.kind == SectionKind::kRequirements) &&
           HasContent(draft);
  });
}

void ExtractProseSentences(std::vector<SectionDraft>* drafts) {
  std::vector<SectionKind> missing;
  for (SectionKind kind : kExtractableKinds) {
    bool present = std::any_of(drafts->begin(), drafts->end(), [&](const SectionDraft& draft) {
      return draft.section.kind == kind && HasContent(draft);
    });
    if (!present) missing.push_back(kind);
  }
  if (missing.empty()) return;
  for (size_t i = 0; i < drafts->size(); ++i) {
    SectionDraft& draft = (*drafts)[i];
    SectionKind kind = draft.section.kind;
    if ((kind != SectionKind::kIntro && kind != SectionKind::kOther) || !draft.section.items.empty()) continue;
    std::vector<SectionDraft> moved;  // one per kind, in order of first sentence
    std::vector<std::string> kept_paragraphs;
    for (const std::string& paragraph : draft.paragraphs) {
      std::string kept;
      for (const std::string& sentence : textkit::SplitProseSentences(paragraph)) {
        std::optional<SectionKind> sentence_kind = ContentOnly(ScoreCues(sentence)).Winner(kSentenceMinimum);
        bool extract = sentence_kind && !StartsWithIf(sentence) &&
                       std::find(missing.begin(), missing.end(), *sentence_kind) != missing.end();
        if (!extract) {
          kept += (kept.empty() ? "" : " ") + sentence;
          continue;
        }
        auto target = std::find_if(moved.begin(), moved.end(),
                                   [&](const SectionDraft& d) { return d.section.kind == *sentence_kind; });
        if (target == moved.end()) {
          moved.emplace_back();
          moved.back().section.kind = *sentence_kind;
          target = moved.end() - 1;
        }
        target->paragraphs.push_back(sentence);
      }
      if (!kept.empty()) kept_paragraphs.push_back(kept);
    }
    if (moved.empty()) continue;
    draft.paragraphs = std::move(kept_paragraphs);
    for (SectionDraft& extracted : moved) {
      // Sentences from one stretch of prose read as one paragraph.
      std::string text;
      for (const std::string& sentence : extracted.paragraphs) text += (text.empty() ? "" : " ") + sentence;
      extracted.paragraphs = {text};
    }
    drafts->insert(drafts->begin() + static_cast<long>(i) + 1, moved.begin(), moved.end());
    i += moved.size();
  }
}

}  // namespace jobpipe::sections
