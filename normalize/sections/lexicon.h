// The section lexicon (data/headings/<lang>.tsv and data/cues/<lang>.tsv,
// compiled in): which kind a heading names, and how much a list item or a
// sentence speaks for each kind. Loaded and folded once, on first use; a
// bad entry (an unknown kind, two phrases of a kind that fold the same) is
// reported as core/lexicon/load.h says and left out.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/posting.h"

namespace jobpipe::sections {

inline constexpr int kSectionKindCount = static_cast<int>(SectionKind::kOther) + 1;

/// Evidence per kind, summed from the lexicon's weighted cues.
struct KindScores {
  std::array<int, kSectionKindCount> score{};

  int& operator[](SectionKind kind) { return score[static_cast<int>(kind)]; }
  int operator[](SectionKind kind) const { return score[static_cast<int>(kind)]; }
  /// The kind with the highest score, if that score is at least `minimum`
  /// and strictly above every other kind's.
  std::optional<SectionKind> Winner(int minimum) const;
};

struct HeadingMatch {
  std::optional<SectionKind> kind;  // nullopt: no phrase of the lexicon
  int words = 0;                    // length of the phrase that decided
  /// kind is kOther because the heading names something that is never job
  /// content (values, tech stack, location), not a generic container.
  bool aside = false;
  /// The phrase names its kind loosely ("What you can expect": perks, or
  /// the work): a list under it whose items clearly say another kind is
  /// that kind (data/headings: the kind written "benefits?").
  bool weak = false;
};

/// The kind a heading names: the longest lexicon phrase it contains.
/// With `list_kinds_only`, phrases naming intro, other or about the company
/// are ignored (for a line leading a list: "The missions of the company:").
HeadingMatch MatchHeading(std::string_view heading, bool list_kinds_only = false);

/// The heading phrase that is all of `folded` (FoldForMatch'ed text),
/// without looking for phrases inside it: one map look-up.
HeadingMatch MatchWholeHeading(std::string_view folded);

/// Cue evidence in a list item or a sentence.
KindScores ScoreCues(std::string_view text);

/// ScoreCues of text that FoldForMatch already gave (folding it again would
/// change nothing: FoldForMatch is idempotent).
KindScores ScoreFoldedCues(std::string_view folded);

}  // namespace jobpipe::sections
