#include "normalize/flat/headings.h"

#include <algorithm>
#include <string>

#include "normalize/flat/items.h"
#include "normalize/sections/lexicon.h"

namespace jobpipe::flat {
namespace {

// The lexicon's longest heading phrases have five words ("how to apply for
// this job"); one more allows for a word the fold splits ("e-mail").
constexpr std::size_t kMaxPhraseWords = 6;
// Words a name after "About" may have ("About Northwind Logistics GmbH").
constexpr std::size_t kMaxNameWords = 3;
// Words OpensListItem needs ("8 à 10 ans").
constexpr std::size_t kOpenerWords = 4;

bool IsListKind(SectionKind kind) {
  return kind == SectionKind::kResponsibilities || kind == SectionKind::kRequirements ||
         kind == SectionKind::kPreferred || kind == SectionKind::kBenefits;
}

bool StartsContent(const FlatWord& word) {
  return !word.is_rule && (word.start == WordStart::kUpper || word.start == WordStart::kDigit);
}

// A word of a title: capitalised, no punctuation after it (but ':').
bool IsTitleWord(const FlatWord& word) {
  return word.start == WordStart::kUpper && !word.ends_sentence &&
         (!word.ends_clause || word.ends_colon);
}

class HeadingFinder {
 public:
  HeadingFinder(std::string_view paragraph, const std::vector<FlatWord>& words)
      : paragraph_(paragraph), words_(words) {}

  std::vector<FlatHeading> Find() {
    std::vector<FlatHeading> headings;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!MayStartHeading(i)) continue;
      const Phrase phrase = LongestPhrase(i);
      if (phrase.words == 0) continue;
      const std::size_t end = Extend(i + phrase.words);
      if (end >= words_.size() || !StartsContent(words_[end])) continue;
      // After a capitalised word, one word is part of a name ("Adobe
      // Experience Cloud"), unless it is "About" with a name of its own or
      // names a list that follows ("...in PowerPoint Requirements 3 years").
      const bool after_name =
          i > 0 && words_[i - 1].start == WordStart::kUpper && !words_[i - 1].ends_sentence;
      if (after_name && phrase.words < 2 && !TookName(i + phrase.words, end) &&
          !HeadsListItem(phrase.kind, end)) {
        continue;
      }
      headings.push_back({i, end});
      i = end - 1;
    }
    return headings;
  }

 private:
  bool MayStartHeading(std::size_t i) const {
    if (!IsTitleWord(words_[i])) return false;
    if (i == 0) return true;
    const FlatWord& before = words_[i - 1];
    if (before.is_rule || before.ends_sentence) return true;
    if (before.ends_clause) return false;
    return !before.glue;
  }

  struct Phrase {
    std::size_t words = 0;
    SectionKind kind = SectionKind::kOther;
  };

  // The longest lexicon phrase that is exactly words [i, i + n).
  Phrase LongestPhrase(std::size_t i) const {
    Phrase best;
    std::string phrase;
    for (std::size_t n = 1; n <= kMaxPhraseWords && i + n <= words_.size(); ++n) {
      const FlatWord& last = words_[i + n - 1];
      if (last.is_rule || last.ends_sentence || last.start == WordStart::kOther) break;
      const std::string& folded = last.folded;
      if (!folded.empty()) {
        if (!phrase.empty()) phrase += ' ';
        phrase += folded;
      }
      if (const sections::HeadingMatch match = sections::MatchWholeHeading(phrase); match.kind) best = {n, *match.kind};
      if (last.ends_clause) break;  // a ':' ends the heading; other marks end the phrase
    }
    return best;
  }

  // The heading's end after a phrase ending at `end`: a name after
  // "About", "& Belonging" after "Diversity".
  std::size_t Extend(std::size_t end) const {
    if (words_[end - 1].ends_colon) return end;
    const std::string_view last = LastWord(words_[end - 1].folded);
    if (last == "about" || last == "uber" || last == "sobre" || last == "propos") {
      const std::size_t name_start = end;
      for (std::size_t name = 0; name < kMaxNameWords && end + 1 < words_.size(); ++name) {
        if (!IsTitleWord(words_[end]) || !StartsContent(words_[end + 1])) break;
        // The content often opens with the name again: "About Acme Acme was".
        if (name > 0 &&
            WordText(paragraph_, words_[end]) == WordText(paragraph_, words_[name_start]))
          break;
        ++end;
        if (words_[end - 1].ends_colon) return end;
      }
    }
    while (end + 2 < words_.size() && IsConjunction(WordText(paragraph_, words_[end])) &&
           IsTitleWord(words_[end + 1]) && StartsContent(words_[end + 2])) {
      end += 2;
    }
    return end;
  }

  // A heading of a list kind, and its first item opens at `end` with a
  // word that is no noun too ("Requirements 3 years", not "Requirements
  // Document for").
  bool HeadsListItem(SectionKind kind, std::size_t end) const {
    const std::size_t opener_end = std::min(end + kOpenerWords, words_.size());
    return IsListKind(kind) &&
           OpensListItem(WordsText(paragraph_, words_, end, opener_end), /*lexicon_verbs=*/false);
  }

  // Extend() added a name after "About" (not only "& Belonging").
  bool TookName(std::size_t phrase_end, std::size_t end) const {
    return end > phrase_end && !IsConjunction(WordText(paragraph_, words_[phrase_end]));
  }

  static bool IsConjunction(std::string_view word) {
    return word == "&" || word == "and" || word == "und" || word == "et" || word == "y";
  }

  std::string_view paragraph_;
  const std::vector<FlatWord>& words_;
};

}  // namespace

std::vector<FlatHeading> FindFlatHeadings(std::string_view paragraph,
                                          const std::vector<FlatWord>& words) {
  return HeadingFinder(paragraph, words).Find();
}

}  // namespace jobpipe::flat
