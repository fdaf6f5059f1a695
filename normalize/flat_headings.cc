#include "normalize/flat_headings.h"

#include <optional>
#include <string>

#include "normalize/section_lexicon.h"
#include "normalize/section_text.h"

namespace jobpipe {
namespace {

// The lexicon's longest heading phrases have five words ("how to apply for
// this job"); one more allows for a word the fold splits ("e-mail").
constexpr std::size_t kMaxPhraseWords = 6;
// Words a name after "About" may have ("About Northwind Logistics GmbH").
constexpr std::size_t kMaxNameWords = 3;

bool EndsWithColon(std::string_view text) { return !text.empty() && text.back() == ':'; }

std::string_view Text(std::string_view paragraph, const FlatWord& word) {
  return paragraph.substr(word.begin, word.end - word.begin);
}

std::string LastFoldedWord(std::string_view text) {
  const std::string folded = FoldForMatch(text);
  const std::size_t space = folded.rfind(' ');
  return space == std::string::npos ? folded : folded.substr(space + 1);
}

bool StartsContent(const FlatWord& word) {
  return !word.is_rule && (word.start == WordStart::kUpper || word.start == WordStart::kDigit);
}

// A word of a title: capitalised, no punctuation after it (but ':').
bool IsTitleWord(std::string_view paragraph, const FlatWord& word) {
  return word.start == WordStart::kUpper && !word.ends_sentence &&
         (!word.ends_clause || EndsWithColon(Text(paragraph, word)));
}

class HeadingFinder {
 public:
  HeadingFinder(std::string_view paragraph, const std::vector<FlatWord>& words)
      : paragraph_(paragraph), words_(words), folded_(words.size()) {}

  std::vector<FlatHeading> Find() {
    std::vector<FlatHeading> headings;
    for (std::size_t i = 0; i < words_.size(); ++i) {
      if (!MayStartHeading(i)) continue;
      const std::size_t phrase_words = LongestPhrase(i);
      if (phrase_words == 0) continue;
      const std::size_t end = Extend(i, i + phrase_words);
      // After a capitalised word, one word is part of a name ("Adobe
      // Experience Cloud"), unless it is "About" with a name of its own.
      const bool after_name =
          i > 0 && words_[i - 1].start == WordStart::kUpper && !words_[i - 1].ends_sentence;
      if (after_name && phrase_words < 2 && !TookName(i + phrase_words, end)) continue;
      if (end >= words_.size() || !StartsContent(words_[end])) continue;
      headings.push_back({i, end});
      i = end - 1;
    }
    return headings;
  }

 private:
  bool MayStartHeading(std::size_t i) const {
    if (!IsTitleWord(paragraph_, words_[i])) return false;
    if (i == 0) return true;
    const FlatWord& before = words_[i - 1];
    if (before.is_rule || before.ends_sentence) return true;
    if (before.ends_clause) return false;
    return !IsGlueWord(LastFoldedWord(Text(paragraph_, before)));
  }

  // Words in the longest lexicon phrase that is exactly words [i, i + n).
  std::size_t LongestPhrase(std::size_t i) {
    std::size_t best = 0;
    std::string phrase;
    for (std::size_t n = 1; n <= kMaxPhraseWords && i + n <= words_.size(); ++n) {
      const FlatWord& last = words_[i + n - 1];
      if (last.is_rule || last.ends_sentence || last.start == WordStart::kOther) break;
      const std::string& folded = FoldedWord(i + n - 1);
      if (!folded.empty()) {
        if (!phrase.empty()) phrase += ' ';
        phrase += folded;
      }
      if (MatchWholeHeading(phrase).kind) best = n;
      if (last.ends_clause) break;  // a ':' ends the heading; other marks end the phrase
    }
    return best;
  }

  // The heading's end after a phrase ending at `end`: a name after
  // "About", "& Belonging" after "Diversity".
  std::size_t Extend(std::size_t first, std::size_t end) const {
    if (EndsWithColon(Text(paragraph_, words_[end - 1]))) return end;
    const std::string last = LastFoldedWord(WordsText(paragraph_, words_, first, end));
    if (last == "about" || last == "uber" || last == "sobre" || last == "propos") {
      const std::size_t name_start = end;
      for (std::size_t name = 0; name < kMaxNameWords && end + 1 < words_.size(); ++name) {
        if (!IsTitleWord(paragraph_, words_[end]) || !StartsContent(words_[end + 1])) break;
        // The content often opens with the name again: "About Acme Acme was".
        if (name > 0 && Text(paragraph_, words_[end]) == Text(paragraph_, words_[name_start]))
          break;
        ++end;
        if (EndsWithColon(Text(paragraph_, words_[end - 1]))) return end;
      }
    }
    while (end + 2 < words_.size() && IsConjunction(Text(paragraph_, words_[end])) &&
           IsTitleWord(paragraph_, words_[end + 1]) && StartsContent(words_[end + 2])) {
      end += 2;
    }
    return end;
  }

  // Extend() added a name after "About" (not only "& Belonging").
  bool TookName(std::size_t phrase_end, std::size_t end) const {
    return end > phrase_end && !IsConjunction(Text(paragraph_, words_[phrase_end]));
  }

  static bool IsConjunction(std::string_view word) {
    return word == "&" || word == "and" || word == "und" || word == "et" || word == "y";
  }

  // Words are folded once, when a heading is first looked for at them.
  const std::string& FoldedWord(std::size_t i) {
    if (!folded_[i]) folded_[i] = FoldForMatch(Text(paragraph_, words_[i]));
    return *folded_[i];
  }

  std::string_view paragraph_;
  const std::vector<FlatWord>& words_;
  std::vector<std::optional<std::string>> folded_;
};

}  // namespace

std::vector<FlatHeading> FindFlatHeadings(std::string_view paragraph,
                                          const std::vector<FlatWord>& words) {
  return HeadingFinder(paragraph, words).Find();
}

}  // namespace jobpipe
