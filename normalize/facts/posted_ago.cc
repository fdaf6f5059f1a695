#include "normalize/facts/posted_ago.h"

#include <chrono>
#include <cstdio>
#include <vector>

#include "core/text/ascii.h"

namespace jobpipe::facts {
namespace {

enum class Unit { kSameDay, kDay, kWeek, kMonth, kYear };

struct UnitWord {
  std::string_view word;
  Unit unit;
};

// Every form a unit takes after a count, in the languages LinkedIn shows.
constexpr UnitWord kUnits[] = {
    {"minute", Unit::kSameDay},  {"minutes", Unit::kSameDay}, {"min", Unit::kSameDay},
    {"mins", Unit::kSameDay},    {"minuto", Unit::kSameDay},  {"minuti", Unit::kSameDay},
    {"minuten", Unit::kSameDay}, {"minutos", Unit::kSameDay}, {"minuut", Unit::kSameDay},
    {"hour", Unit::kSameDay},    {"hours", Unit::kSameDay},   {"ora", Unit::kSameDay},
    {"ore", Unit::kSameDay},     {"stunde", Unit::kSameDay},  {"stunden", Unit::kSameDay},
    {"heure", Unit::kSameDay},   {"heures", Unit::kSameDay},  {"hora", Unit::kSameDay},
    {"horas", Unit::kSameDay},   {"uur", Unit::kSameDay},     {"uren", Unit::kSameDay},
    {"day", Unit::kDay},         {"days", Unit::kDay},        {"giorno", Unit::kDay},
    {"giorni", Unit::kDay},      {"tag", Unit::kDay},         {"tagen", Unit::kDay},
    {"tage", Unit::kDay},        {"jour", Unit::kDay},        {"jours", Unit::kDay},
    {"día", Unit::kDay},         {"días", Unit::kDay},        {"dia", Unit::kDay},
    {"dias", Unit::kDay},        {"dag", Unit::kDay},         {"dagen", Unit::kDay},
    {"week", Unit::kWeek},       {"weeks", Unit::kWeek},      {"settimana", Unit::kWeek},
    {"settimane", Unit::kWeek},  {"woche", Unit::kWeek},      {"wochen", Unit::kWeek},
    {"semaine", Unit::kWeek},    {"semaines", Unit::kWeek},   {"semana", Unit::kWeek},
    {"semanas", Unit::kWeek},    {"weken", Unit::kWeek},      {"month", Unit::kMonth},
    {"months", Unit::kMonth},    {"mese", Unit::kMonth},      {"mesi", Unit::kMonth},
    {"monat", Unit::kMonth},     {"monaten", Unit::kMonth},   {"monate", Unit::kMonth},
    {"mois", Unit::kMonth},      {"mes", Unit::kMonth},       {"meses", Unit::kMonth},
    {"mês", Unit::kMonth},       {"maand", Unit::kMonth},     {"maanden", Unit::kMonth},
    {"year", Unit::kYear},       {"years", Unit::kYear},      {"anno", Unit::kYear},
    {"anni", Unit::kYear},       {"jahr", Unit::kYear},       {"jahren", Unit::kYear},
    {"jahre", Unit::kYear},      {"an", Unit::kYear},         {"ans", Unit::kYear},
    {"année", Unit::kYear},      {"années", Unit::kYear},     {"año", Unit::kYear},
    {"años", Unit::kYear},       {"ano", Unit::kYear},        {"anos", Unit::kYear},
    {"jaar", Unit::kYear},       {"jaren", Unit::kYear},
};

// "a month ago", "un mese fa", "vor einem Monat", "il y a un an".
constexpr std::string_view kOne[] = {"a",  "an",  "one", "un",    "una",   "uno", "une",
                                     "um", "uma", "een", "einem", "einer", "ein", "eine"};

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
  for (std::string_view one : kOne) {
    if (word == one) return 1;
  }
  return -1;
}

std::optional<Unit> UnitOf(const std::string& word) {
  for (const UnitWord& unit : kUnits) {
    if (word == unit.word) return unit.unit;
  }
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
  static constexpr std::string_view kAgoWords[] = {"ago", "fa", "vor", "hace", "há", "geleden"};
  const std::vector<std::string> words = Words(phrase);
  bool ago = false;
  for (std::size_t i = 0; i < words.size() && !ago; ++i) {
    for (std::string_view word : kAgoWords) ago = ago || words[i] == word;
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
