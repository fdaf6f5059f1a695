#include "parse/text/camel_case.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "core/lexicon/load.h"
#include "core/string_lookup.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> camel_case_words;  // data/camel_case_words.txt
}

namespace jobpipe::text {
namespace {

// Lexicon words span at most this many humps ("GitHubCopilot" has 4).
constexpr std::size_t kMaxHumpsPerWord = 5;
// A lowercase-first entry (iPhone, macOS) may follow other letters that the
// break glued to it ("theiPhone"): its first hump is searched as a suffix.
constexpr std::size_t kMaxLowerPrefix = 8;

// Prefixes that make a lowercase-first camel word a code identifier
// (getName, useState, onClick, isValid, handleSubmit, innerHTML).
constexpr std::array<std::string_view, 14> kCodePrefixes = {
    "get",    "set",    "use",  "is",    "has",   "on",    "can",
    "should", "handle", "init", "fetch", "inner", "outer", "my"};

// Most candidates a camel-case test builds ("portfolioOrg", "lioOrganize")
// are no word of the lexicon; their shape alone says so.
class WordSet {
 public:
  void Add(std::string_view word) {
    words_.emplace(word);
    shapes_.Add(word);
  }
  bool Contains(std::string_view word) const { return shapes_.MayHold(word) && words_.find(word) != words_.end(); }

 private:
  StringSet words_;
  WordShapes shapes_;
};

struct Lexicon {
  WordSet words;
  WordSet lowercase_first;  // "iPhone", "macOS"
  std::size_t max_length = 0;
};

const Lexicon& GetLexicon() {
  static const Lexicon lexicon = [] {
    Lexicon built;
    for (std::string_view line : lexicon::LoadColumn(embedded::camel_case_words, "word")) {
      built.words.Add(line);
      if (textkit::IsLower(textkit::DecodeAt(line, 0).value)) built.lowercase_first.Add(line);
      built.max_length = std::max(built.max_length, line.size());
    }
    return built;
  }();
  return lexicon;
}

// Listed, or listed once a plural/possessive ending is removed.
bool IsListed(const Lexicon& lexicon, std::string_view candidate, const WordSet& set) {
  if (candidate.size() > lexicon.max_length + 4) return false;
  if (set.Contains(candidate)) return true;
  for (std::string_view ending : {"'s", "\xE2\x80\x99s", "s", "es"}) {
    if (candidate.size() > ending.size() && candidate.ends_with(ending) &&
        set.Contains(candidate.substr(0, candidate.size() - ending.size()))) {
      return true;
    }
  }
  return false;
}

// A lexicon word begins at hump `hump` ("experience|LinkedIn").
bool LexiconWordStartsAt(const CamelWord& word, std::size_t hump) {
  const Lexicon& lexicon = GetLexicon();
  const std::size_t humps = word.starts.size();
  for (std::size_t end = hump + 1; end <= std::min(humps, hump + kMaxHumpsPerWord); ++end) {
    const std::size_t to = end < humps ? word.starts[end] : word.word.size();
    if (IsListed(lexicon, word.word.substr(word.starts[hump], to - word.starts[hump]),
                 lexicon.words)) {
      return true;
    }
  }
  return false;
}

// Words a lowercase-first name is often glued to when a space is lost:
// "theiPhone", "youreCommerce", "aniPad".
bool IsSmallWordBefore(std::string_view prefix) {
  static constexpr std::string_view kSmallWords[] = {
      "the", "a",  "an", "our", "your", "my", "their", "his", "her", "its", "new", "with", "on",
      "for", "and", "or", "to", "of",   "in", "at",    "by",  "via", "use", "using", "no"};
  for (std::string_view word : kSmallWords) {
    if (prefix == word) return true;
  }
  return false;
}

// A lexicon word ends where hump `hump` starts ("GitHub|Experience",
// "eCommerce|Knowledge").
bool LexiconWordEndsAt(const CamelWord& word, std::size_t hump) {
  const Lexicon& lexicon = GetLexicon();
  const std::size_t first = hump >= kMaxHumpsPerWord ? hump - kMaxHumpsPerWord : 0;
  for (std::size_t begin = first; begin < hump; ++begin) {
    const std::string_view candidate =
        word.word.substr(word.starts[begin], word.starts[hump] - word.starts[begin]);
    if (IsListed(lexicon, candidate, lexicon.words)) return true;
  }
  return false;
}

// "Experience", "Knowledge": a capital then three or more small letters.
bool IsCapitalisedWord(std::string_view hump) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < hump.size();) {
    const textkit::CodePoint point = textkit::DecodeAt(hump, i);
    if (letters == 0 ? !textkit::IsUpper(point.value) : !textkit::IsLower(point.value)) return false;
    ++letters;
    i += point.length;
  }
  return letters >= 4;
}

bool LexiconSpans(const CamelWord& word, std::size_t hump) {
  const Lexicon& lexicon = GetLexicon();
  const std::size_t humps = word.starts.size();
  const auto hump_end = [&](std::size_t i) {
    return i < humps ? word.starts[i] : word.word.size();
  };
  const std::size_t first = hump >= kMaxHumpsPerWord ? hump - kMaxHumpsPerWord + 1 : 0;
  const std::size_t last = std::min(humps, hump + kMaxHumpsPerWord);
  for (std::size_t begin = first; begin < hump; ++begin) {
    for (std::size_t end = hump + 1; end <= last; ++end) {
      const std::size_t from = word.starts[begin];
      const std::string_view candidate = word.word.substr(from, hump_end(end) - from);
      if (candidate.size() > lexicon.max_length + 4) break;
      if (IsListed(lexicon, candidate, lexicon.words)) return true;
      // "theiPhone": try the tail of the first hump as a lowercase-first
      // word, after a small word only ("officeLearning" is "office" and
      // "Learning", not "offic" and "eLearning").
      const std::size_t first_hump_length = word.starts[begin + 1] - from;
      for (std::size_t tail = 1; tail < first_hump_length && tail <= kMaxLowerPrefix; ++tail) {
        // (The lexicon first: its length test rules most tails out.)
        if (IsListed(lexicon, candidate.substr(first_hump_length - tail), lexicon.lowercase_first) &&
            IsSmallWordBefore(candidate.substr(0, first_hump_length - tail))) {
          return true;
        }
      }
    }
  }
  return false;
}

}  // namespace

bool IsCamelCaseLexiconWord(std::string_view word) {
  return GetLexicon().words.Contains(word);
}

bool IsNaturalCamelStep(const CamelWord& word, std::size_t hump) {
  if (hump == 0 || hump >= word.starts.size()) return false;
  // "…on GitHubExperience with…", "…or eCommerceKnowledge of…": the item
  // ended with a listed name and the next one starts with a word.
  const std::size_t next = hump + 1 < word.starts.size() ? word.starts[hump + 1] : word.word.size();
  if (IsCapitalisedWord(word.word.substr(word.starts[hump], next - word.starts[hump])) &&
      LexiconWordEndsAt(word, hump) && !LexiconSpans(word, hump)) {
    return false;
  }
  const std::string_view left =
      word.word.substr(word.starts[hump - 1], word.starts[hump] - word.starts[hump - 1]);
  const char32_t left_first = textkit::DecodeAt(left, 0).value;
  const std::size_t left_letters = textkit::CodePointCount(left);
  // DevOps, GitHub, PayPal, McKinsey, MacBook, DeShawn, IoT: a short
  // capitalised part is a name's prefix, never the end of a list item.
  if (textkit::IsUpper(left_first) && left_letters <= 3) return true;
  const std::string_view first_hump = word.word.substr(0, word.starts[1]);
  if (textkit::IsLower(textkit::DecodeAt(first_hump, 0).value)) {
    // iPhone, eBay, iOS, mRNA, xAI ("a" is a word: "aManager" is a break).
    if (hump == 1 && textkit::CodePointCount(first_hump) == 1 && first_hump != "a") return true;
    // getName, useState, onClick: code, even outside backticks.
    for (std::string_view prefix : kCodePrefixes) {
      if (first_hump == prefix) return true;
    }
    // getElementById: more than one step in a lowercase-first word (but
    // "experienceLinkedIn" is a break before a listed word).
    if (word.starts.size() > 2 && !(hump == 1 && LexiconWordStartsAt(word, 1))) return true;
  }
  return LexiconSpans(word, hump);
}

}  // namespace jobpipe::text
