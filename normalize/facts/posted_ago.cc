#include "normalize/facts/posted_ago.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> posted_ago;  // data/dates/posted_ago.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

enum class Unit { kSameDay, kDay, kWeek, kMonth, kYear };

// The words of data/dates/posted_ago.tsv, by kind.
struct AgeWords {
  std::map<std::string_view, Unit, std::less<>> units;  // every form a unit takes after a count
  std::set<std::string_view, std::less<>> ones;         // "a month ago", "vor einem Monat"
  std::set<std::string_view, std::less<>> agos;         // "ago", "fa", "vor", "hace", ...
};

const AgeWords& LoadedAgeWords() {
  static const AgeWords kWords = [] {
    static constexpr std::pair<std::string_view, Unit> kUnitKinds[] = {
        {"same_day", Unit::kSameDay}, {"day", Unit::kDay},   {"week", Unit::kWeek},
        {"month", Unit::kMonth},      {"year", Unit::kYear},
    };
    AgeWords words;
    for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::posted_ago, "kind word")) {
      const std::string_view kind = entry.columns[0], word = entry.columns[1];
      const auto* unit = std::find_if(std::begin(kUnitKinds), std::end(kUnitKinds),
                                      [&](const auto& named) { return named.first == kind; });
      if (unit != std::end(kUnitKinds)) {
        words.units.emplace(word, unit->second);  // a word listed twice: its first unit
      } else if (kind == "one") {
        words.ones.insert(word);
      } else if (kind == "ago") {
        words.agos.insert(word);
      } else {
        lexicon::ReportBadEntry(entry, "kind '" + std::string(kind) +
                                           "' is not same_day, day, week, month, year, one or ago");
      }
    }
    return words;
  }();
  return kWords;
}

// Lower-case words; ASCII letters folded, other bytes (accents) kept, digits
// their own words, a '+' right after digits kept ("30+").
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(word);
    word.clear();
  };
  for (char c : text) {
    const bool digit = c >= '0' && c <= '9';
    const bool letter =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    const bool word_is_number = !word.empty() && word[0] >= '0' && word[0] <= '9';
    if (digit || (c == '+' && word_is_number)) {
      if (!word.empty() && !word_is_number) flush();
      word += c;
    } else if (letter) {
      if (word_is_number) flush();
      word += textkit::AsciiLower(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

// The count a word states: digits, or a word for one; -1 otherwise, -2 for
// a bound ("30+").
int CountOf(const std::string& word) {
  if (word[0] >= '0' && word[0] <= '9') {
    if (word.back() == '+') return -2;
    return word.size() <= 4 ? std::stoi(word) : -1;
  }
  return LoadedAgeWords().ones.contains(word) ? 1 : -1;
}

std::optional<Unit> UnitOf(const std::string& word) {
  const auto& units = LoadedAgeWords().units;
  if (auto found = units.find(word); found != units.end()) return found->second;
  return std::nullopt;
}

std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view text) {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  if (text.size() != 10 ||
      std::sscanf(std::string(text).c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                         std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return date;
}

// A calendar date moved by whole months; 31 March minus one month is the
// last day of February.
std::chrono::year_month_day MonthsBefore(std::chrono::year_month_day date, int months) {
  const std::chrono::year_month_day moved = date - std::chrono::months{months};
  if (moved.ok()) return moved;
  return std::chrono::year_month_day_last{moved.year(), std::chrono::month_day_last{moved.month()}};
}

}  // namespace

bool IsPostedAgo(std::string_view phrase) {
  const auto& ago_words = LoadedAgeWords().agos;
  const std::vector<std::string> words = Words(phrase);
  bool ago = false;
  for (std::size_t i = 0; i < words.size() && !ago; ++i) {
    ago = ago_words.contains(words[i]);
    ago = ago || (i + 2 < words.size() && words[i] == "il" && words[i + 1] == "y" && words[i + 2] == "a");
  }
  // Any valid run date: only whether the phrase is read matters here.
  return ago && DateFromPostedAgo(phrase, "2000-01-01").has_value();
}

std::optional<std::string> DateFromPostedAgo(std::string_view phrase, std::string_view run_date) {
  const std::optional<std::chrono::year_month_day> run = ParseIsoDate(run_date);
  if (!run) return std::nullopt;
  const std::vector<std::string> words = Words(phrase);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const int count = CountOf(words[i]);
    const std::optional<Unit> unit = UnitOf(words[i + 1]);
    if (count == -1 || !unit) continue;
    if (count == -2) return std::nullopt;
    std::chrono::year_month_day date = *run;
    switch (*unit) {
      case Unit::kSameDay: break;
      case Unit::kDay: date = std::chrono::sys_days{date} - std::chrono::days{count}; break;
      case Unit::kWeek: date = std::chrono::sys_days{date} - std::chrono::days{7 * count}; break;
      case Unit::kMonth: date = MonthsBefore(date, count); break;
      case Unit::kYear: date = MonthsBefore(date, 12 * count); break;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return std::string(buffer);
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
