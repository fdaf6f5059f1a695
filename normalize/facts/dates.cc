#include "normalize/facts/dates.h"

#include <re2/re2.h>

#include <cctype>
#include <cstdio>
#include <unordered_map>

#include "core/byte_scan.h"
#include "core/text/ascii.h"
#include "core/text/regex_fold.h"
#include "core/text/words.h"

namespace jobpipe::facts {
namespace {

// Month names of our languages, full and common abbreviations, lowered.
int MonthNumber(std::string name) {
  static const std::unordered_map<std::string, int> kMonths = {
      {"jan", 1}, {"january", 1}, {"januar", 1}, {"jänner", 1}, {"janvier", 1}, {"enero", 1},
      {"janeiro", 1}, {"gennaio", 1}, {"januari", 1}, {"feb", 2}, {"february", 2},
      {"februar", 2}, {"février", 2}, {"fevrier", 2}, {"febrero", 2}, {"fevereiro", 2},
      {"febbraio", 2}, {"februari", 2}, {"mar", 3}, {"march", 3}, {"märz", 3}, {"mars", 3},
      {"marzo", 3}, {"março", 3}, {"maart", 3}, {"apr", 4}, {"april", 4}, {"avril", 4},
      {"abril", 4}, {"aprile", 4}, {"may", 5}, {"mai", 5}, {"mayo", 5}, {"maio", 5},
      {"maggio", 5}, {"mei", 5}, {"jun", 6}, {"june", 6}, {"juni", 6}, {"juin", 6},
      {"junio", 6}, {"junho", 6}, {"giugno", 6}, {"jul", 7}, {"july", 7}, {"juli", 7},
      {"juillet", 7}, {"julio", 7}, {"julho", 7}, {"luglio", 7}, {"aug", 8}, {"august", 8},
      {"août", 8}, {"aout", 8}, {"agosto", 8}, {"augustus", 8}, {"sep", 9}, {"sept", 9},
      {"september", 9}, {"septembre", 9}, {"septiembre", 9}, {"setiembre", 9},
      {"setembro", 9}, {"settembre", 9}, {"oct", 10}, {"october", 10}, {"oktober", 10},
      {"octobre", 10}, {"octubre", 10}, {"outubro", 10}, {"ottobre", 10}, {"nov", 11},
      {"november", 11}, {"novembre", 11}, {"noviembre", 11}, {"novembro", 11}, {"dec", 12},
      {"december", 12}, {"dezember", 12}, {"décembre", 12}, {"decembre", 12},
      {"diciembre", 12}, {"dezembro", 12}, {"dicembre", 12}};
  std::string lower = textkit::AsciiLower(name);
  if (lower.rfind("\xC3\x84", 0) == 0) lower.replace(0, 2, "\xC3\xA4");  // Ä -> ä
  auto found = kMonths.find(lower);
  return found == kMonths.end() ? 0 : found->second;
}

std::optional<std::string> Format(int year, int month, int day) {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

std::optional<std::string> DateAfter(std::string_view text, const RE2& cue) {
  std::string after;
  if (!cue.ok() || !RE2::PartialMatch(text, cue, &after)) return std::nullopt;
  return ParseDate(after.substr(0, 60));
}

}  // namespace

namespace {

// Every date form below has a four-digit year 19xx or 20xx: text without
// one returns before the patterns are compiled (most runs never need them,
// and compiling them is a visible part of a short run's start-up).
bool HasCenturyDigits(std::string_view text) {
  if (!HasAsciiDigit(text)) return false;  // most lines: no digit at all
  for (std::size_t i = 0; i + 3 < text.size(); ++i) {
    bool century = (text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0');
    if (century && std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
        std::isdigit(static_cast<unsigned char>(text[i + 3]))) {
      return true;
    }
  }
  return false;
}

// A cue's pattern is compiled and run only on lines that could give a date
// after it: lines with a year and one of the keywords the pattern needs.
bool MayHaveDateAfter(std::string_view line, std::initializer_list<std::string_view> keywords) {
  return HasCenturyDigits(line) && textkit::ContainsAnyFolded(line, keywords);
}

}  // namespace

std::optional<std::string> ParseDate(std::string_view text) {
  if (!HasCenturyDigits(text)) return std::nullopt;
  static const RE2 kIso(R"(\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b)");
  static const RE2 kMonthFirst(R"((?i)\b(\pL{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b)");
  static const RE2 kDayFirst(
      R"((?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+)?(\pL{3,10})\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b)");
  static const RE2 kDotted(R"(\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b)");
  static const RE2 kSlashed(R"(\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b)");
  int year = 0, month = 0, day = 0;
  std::string name;
  if (kIso.ok() && RE2::PartialMatch(text, kIso, &year, &month, &day)) return Format(year, month, day);
  if (kMonthFirst.ok() && RE2::PartialMatch(text, kMonthFirst, &name, &day, &year) && MonthNumber(name)) {
    return Format(year, MonthNumber(name), day);
  }
  if (kDayFirst.ok() && RE2::PartialMatch(text, kDayFirst, &day, &name, &year) && MonthNumber(name)) {
    return Format(year, MonthNumber(name), day);
  }
  if (kDotted.ok() && RE2::PartialMatch(text, kDotted, &day, &month, &year)) return Format(year, month, day);
  int first = 0, second = 0;
  if (kSlashed.ok() && RE2::PartialMatch(text, kSlashed, &first, &second, &year)) {
    if (first > 12 && second <= 12) return Format(year, second, first);
    if (second > 12 && first <= 12) return Format(year, first, second);
  }
  return std::nullopt;
}

std::optional<std::string> FindDatePosted(const std::vector<TextLine>& lines) {
  auto cue = []() -> const RE2& {
    static const RE2 kCue(
        R"((?i)\b(?:posted|date posted|published|publication date|veröffentlicht|publié|date de publication|publicado|fecha de publicación|data de publicação|pubblicato|julkaistu|gepubliceerd|avaldatud)\b(.*))");
    return kCue;
  };
  for (const TextLine& line : lines) {
    if (!MayHaveDateAfter(line.text, {"posted", "publi", "ffentlicht", "pubblicato", "julkaistu",
                                      "gepubliceerd", "avaldatud"})) {
      continue;
    }
    if (auto date = DateAfter(line.text, cue())) return date;
  }
  for (const TextLine& line : lines) {
    if (line.origin == LineOrigin::kHeader && textkit::CountWords(line.text, 4) <= 4) {
      if (auto date = ParseDate(line.text)) return date;
    }
  }
  return std::nullopt;
}

std::optional<std::string> FindValidThrough(const std::vector<TextLine>& lines) {
  auto cue = []() -> const RE2& {
    static const RE2 kCue(
        R"((?i)\b(?:apply by|apply before|applications? (?:close|closes|are due|due|deadline)|application deadline|deadline|closing date|closes|close date|valid through|bewerbungsfrist|bewerbungsschluss|bewerben sie sich bis|date limite|candidatures? jusqu|fecha límite|fecha limite|plazo|prazo|hakuaika|viimeinen hakupäivä|kandideerimise tähtaeg|tähtaeg|sista ansökningsdag|scadenza|sluitingsdatum)(.*))");
    return kCue;
  };
  // "Send your CV to ... before 14 February 2025", "envía tu CV ... antes
  // del 28 de febrero de 2025": a sentence about applying and a date right
  // after "before" / "until" is the closing date too.
  auto apply_before = []() -> const RE2& {
    static const RE2 kApplyBefore(
        R"((?i)\b(?:apply|applications?|send (?:us )?(?:your|a) (?:cv|resume|résumé|application)|envía tu cv|envia tu cv|envíanos tu cv|candidatures?|candidatez\w*|bewerbung\w*|postula\w*)\b.*?\b(?:before|until|no later than|antes del?|hasta el|avant le|jusqu'au|bis zum)\s+((?:the\s+)?\d{1,2}\b.*|\pL{3,10}\.?\s+\d{1,2}\b.*))");
    return kApplyBefore;
  };
  for (const TextLine& line : lines) {
    if (!MayHaveDateAfter(line.text, {"apply b",         "application",   "deadline",
                                      "closing date",    "closes",        "close date",
                                      "valid through",   "bewerbungs",    "bewerben sie sich bis",
                                      "date limite",     "candidature",   "fecha l",
                                      "plazo",           "prazo",         "hakuaika",
                                      "viimeinen hakup", "htaeg",         "sista ans",
                                      "scadenza",        "sluitingsdatum"})) {
      continue;
    }
    if (auto date = DateAfter(line.text, cue())) return date;
  }
  for (const TextLine& line : lines) {
    if (!MayHaveDateAfter(line.text, {"before", "until", "no later than", "antes de", "hasta el",
                                      "avant le", "jusqu'au", "bis zum"}) ||
        !textkit::ContainsAnyFolded(line.text, {"apply", "application", "send ", "tu cv", "candidat",
                                       "bewerbung", "postula"})) {
      continue;
    }
    if (auto date = DateAfter(line.text, apply_before())) return date;
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
