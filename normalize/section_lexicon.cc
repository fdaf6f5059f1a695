#include "normalize/section_lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/string_lookup.h"
#include "normalize/section_text.h"

namespace jobpipe::embedded {
extern const std::string_view section_headings;
}  // namespace jobpipe::embedded

namespace jobpipe {
namespace {

struct Phrase {
  std::string folded;
  bool at_start = false;
  bool suffix_of_first_word = false;  // "^*ing"
  int words = 0;
};

struct HeadingPhrase {
  SectionKind kind;
  bool aside;
  Phrase phrase;
};

struct Cue {
  SectionKind kind;
  int weight;
  Phrase phrase;
};

using PhrasesByWord = StringMap<std::vector<std::size_t>>;

struct Lexicon {
  std::vector<HeadingPhrase> headings;
  std::vector<Cue> cues;
  // Cues that may match anywhere, by their first word: scoring a text then
  // costs one look-up per word of the text instead of one search of the
  // whole text per cue (hundreds of cues, called for every sentence).
  PhrasesByWord cues_by_first_word;
  // Cues at the start of a text, by their first word, which must then be
  // the text's first word; cues that are a suffix of the first word.
  PhrasesByWord start_cues_by_first_word;
  std::vector<std::size_t> suffix_cues;
  // Heading phrases the same way: a phrase matches at word boundaries, so
  // only those whose first word is a word of the heading can match.
  PhrasesByWord headings_by_first_word;
  std::vector<std::size_t> suffix_headings;  // "^*ing": matched by suffix
  // Each phrase's first entry, for text that must be one phrase exactly.
  StringMap<std::size_t> headings_by_phrase;
};

std::string_view FirstWord(std::string_view folded) { return folded.substr(0, folded.find(' ')); }

void IndexHeadings(Lexicon& lexicon) {
  for (std::size_t i = 0; i < lexicon.headings.size(); ++i) {
    const Phrase& phrase = lexicon.headings[i].phrase;
    if (phrase.suffix_of_first_word) {
      lexicon.suffix_headings.push_back(i);
    } else {
      lexicon.headings_by_first_word[std::string(FirstWord(phrase.folded))].push_back(i);
      lexicon.headings_by_phrase.emplace(phrase.folded, i);
    }
  }
}

void IndexCues(Lexicon& lexicon) {
  for (std::size_t i = 0; i < lexicon.cues.size(); ++i) {
    const Phrase& phrase = lexicon.cues[i].phrase;
    if (phrase.suffix_of_first_word) {
      lexicon.suffix_cues.push_back(i);
    } else if (phrase.at_start) {
      lexicon.start_cues_by_first_word[std::string(FirstWord(phrase.folded))].push_back(i);
    } else {
      lexicon.cues_by_first_word[std::string(FirstWord(phrase.folded))].push_back(i);
    }
  }
}

std::vector<std::string_view> SplitOn(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, start)) {
    parts.push_back(text.substr(start, at - start));
    start = at + 1;
  }
  parts.push_back(text.substr(start));
  return parts;
}

std::vector<Phrase> ParsePhrases(std::string_view alternatives) {
  std::vector<Phrase> phrases;
  for (std::string_view raw : SplitOn(alternatives, '|')) {
    Phrase phrase;
    if (!raw.empty() && raw.front() == '^') {
      phrase.at_start = true;
      raw.remove_prefix(1);
    }
    if (phrase.at_start && !raw.empty() && raw.front() == '*') {
      phrase.suffix_of_first_word = true;
      raw.remove_prefix(1);
    }
    phrase.folded = FoldForMatch(raw);
    if (phrase.folded.empty()) continue;
    phrase.words = CountWords(phrase.folded);
    phrases.push_back(phrase);
  }
  return phrases;
}

// A phrase listed twice for one kind counts once: what makes two cues the
// same.
using CueKey = std::tuple<SectionKind, std::string, bool, bool>;

CueKey KeyOf(SectionKind kind, const Phrase& phrase) {
  return {kind, phrase.folded, phrase.at_start, phrase.suffix_of_first_word};
}

Lexicon LoadLexicon() {
  Lexicon lexicon;
  std::set<CueKey> cue_keys;
  for (std::string_view line : SplitOn(embedded::section_headings, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = SplitOn(line, '\t');
    if (fields.size() < 3) continue;
    bool aside = fields[1] == "aside";
    std::optional<SectionKind> kind = aside ? SectionKind::kOther : SectionKindFromName(std::string(fields[1]));
    if (!kind) continue;
    if (fields[0] == "heading") {
      for (Phrase& phrase : ParsePhrases(fields[2])) lexicon.headings.push_back({*kind, aside, std::move(phrase)});
    } else if (fields[0] == "cue" && fields.size() >= 4) {
      int weight = std::atoi(std::string(fields[2]).c_str());
      if (weight <= 0) continue;
      for (Phrase& phrase : ParsePhrases(fields[3])) {
        if (cue_keys.insert(KeyOf(*kind, phrase)).second)
          lexicon.cues.push_back({*kind, weight, std::move(phrase)});
      }
    }
  }
  IndexCues(lexicon);
  IndexHeadings(lexicon);
  return lexicon;
}

const Lexicon& TheLexicon() {
  static const Lexicon lexicon = LoadLexicon();
  return lexicon;
}

// A short first word is rarely a verb form ("her", "ing"): suffix cues need
// at least three letters before the suffix.
bool FirstWordEndsWith(std::string_view folded, std::string_view suffix) {
  std::string_view first = folded.substr(0, folded.find(' '));
  return first.size() >= suffix.size() + 3 && first.substr(first.size() - suffix.size()) == suffix;
}

bool Matches(std::string_view folded, const Phrase& phrase) {
  if (phrase.suffix_of_first_word) return FirstWordEndsWith(folded, phrase.folded);
  return ContainsPhrase(folded, phrase.folded, phrase.at_start);
}

}  // namespace

std::optional<SectionKind> KindScores::Winner(int minimum) const {
  int best = -1;
  int best_score = 0;
  bool tie = false;
  for (int i = 0; i < kSectionKindCount; ++i) {
    if (score[i] > best_score) {
      best = i;
      best_score = score[i];
      tie = false;
    } else if (score[i] == best_score && best_score > 0) {
      tie = true;
    }
  }
  if (best < 0 || tie || best_score < minimum) return std::nullopt;
  return static_cast<SectionKind>(best);
}

HeadingMatch MatchHeading(std::string_view heading, bool list_kinds_only) {
  const Lexicon& lexicon = TheLexicon();
  std::string folded = FoldForMatch(heading);
  // The phrases that can match, in lexicon order (the first of equal
  // matches wins).
  std::vector<std::size_t> candidates = lexicon.suffix_headings;
  for (std::string_view word : SplitOn(folded, ' ')) {
    auto found = lexicon.headings_by_first_word.find(word);
    if (found != lexicon.headings_by_first_word.end()) {
      candidates.insert(candidates.end(), found->second.begin(), found->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  HeadingMatch best;
  size_t best_position = std::string::npos;
  for (std::size_t index : candidates) {
    const HeadingPhrase& entry = lexicon.headings[index];
    if (list_kinds_only && (entry.kind == SectionKind::kIntro || entry.kind == SectionKind::kOther ||
                               entry.kind == SectionKind::kAboutCompany)) {
      continue;
    }
    if (!Matches(folded, entry.phrase)) continue;
    size_t position = entry.phrase.at_start ? 0 : folded.find(entry.phrase.folded);
    if (entry.phrase.words > best.words || (entry.phrase.words == best.words && position < best_position)) {
      best.kind = entry.kind;
      best.aside = entry.aside;
      best.words = entry.phrase.words;
      best_position = position;
    }
  }
  return best;
}

KindScores ScoreCues(std::string_view text) { return ScoreFoldedCues(FoldForMatch(text)); }

KindScores ScoreFoldedCues(std::string_view folded) {
  const Lexicon& lexicon = TheLexicon();
  KindScores scores;
  std::vector<bool> counted(lexicon.cues.size(), false);  // a cue counts once per text
  auto count = [&](std::size_t index) {
    if (counted[index]) return;
    counted[index] = true;
    scores[lexicon.cues[index].kind] += lexicon.cues[index].weight;
  };
  for (std::size_t index : lexicon.suffix_cues) {
    if (Matches(folded, lexicon.cues[index].phrase)) count(index);
  }
  if (auto start = lexicon.start_cues_by_first_word.find(FirstWord(folded));
      start != lexicon.start_cues_by_first_word.end()) {
    for (std::size_t index : start->second) {
      if (Matches(folded, lexicon.cues[index].phrase)) count(index);
    }
  }
  std::string_view rest = folded;
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    auto candidates = lexicon.cues_by_first_word.find(rest.substr(start, end - start));
    if (candidates != lexicon.cues_by_first_word.end()) {
      for (std::size_t index : candidates->second) {
        const std::string& phrase = lexicon.cues[index].phrase.folded;
        std::size_t after = start + phrase.size();
        if (rest.compare(start, phrase.size(), phrase) == 0 &&
            (after == folded.size() || folded[after] == ' ')) {
          count(index);
        }
      }
    }
    start = end + 1;
  }
  return scores;
}

HeadingMatch MatchWholeHeading(std::string_view folded) {
  const Lexicon& lexicon = TheLexicon();
  HeadingMatch match;
  auto found = lexicon.headings_by_phrase.find(folded);
  if (found == lexicon.headings_by_phrase.end()) return match;
  const HeadingPhrase& entry = lexicon.headings[found->second];
  match.kind = entry.kind;
  match.aside = entry.aside;
  match.words = entry.phrase.words;
  return match;
}

}  // namespace jobpipe
