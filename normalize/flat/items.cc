#include "normalize/flat/items.h"

#include <algorithm>
#include <array>
#include <set>
#include <span>

#include "core/lexicon/load.h"
#include "core/text/match_fold.h"
#include "normalize/sections/lexicon.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> list_item_openers;  // data/list_item_openers.txt
}  // namespace jobpipe::embedded

namespace jobpipe::flat {
namespace {

// An item keeps at least this many words: "Must" alone is no item.
constexpr std::size_t kMinItemWords = 2;
// A list has at least this many items.
constexpr std::size_t kMinItems = 3;
// Words OpensListItem looks at ("8 à 10 ans", "Vous devez être").
constexpr std::size_t kOpenerWords = 4;
// Prose after the last item holds at least this many sentences.
constexpr std::size_t kMinTailSentences = 3;

// Sorted, for binary search; folded.
constexpr std::array<std::string_view, 17> kYearWords = {
    "aastat", "an",     "anni",  "anno",   "ano",  "anos",  "ans", "jaar", "jahr",
    "jahre",  "jahren", "jaren", "vuotta", "year", "years", "yr",  "yrs"};

const std::set<std::string, std::less<>>& Openers() {
  static const std::set<std::string, std::less<>> openers = [] {
    std::set<std::string, std::less<>> set;
    for (std::string_view opener : lexicon::LoadColumn(embedded::list_item_openers, "opener")) {
      const std::string folded = textkit::FoldForMatch(opener);
      if (!folded.empty()) set.insert(folded);
    }
    return set;
  }();
  return openers;
}

std::vector<std::string_view> SplitSpaces(std::string_view text) {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) parts.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return parts;
}

bool IsNumber(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsYearWord(std::string_view word) {
  return std::binary_search(kYearWords.begin(), kYearWords.end(), word);
}

class ListSplitter {
 public:
  ListSplitter(std::string_view paragraph, const std::vector<FlatWord>& words, std::size_t first,
               std::size_t end)
      : paragraph_(paragraph), words_(words), first_(first), end_(end) {}

  std::optional<FlatList> Split() {
    std::vector<std::size_t> starts{first_};
    std::size_t unpunctuated = 0;
    for (std::size_t j = first_ + 1; j < end_; ++j) {
      if (j - starts.back() < kMinItemWords || !StartsItem(j)) continue;
      starts.push_back(j);
      if (!words_[j - 1].ends_sentence && !words_[j - 1].ends_colon) ++unpunctuated;
    }
    if (starts.size() < kMinItems || unpunctuated == 0) return std::nullopt;
    FlatList list;
    std::size_t from = 0;
    if (IsLead(starts[0], starts[1])) {
      if (starts.size() - 1 < kMinItems) return std::nullopt;
      list.lead = WordsText(paragraph_, words_, starts[0], starts[1]);
      from = 1;
    }
    for (std::size_t i = from; i < starts.size(); ++i) {
      std::size_t item_end = i + 1 < starts.size() ? starts[i + 1] : end_;
      if (i + 1 == starts.size()) {
        const std::size_t tail = TailStart(starts[i]);
        if (tail < end_) list.tail = WordsText(paragraph_, words_, tail, end_);
        item_end = tail;
      }
      list.items.emplace_back(WordsText(paragraph_, words_, starts[i], item_end));
    }
    return list;
  }

 private:
  bool StartsItem(std::size_t j) const {
    const FlatWord& word = words_[j];
    const FlatWord& before = words_[j - 1];
    if (word.start != WordStart::kUpper && word.start != WordStart::kDigit) return false;
    if (before.is_rule || before.glue || (before.ends_clause && !before.ends_colon)) return false;
    if (before.start == WordStart::kUpper && !before.ends_sentence && !before.ends_colon)
      return false;
    return OpensListItem(WordsText(paragraph_, words_, j, std::min(j + kOpenerWords, end_)));
  }

  // Text before the first item that introduces the list rather than being
  // one: it does not open like an item and ends a sentence or with ':'.
  bool IsLead(std::size_t first, std::size_t next) const {
    const FlatWord& last = words_[next - 1];
    if (!last.ends_sentence && !last.ends_colon) return false;
    return !OpensListItem(
        WordsText(paragraph_, words_, first, std::min(first + kOpenerWords, next)));
  }

  // Where prose starts inside the last item: a capitalised word after a
  // sentence's end or after a word that can end an item, followed by
  // several sentences. end_ when there is none.
  std::size_t TailStart(std::size_t item) const {
    std::size_t sentences_after = 0;
    std::vector<std::size_t> sentences_from(end_ - item + 1, 0);
    for (std::size_t j = end_; j-- > item;) {
      sentences_after += words_[j].ends_sentence ? 1 : 0;
      sentences_from[j - item] = sentences_after;
    }
    for (std::size_t j = item + kMinItemWords; j < end_; ++j) {
      if (sentences_from[j - item] < kMinTailSentences) break;
      const FlatWord& before = words_[j - 1];
      if (words_[j].start != WordStart::kUpper) continue;
      const bool after_word =
          before.start == WordStart::kLower && !before.ends_clause && !before.glue;
      if (before.ends_sentence || after_word) return j;
    }
    return end_;
  }

  std::string_view paragraph_;
  const std::vector<FlatWord>& words_;
  std::size_t first_;
  std::size_t end_;
};

}  // namespace

bool OpensListItem(std::string_view text, bool lexicon_verbs) {
  const std::string folded = textkit::FoldForMatch(text);
  std::vector<std::string_view> words = SplitSpaces(folded);
  // French elision: "S'engager" folds to "s engager".
  const std::string_view first_word = text.substr(0, text.find(' '));
  const bool elided = first_word.find('\'') != std::string_view::npos ||
                      first_word.find("\xE2\x80\x99") != std::string_view::npos;  // ’
  if (words.size() > 1 && words[0].size() == 1 && !IsNumber(words[0]) && elided) {
    words.erase(words.begin());
  }
  if (words.empty()) return false;
  if (IsNumber(words[0])) {
    for (std::size_t i = 1; i < words.size() && i <= 3; ++i) {
      if (IsYearWord(words[i])) return true;
    }
    return false;
  }
  const auto& openers = Openers();
  if (openers.count(words[0]) > 0) return true;
  if (words.size() > 1 && openers.count(std::string(words[0]) + " " + std::string(words[1])) > 0)
    return true;
  return lexicon_verbs && sections::ScoreCues(words[0])[SectionKind::kResponsibilities] >= 2;
}

std::optional<FlatList> SplitFlatList(std::string_view paragraph,
                                      const std::vector<FlatWord>& words, std::size_t first,
                                      std::size_t end) {
  if (end <= first) return std::nullopt;
  return ListSplitter(paragraph, words, first, end).Split();
}

}  // namespace jobpipe::flat
