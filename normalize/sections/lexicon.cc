#include "normalize/sections/lexicon.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "core/lexicon/load.h"
#include "core/string_lookup.h"
#include "core/text/ascii.h"
#include "core/text/match_fold.h"
#include "core/text/words.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> section_headings;  // data/headings/*.tsv
extern const std::span<const lexicon::DataFile> section_cues;      // data/cues/*.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::sections {
namespace {

struct Phrase {
  std::string folded;
  bool at_start = false;
  bool at_end = false;                // "phrase$": the text ends with it
  bool suffix_of_first_word = false;  // "^*ing"
  int words = 0;
};

struct HeadingPhrase {
  SectionKind kind;
  bool aside;
  Phrase phrase;
  bool weak = false;  // "kind?": content may overrule it
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
  // the text's first word; cues that are a suffix of the first word or
  // end the text ("phrase$").
  PhrasesByWord start_cues_by_first_word;
  std::vector<std::size_t> suffix_cues;
  // Heading phrases the same way: a phrase matches at word boundaries, so
  // only those whose first word is a word of the heading can match.
  PhrasesByWord headings_by_first_word;
  std::vector<std::size_t> suffix_headings;  // "^*ing": matched by suffix
  // Each phrase's first entry, for text that must be one phrase exactly.
  StringMap<std::size_t> headings_by_phrase;
  // Bytes of the longest of them: longer text is one of them misspelt by
  // no single edit.
  std::size_t longest_phrase = 0;
  // Phrases of spaced words by the stem key of each of their words, for the
  // tolerant match (words in another order, inflected, with others between).
  // (stem key, phrase) pairs sorted by key: one allocation, short keys
  // kept in place, looked up by binary search.
  std::vector<std::pair<std::string, std::uint32_t>> headings_by_stem;
  // The words of the phrases of two words or more, split once, flat:
  // phrase i's words are heading_words[word_start[i] .. word_start[i + 1]).
  std::vector<std::string> heading_words;
  std::vector<std::uint32_t> word_start;
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
      lexicon.longest_phrase = std::max(lexicon.longest_phrase, phrase.folded.size());
    }
  }
}

// The first five bytes of a word (the whole of a shorter one): words that
// StemsMatch must share it.
std::string_view StemKey(std::string_view word) { return word.substr(0, 5); }

// A word written as one character of a script without spaces (a Han or
// kana character after folding): such words are no stems, and their order
// is their meaning.
bool IsUnspacedCharacter(std::string_view word) {
  return word.size() >= 2 && word.size() <= 4 && static_cast<unsigned char>(word[0]) >= 0xE0;
}

// The same word, inflected: equal, one with an "s" more, or both of five
// bytes or more sharing all but their last three ("requisito" /
// "requisitos", "aufgabe" / "aufgaben", "responsabilidad" /
// "responsabilidades").
bool StemsMatch(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() + 1 == b.size() && b.back() == 's' && b.substr(0, a.size()) == a) return true;
  if (a.size() < 5) return false;
  std::size_t common = 0;
  while (common < a.size() && a[common] == b[common]) ++common;
  return common >= 5 && common + 3 >= a.size();
}

void IndexStems(Lexicon& lexicon) {
  lexicon.word_start.reserve(lexicon.headings.size() + 1);
  for (std::size_t i = 0; i < lexicon.headings.size(); ++i) {
    lexicon.word_start.push_back(static_cast<std::uint32_t>(lexicon.heading_words.size()));
    const Phrase& phrase = lexicon.headings[i].phrase;
    // Only phrases of two words or more are matched tolerantly.
    if (phrase.suffix_of_first_word || phrase.at_start || phrase.at_end || phrase.words < 2) continue;
    const std::vector<std::string_view> words = textkit::SplitOn(phrase.folded, ' ');
    if (std::any_of(words.begin(), words.end(), IsUnspacedCharacter)) continue;
    for (std::string_view word : words) {
      lexicon.heading_words.emplace_back(word);
      lexicon.headings_by_stem.emplace_back(std::string(StemKey(word)), static_cast<std::uint32_t>(i));
    }
  }
  lexicon.word_start.push_back(static_cast<std::uint32_t>(lexicon.heading_words.size()));
  std::sort(lexicon.headings_by_stem.begin(), lexicon.headings_by_stem.end());
  lexicon.headings_by_stem.erase(std::unique(lexicon.headings_by_stem.begin(), lexicon.headings_by_stem.end()),
                                 lexicon.headings_by_stem.end());
}

void IndexCues(Lexicon& lexicon) {
  for (std::size_t i = 0; i < lexicon.cues.size(); ++i) {
    const Phrase& phrase = lexicon.cues[i].phrase;
    if (phrase.suffix_of_first_word || phrase.at_end) {
      lexicon.suffix_cues.push_back(i);  // few: each is tried on every text
    } else if (phrase.at_start) {
      lexicon.start_cues_by_first_word[std::string(FirstWord(phrase.folded))].push_back(i);
    } else {
      lexicon.cues_by_first_word[std::string(FirstWord(phrase.folded))].push_back(i);
    }
  }
}

// "^*ing" -> a suffix of the first word; "^phrase" -> at the start;
// "phrase$" -> at the end. A phrase that folds to nothing is nullopt.
std::optional<Phrase> ParsePhrase(std::string_view raw) {
  Phrase phrase;
  if (!raw.empty() && raw.front() == '^') {
    phrase.at_start = true;
    raw.remove_prefix(1);
  }
  if (!raw.empty() && raw.back() == '$') {
    phrase.at_end = true;
    raw.remove_suffix(1);
  }
  if (phrase.at_start && !raw.empty() && raw.front() == '*') {
    phrase.suffix_of_first_word = true;
    raw.remove_prefix(1);
  }
  phrase.folded = textkit::FoldForMatch(raw);
  if (phrase.folded.empty()) return std::nullopt;
  phrase.words = textkit::CountWords(phrase.folded);
  return phrase;
}

// The kind column: a SectionKind's name, or "aside" (kind other, never job
// content). nullopt when it is neither.
std::optional<SectionKind> KindOf(std::string_view name, bool* aside) {
  *aside = name == "aside";
  if (*aside) return SectionKind::kOther;
  return SectionKindFromName(std::string(name));
}

// What makes two phrases of one kind the same once folded: the second is
// a bad entry (it could never decide anything).
using PhraseKey = std::tuple<SectionKind, bool, std::string, bool, bool, bool>;

PhraseKey KeyOf(SectionKind kind, bool aside, const Phrase& phrase) {
  return {kind, aside, phrase.folded, phrase.at_start, phrase.at_end, phrase.suffix_of_first_word};
}

// The entry's kind and phrase; nullopt (reported) when it has none, or
// when `seen` already holds its phrase for its kind.
std::optional<HeadingPhrase> ReadPhrase(const lexicon::Entry& entry,
                                        std::map<PhraseKey, std::string>& seen) {
  bool aside = false;
  std::string_view kind_name = entry.columns[0];
  const bool weak = !kind_name.empty() && kind_name.back() == '?';  // "benefits?"
  if (weak) kind_name.remove_suffix(1);
  std::optional<SectionKind> kind = KindOf(kind_name, &aside);
  if (!kind) {
    lexicon::ReportBadEntry(entry, "unknown kind '" + std::string(entry.columns[0]) + "'");
    return std::nullopt;
  }
  std::optional<Phrase> phrase = ParsePhrase(entry.columns.back());
  if (!phrase) {
    lexicon::ReportBadEntry(entry, "the phrase folds to nothing");
    return std::nullopt;
  }
  auto [first, added] = seen.emplace(KeyOf(*kind, aside, *phrase), entry.Where());
  if (!added) {
    lexicon::ReportBadEntry(entry, "the same phrase as " + first->second + " once folded");
    return std::nullopt;
  }
  return HeadingPhrase{*kind, aside, std::move(*phrase), weak};
}

// Headings by kind, in the order of SectionKind and then "aside": of two
// phrases that match a heading equally well, the one of the kind listed
// first wins. Within a kind the order decides nothing, so the files may
// list their languages in any order.
// What a list can be found under when only list kinds are wanted (a long
// lead line, "...the missions you will take on:"): not an introduction,
// a company or "other".
bool NamesListContent(const HeadingPhrase& entry) {
  return entry.kind != SectionKind::kIntro && entry.kind != SectionKind::kOther &&
         entry.kind != SectionKind::kAboutCompany;
}

// What matching `entry` tells of a heading.
HeadingMatch MatchOf(const HeadingPhrase& entry) {
  HeadingMatch match;
  match.kind = entry.kind;
  match.words = entry.phrase.words;
  match.aside = entry.aside;
  match.weak = entry.weak;
  return match;
}

int KindRank(const HeadingPhrase& heading) {
  return heading.aside ? kSectionKindCount : static_cast<int>(heading.kind);
}

Lexicon LoadLexicon() {
  Lexicon lexicon;
  std::map<PhraseKey, std::string> seen;
  for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::section_headings, "kind phrase")) {
    if (std::optional<HeadingPhrase> heading = ReadPhrase(entry, seen)) {
      lexicon.headings.push_back(std::move(*heading));
    }
  }
  std::stable_sort(lexicon.headings.begin(), lexicon.headings.end(),
                   [](const HeadingPhrase& a, const HeadingPhrase& b) { return KindRank(a) < KindRank(b); });
  seen.clear();
  for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::section_cues, "kind weight phrase")) {
    const int weight = std::atoi(std::string(entry.columns[1]).c_str());
    if (weight <= 0 || std::to_string(weight) != entry.columns[1]) {
      lexicon::ReportBadEntry(entry, "weight '" + std::string(entry.columns[1]) + "' is no positive whole number");
      continue;
    }
    if (std::optional<HeadingPhrase> cue = ReadPhrase(entry, seen)) {
      if (cue->aside) {
        lexicon::ReportBadEntry(entry, "a cue names a kind of section, not 'aside'");
        continue;
      }
      lexicon.cues.push_back({cue->kind, weight, std::move(cue->phrase)});
    }
  }
  IndexCues(lexicon);
  IndexHeadings(lexicon);
  IndexStems(lexicon);
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
  if (phrase.at_end) {
    const std::size_t size = phrase.folded.size();
    return folded.size() >= size && folded.substr(folded.size() - size) == phrase.folded &&
           (folded.size() == size || folded[folded.size() - size - 1] == ' ') &&
           (!phrase.at_start || folded.size() == size);
  }
  return textkit::ContainsPhrase(folded, phrase.folded, phrase.at_start);
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

namespace {

// The phrase of two words or more all of
// whose words the heading holds, inflected or not, in any order, with other
// words between ("Das bieten wir dir" for "wir bieten", "Requisitos
// mínimos imprescindibles" for "requisitos imprescindibles"). The phrase
// with most words wins, then the first in the lexicon. One-word phrases
// match as written only: inflected alone they named the wrong kind of
// section more often than the right one (measured on the corpus).
HeadingMatch MatchTolerantly(const Lexicon& lexicon, std::string_view folded, bool list_kinds_only,
                             int words_to_beat) {
  HeadingMatch best;
  best.words = words_to_beat;
  constexpr std::size_t kLongestHeading = 10;  // words: longer text is no heading to guess at
  const std::vector<std::string_view> words = textkit::SplitOn(folded, ' ');
  // A phrase has no more words than the heading: one that the match as
  // written already covers whole cannot be beaten.
  if (words.size() < 2 || words.size() > kLongestHeading || static_cast<int>(words.size()) <= words_to_beat) {
    return HeadingMatch{};
  }
  std::vector<std::size_t> candidates;
  for (std::string_view word : words) {
    if (IsUnspacedCharacter(word)) continue;
    const std::string_view key = StemKey(word);
    auto at = std::lower_bound(lexicon.headings_by_stem.begin(), lexicon.headings_by_stem.end(), key,
                               [](const auto& entry, std::string_view wanted) { return entry.first < wanted; });
    for (; at != lexicon.headings_by_stem.end() && at->first == key; ++at) candidates.push_back(at->second);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (std::size_t index : candidates) {
    const HeadingPhrase& entry = lexicon.headings[index];
    if (list_kinds_only && !NamesListContent(entry)) continue;
    if (entry.phrase.words < 2 || entry.phrase.words <= best.words) continue;
    bool all = true;
    for (std::uint32_t w = lexicon.word_start[index]; w < lexicon.word_start[index + 1]; ++w) {
      const std::string& wanted = lexicon.heading_words[w];
      bool found = false;
      for (std::string_view word : words) found = found || StemsMatch(word, wanted);
      all = all && found;
    }
    if (!all) continue;
    best = MatchOf(entry);
  }
  if (!best.kind) return HeadingMatch{};
  return best;
}

}  // namespace

namespace {

// Whether `a` becomes `b` by one edit: a letter (byte) inserted, dropped,
// changed, or two neighbours swapped.
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t front = 0;
  while (front < a.size() && a[front] == b[front]) ++front;
  if (front == a.size()) return true;  // one letter more at the end, or none
  if (a.size() == b.size()) {
    if (a.substr(front + 1) == b.substr(front + 1)) return true;  // one changed
    return front + 1 < a.size() && a[front] == b[front + 1] && a[front + 1] == b[front] &&
           a.substr(front + 2) == b.substr(front + 2);  // two swapped
  }
  return a.substr(front) == b.substr(front + 1);  // one inserted
}

// A heading that is a phrase of the lexicon misspelt by one letter
// ("Responsabiliades", "Requirments", "Qualifcations"): long enough that
// one edit does not turn one word into another.
HeadingMatch MatchMisspelt(const Lexicon& lexicon, std::string_view folded, bool list_kinds_only) {
  constexpr std::size_t kShortestMisspelt = 8;  // bytes
  HeadingMatch match;
  if (folded.size() < kShortestMisspelt || folded.size() > lexicon.longest_phrase + 1) return match;
  std::size_t first = std::string::npos;
  for (const auto& [phrase, index] : lexicon.headings_by_phrase) {
    const std::size_t length = phrase.size();
    if (length + 1 < folded.size() || length > folded.size() + 1 || index >= first) continue;
    const HeadingPhrase& entry = lexicon.headings[index];
    if (entry.phrase.suffix_of_first_word || entry.phrase.at_end) continue;
    if (list_kinds_only && !NamesListContent(entry)) continue;
    if (!OneEditApart(folded, phrase)) continue;
    first = index;  // the first in the lexicon, whatever the map's order
    match = MatchOf(entry);
  }
  return match;
}

// A compound whose last part is a one-word phrase of the lexicon
// ("Hauptaufgaben", "Kernqualifikationen", "Sprachkenntnisse",
// "Mitarbeiterbenefits"): German, Dutch, the Nordic languages and Finnish
// write a heading as one word, and its last part names what it is. The
// part must be long (a short one ends too many unrelated words) and the
// word longer by a real word's worth ("relocation" is no "location").
HeadingMatch MatchCompound(const Lexicon& lexicon, std::string_view folded, bool list_kinds_only) {
  constexpr std::size_t kShortestPart = 7;    // bytes of the lexicon's word
  constexpr std::size_t kShortestPrefix = 3;  // bytes of the compound before it
  constexpr std::size_t kLongestCompound = 40;  // bytes: "Weiterbildungsmoglichkeiten" is 27
  HeadingMatch match;
  std::size_t first = std::string::npos;
  for (std::string_view word : textkit::SplitOn(folded, ' ')) {
    // Folded text is lowercase: ASCII letters here are a Latin word.
    const bool latin = std::all_of(word.begin(), word.end(), textkit::IsAsciiAlpha);
    if (word.size() < kShortestPart + kShortestPrefix || word.size() > kLongestCompound || !latin) continue;
    for (std::size_t start = kShortestPrefix; start + kShortestPart <= word.size(); ++start) {
      auto found = lexicon.headings_by_phrase.find(word.substr(start));
      if (found == lexicon.headings_by_phrase.end() || found->second >= first) continue;
      const HeadingPhrase& entry = lexicon.headings[found->second];
      if (entry.phrase.words != 1 || entry.phrase.at_start) continue;
      if (list_kinds_only && !NamesListContent(entry)) continue;
      first = found->second;  // the first in the lexicon
      match = MatchOf(entry);  // a one-word phrase
    }
  }
  return match;
}

}  // namespace

HeadingMatch MatchHeading(std::string_view heading, bool list_kinds_only) {
  const Lexicon& lexicon = TheLexicon();
  std::string folded = textkit::FoldForMatch(heading);
  // The phrases that can match, in lexicon order (the first of equal
  // matches wins).
  std::vector<std::size_t> candidates = lexicon.suffix_headings;
  for (std::string_view word : textkit::SplitOn(folded, ' ')) {
    auto found = lexicon.headings_by_first_word.find(word);
    if (found != lexicon.headings_by_first_word.end()) {
      candidates.insert(candidates.end(), found->second.begin(), found->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  HeadingMatch best;
  size_t best_position = std::string::npos;
  bool best_at_end = false;
  for (std::size_t index : candidates) {
    const HeadingPhrase& entry = lexicon.headings[index];
    if (list_kinds_only && !NamesListContent(entry)) continue;
    if (!Matches(folded, entry.phrase)) continue;
    size_t position = entry.phrase.at_start ? 0
                      : entry.phrase.at_end ? folded.size() - entry.phrase.folded.size()
                                            : folded.find(entry.phrase.folded);
    // Of phrases of equal length, one that ends the heading wins over one
    // that opens it: a closing "if you" says what the opening "You will
    // thrive" is about ("Extra brownie points if you" stays preferred).
    const bool closes_opening = entry.phrase.at_end && best_position == 0;
    const bool opening_closed = best_at_end && position == 0;
    // "Descrizione e responsabilità", "Job description and duties": the
    // introduction's word is the wrapper, the other names the content.
    const bool names_content = best.kind == SectionKind::kIntro && entry.kind != SectionKind::kIntro &&
                               !entry.aside && entry.kind != SectionKind::kOther;
    const bool content_named = entry.kind == SectionKind::kIntro && best.kind && *best.kind != SectionKind::kIntro &&
                               !best.aside && *best.kind != SectionKind::kOther;
    if (entry.phrase.words > best.words ||
        (entry.phrase.words == best.words && !opening_closed && !content_named &&
         (closes_opening || names_content || position < best_position))) {
      best = MatchOf(entry);
      best_position = position;
      best_at_end = entry.phrase.at_end;
    }
  }
  // A longer phrase met tolerantly says more than a shorter one met as
  // written ("Qualifications we prefer": "preferred qualifications" over
  // "qualifications"); not over a closing phrase ("You will thrive in this
  // role if you" holds every word of "in this role you will").
  if (HeadingMatch tolerant = MatchTolerantly(lexicon, folded, list_kinds_only, best.words);
      !best_at_end && tolerant.kind && tolerant.words > best.words) {
    best = tolerant;
  }
  if (!best.kind) best = MatchMisspelt(lexicon, folded, list_kinds_only);
  if (!best.kind) best = MatchCompound(lexicon, folded, list_kinds_only);
  return best;
}

KindScores ScoreCues(std::string_view text) { return ScoreFoldedCues(textkit::FoldForMatch(text)); }

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
  auto found = lexicon.headings_by_phrase.find(folded);
  if (found == lexicon.headings_by_phrase.end()) return HeadingMatch{};
  return MatchOf(lexicon.headings[found->second]);
}

}  // namespace jobpipe::sections
