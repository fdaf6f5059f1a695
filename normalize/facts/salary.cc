#include "normalize/facts/salary.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/byte_scan.h"
#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/regex_fold.h"
#include "core/text/words.h"
#include "normalize/match/case_fold.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> currencies;  // data/salary/currencies.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

// The currencies, once (data/salary/currencies.tsv): each spelling, where
// it stands (before or after the amount), and its ISO 4217 code ("" when
// the spelling does not tell which: "kr" is Swedish, Norwegian or Danish
// crowns; "$" for a dollar of the place). The money pattern, the cheap
// pre-test and the code lookup are all made from this list.
struct CurrencySpelling {
  std::string_view text;
  bool before = false;  // written before the amount ("$120", "USD 120")
  bool after = false;   // written after it ("120 €", "120 USD", "30万円")
  bool word = false;    // letters: matched on word bounds
  bool name = false;    // a name ("euros"): after the amount, in any case
  bool stem = false;    // what the pre-test looks for in any case ("kron")
  std::string_view code;
};

const std::vector<CurrencySpelling>& Currencies() {
  static const std::vector<CurrencySpelling> kCurrencies = [] {
    std::vector<CurrencySpelling> currencies;
    for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::currencies, "spelling flags [code]")) {
      CurrencySpelling currency;
      currency.text = entry.columns[0];
      currency.code = entry.columns[2];
      for (std::string_view flag : textkit::SplitOn(entry.columns[1], ',')) {
        bool* set = flag == "before" ? &currency.before
                    : flag == "after" ? &currency.after
                    : flag == "word"  ? &currency.word
                    : flag == "name"  ? &currency.name
                    : flag == "stem"  ? &currency.stem
                                      : nullptr;
        if (set == nullptr) {
          lexicon::ReportBadEntry(entry,
                                  "flag '" + std::string(flag) + "' is not before, after, word, name or stem");
          continue;
        }
        *set = true;
      }
      currencies.push_back(currency);
    }
    return currencies;
  }();
  return kCurrencies;
}

// The currency names, read in any case after the amount ("Euros",
// "kroner"), in the file's order.
const std::vector<const CurrencySpelling*>& CurrencyNames() {
  static const std::vector<const CurrencySpelling*> kNames = [] {
    std::vector<const CurrencySpelling*> names;
    for (const CurrencySpelling& currency : Currencies()) {
      if (currency.name) names.push_back(&currency);
    }
    return names;
  }();
  return kNames;
}

// What the cheap pre-test looks for, lowered: every name holds one (but
// "dolares", data/salary/currencies.tsv says).
const std::vector<std::string_view>& CurrencyNameStems() {
  static const std::vector<std::string_view> kStems = [] {
    std::vector<std::string_view> stems;
    for (const CurrencySpelling& currency : Currencies()) {
      if (currency.stem) stems.push_back(currency.text);
    }
    return stems;
  }();
  return kStems;
}

std::string EscapedForRegex(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '$' || c == '.' || c == '(' || c == ')' || c == '|' || c == '*' || c == '+' || c == '?') out += '\\';
    out += c;
  }
  return out;
}

// The spellings allowed before (or after) an amount, longest first so "US$"
// is tried before "$", as one RE2 alternation.
std::string CurrencyAlternation(bool before) {
  std::vector<const CurrencySpelling*> spellings;
  for (const CurrencySpelling& currency : Currencies()) {
    if (before ? currency.before : currency.after) spellings.push_back(&currency);
  }
  std::stable_sort(spellings.begin(), spellings.end(),
                   [](const CurrencySpelling* a, const CurrencySpelling* b) { return a->text.size() > b->text.size(); });
  std::string out;
  for (const CurrencySpelling* currency : spellings) {
    if (!out.empty()) out += '|';
    std::string spelled = EscapedForRegex(currency->text);
    if (currency->text == "Rs") spelled += "\\.?";
    // Codes and words need a word bound on the side facing away from the
    // amount ("USD120" yes, "XUSD 120" no); signs need none.
    out += currency->word ? (before ? "\\b" + spelled : spelled + "\\b") : spelled;
  }
  if (!before) {
    // The names last, all on one word bound: no two of them can match at
    // the same place, so their order does not matter.
    out += "|(?i:(?:";
    for (std::size_t i = 0; i < CurrencyNames().size(); ++i) {
      out += (i ? "|" : "") + EscapedForRegex(CurrencyNames()[i]->text);
    }
    out += ")\\b)";
  }
  return out;
}

// One money expression: [currency] amount [magnitude] [currency],
// optionally a separator and a second such amount ("$165,000/yr -
// $205,000/yr": a period after the first amount of a range is read
// through). Groups: 1 currency before, 2 amount, 3 magnitude (k, 千, 万,
// 百万, 만), 4 currency after; 5-8 the same for the upper bound. Currency
// signs are case-sensitive ("P100,000" is Philippine pesos, "p" is not).
// Amounts group thousands with , . ' or spaces, or in lakhs ("12,00,000").
// The space before a word separator ("to", "et") is matched by \s*: the
// optional \s? before it takes it first and RE2, like Perl, keeps the first
// way that matches instead of giving the space back.
std::string MoneyPattern() {
  const std::string before = "(" + CurrencyAlternation(true) + ")?";
  const std::string amount =
      R"(\s?(\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:[,.'’\x{00A0}\x{202F} ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?))"
      R"((?:\s?([kK]\b|百万|万|千|만))?)";
  const std::string after = R"(\s?()" + CurrencyAlternation(false) + ")?";
  const std::string separator =
      R"((?:(?:/\s?(?i:yr|year|hr|hour|mo|month))?(?:\s*[-–—~～〜至到]\s*|\s*(?:から|에서)\s*|)"
      R"(\s*(?i:to|and|bis|und|à|au|a|y|e|até|et|tot|en|till|til|och|og|ja|ir|ve|és|și|do|до|и|і)\s+)))";
  return before + amount + after + "(?:" + separator.substr(0) + before + amount + after + ")?";
}

// The multiplier a magnitude group stands for.
double MagnitudeOf(re2::StringPiece magnitude) {
  if (magnitude.empty()) return 1;
  if (magnitude == "百万") return 1e6;
  if (magnitude == "万" || magnitude == "만") return 1e4;
  return 1000;  // k, K, 千
}

// The pay period words of the languages we read, leftmost wins. (RE2's \b
// knows ASCII words only: Cyrillic and CJK words go without it.)
// Groups: 1 hour, 2 day, 3 week, 4 month, 5 year.
constexpr char kPeriodPattern[] =
    R"((?i)(\b(?:per|an|a|each|the)\s+hour\b|/\s*(?:hour|hr|h)\b|\bhourly\b|\bp/h\b|\bpar heure\b|/\s*heure\b|\bde l'heure\b|\bpro stunde\b|/\s*std\b|\bstundenlohn\b|\bla hora\b|\bpor hora\b|/\s*hora\b|\btunnissa\b|в час|時給|时薪|시급))"
    R"(|(\b(?:per|a|each)\s+day\b|/\s*(?:day|jour|tag|día|dia)\b|\bdaily\b|\bday rate\b|\bpar jour\b|\bpro tag\b|\bal día\b|\bpor d[ií]a\b|\btjm\b))"
    R"(|(\b(?:per|a|each)\s+week\b|/\s*(?:week|wk)\b|\bweekly\b|\bpar semaine\b|\bpro woche\b|\ba la semana\b|\bpor semana\b))"
    R"(|(\b(?:per|a|each)\s+month\b|/\s*(?:month|mo|mois|monat|mes|mês|kk|mies|mėn|mēn|kuu)\b|\bmonthly\b|\bmensuel(?:le)?s?\b|\bpar mois\b|\bpro monat\b|\bmonatlich\b|\bal mes\b|\bmensual\b|\bpor m[eê]s\b|\bmensais\b|\bkuukaudessa\b|\bmiesięcznie\b|\bal mese\b|\bmensile\b|\bper maand\b|\bbruto mensal\b|в месяц|в мес|/\s*мес|на місяць|\bměsíčně|\bmesačně|\bmesačne\b|\bper måned\b|\bi måneden\b|/\s*(?:mnd|mån|md)\b|\bper månad\b|\bi månaden\b|\bmensili\b|月給|月薪|月收入|월급))"
    R"(|(\b(?:per|a|each)\s+(?:year|annum)\b|/\s*(?:year|yr|an|jahr|año|ano|anno|jaar)\b|\bp\.\s?a\.|\bannual(?:ly)?\b|\byearly\b|\bjährlich\b|\bjahres\w*|\bpro jahr\b|\bim jahr\b|\bpar an\b|\bannuel(?:le)?s?\b|\bal año\b|\banual\b|\bpor año\b|\bao ano\b|\bpor ano\b|\bvuodessa\b|\brocznie\b|\ball'anno\b|\bannuo\b|\bper jaar\b|в год|на рік|\bročně|\bročne|\bi året\b|\bom året\b|\bper år\b|/\s*år\b|\bårs\w*|\bannui\b|\bannue\b|年収|年薪|年俸|연봉))";

constexpr std::array<const char*, 5> kPeriods = {"hour", "day", "week", "month", "year"};

// Reads "120,000", "45.000", "1,5", "20 000", "1.234,56", "12,00,000" as
// a number: only the last separator, followed by one or two digits that
// end the amount, is a decimal mark; every other one groups digits.
double ParseAmount(std::string_view written) {
  std::string digits;
  for (size_t i = 0; i < written.size(); ++i) {
    char c = written[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      continue;
    }
    if (c != ',' && c != '.') continue;  // spaces, apostrophes: grouping
    size_t following = 0;
    while (i + 1 + following < written.size() && written[i + 1 + following] >= '0' &&
           written[i + 1 + following] <= '9') {
      ++following;
    }
    bool last = i + 1 + following == written.size();
    if (last && following >= 1 && following <= 2) digits += '.';
  }
  return std::strtod(digits.c_str(), nullptr);
}

bool MentionsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (text.find(word) != std::string_view::npos) return true;
  }
  return false;
}

std::string CurrencyCode(std::string token, std::string_view context) {
  if (token.empty()) return "";
  if (token.rfind("Rs", 0) == 0) return "INR";
  std::string_view code = token;
  for (const CurrencySpelling& currency : Currencies()) {
    if (currency.text == token && (currency.before || currency.after || currency.name)) code = currency.code;
  }
  // A name in other letter case ("Euros", "KRONER"): the code of the first
  // that reads it whole, folded as the money pattern folds it.
  if (code == token) {
    static const std::vector<std::unique_ptr<RE2>> kNames = [] {
      std::vector<std::unique_ptr<RE2>> names;
      for (const CurrencySpelling* name : CurrencyNames()) {
        names.push_back(std::make_unique<RE2>("(?i:" + EscapedForRegex(name->text) + ")"));
      }
      return names;
    }();
    for (size_t i = 0; i < kNames.size(); ++i) {
      if (RE2::FullMatch(token, *kNames[i])) {
        code = CurrencyNames()[i]->code;
        break;
      }
    }
  }
  if (code == "$") {
    // "$" alone is USD unless the salary or the place says which other dollar.
    if (MentionsAny(context, {"CAD", "Canada", "Canadian"})) return "CAD";
    if (MentionsAny(context, {"AUD", "Australia"})) return "AUD";
    if (MentionsAny(context, {"NZD", "New Zealand"})) return "NZD";
    if (MentionsAny(context, {"SGD", "Singapore"})) return "SGD";
    if (MentionsAny(context, {"MXN", "MXP", "México", "Mexico"})) return "MXN";
    return "USD";
  }
  return std::string(code);  // "" for "kr": not ours to guess
}

struct MoneyMatch {
  size_t begin = 0, end = 0;  // byte span in the searched text
  std::optional<double> min, max;
  std::string currency_token;
};

const RE2& MoneyRegex() {
  static const RE2 regex(MoneyPattern());
  return regex;
}

// "CA$90 million a month", "$2B", "€1,5 Mio.": a company's volumes, never pay.
bool FollowedByMagnitude(std::string_view text, size_t end) {
  // Every magnitude word starts with m or b (after at most one space, RE2's
  // \s): most amounts are followed by something else, and the pattern need
  // not even be compiled for them.
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  size_t next = end < text.size() && is_space(text[end]) ? end + 1 : end;
  char first = next < text.size() ? textkit::AsciiLower(text[next]) : '\0';
  if (first != 'm' && first != 'b') return false;
  static const RE2 kMagnitude(
      R"((?i)\s?(?:million|millions|billion|billions|bn|mn|mio|mrd|milliards?|millones|milhões|miljoen|miljard|[MB])(?:$|[^\p{L}\p{N}_]))");
  // (not RE2's \b, which ends a word before any non-ASCII letter: the "m"
  // of "45 000 Kč měsíčně" is no million)
  return kMagnitude.ok() && kMagnitude.Match(text, end, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

// Whether `text` holds anything the money pattern takes for a currency: a
// sign, an ISO code, "kr", "Rs", "P" before digits, or a currency word in
// any case. A looser test than the pattern's (no \b, no place relative
// to the amount), so a text it rejects holds no amount with a currency;
// most lines with digits ("5+ years") are rejected without the pattern.
bool MayNameCurrency(std::string_view text) {
  const auto has = [&](std::string_view part) { return text.find(part) != std::string_view::npos; };
  const bool ascii = IsAscii(text);
  for (const CurrencySpelling& currency : Currencies()) {
    if (!currency.before && !currency.after) continue;  // names and stems: below
    if (currency.text == "P") continue;  // glued to digits only: below
    const bool ascii_spelling = static_cast<unsigned char>(currency.text[0]) < 0x80;
    if ((ascii_spelling || !ascii) && has(currency.text)) return true;
  }
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  for (size_t at = text.find('P'); at != std::string_view::npos; at = text.find('P', at + 1)) {
    const std::string_view rest = text.substr(at + 1);
    if ((!rest.empty() && is_digit(rest[0])) || (rest.size() > 1 && is_space(rest[0]) && is_digit(rest[1]))) {
      return true;
    }
  }
  // The words the pattern reads in any case (?i), folded as RE2 folds.
  return textkit::ContainsAnyFolded(text, CurrencyNameStems());
}

// The first money expression at or after `from`; with `need_currency`, only
// one that names a currency. A lone "P" counts only glued to its digits.
std::optional<MoneyMatch> NextMoney(std::string_view text, size_t from, bool need_currency) {
  // Every amount has an ASCII digit (RE2's \d): most lines of a posting have
  // none, and the pattern need not run over them.
  const std::string_view rest = text.substr(std::min(from, text.size()));
  if (!HasAsciiDigit(rest) || (need_currency && !MayNameCurrency(text))) return std::nullopt;
  const RE2& regex = MoneyRegex();
  if (!regex.ok()) return std::nullopt;
  std::array<re2::StringPiece, 9> group;
  while (from < text.size() &&
         regex.Match(text, from, text.size(), RE2::UNANCHORED, group.data(), group.size())) {
    size_t begin = group[0].data() - text.data();
    from = begin + std::max<size_t>(1, group[0].size());
    auto glued_p = [](re2::StringPiece currency, re2::StringPiece amount) {
      return currency != "P" || currency.data() + 1 == amount.data();
    };
    if (!glued_p(group[1], group[2])) continue;
    MoneyMatch match;
    match.begin = begin;
    match.end = begin + group[0].size();
    for (int g : {1, 4, 5, 8}) {
      if (!group[g].empty() && glued_p(group[g], g == 5 ? group[6] : group[2])) {
        match.currency_token = std::string(group[g]);
        break;
      }
    }
    // "45 000 Kč": the K is the crown's, not a thousand (RE2's \b takes
    // "č" for a word's end).
    for (int g : {3, 7}) {
      if ((group[g] == "K" || group[g] == "k") && text.substr(group[g].data() - text.data() + 1, 2) == "\xC4\x8D") {
        match.currency_token = "Kč";
        group[g] = re2::StringPiece();
      }
    }
    if (need_currency && match.currency_token.empty()) continue;
    if (group[2].empty() || FollowedByMagnitude(text, match.end)) continue;
    double low = ParseAmount(group[2]) * MagnitudeOf(group[3]);
    match.min = low;
    match.max = low;
    if (!group[6].empty()) {
      const double high_written = ParseAmount(group[6]);
      double high = high_written * MagnitudeOf(group[7]);
      // "55-70k", "4,000~4,500만원": the magnitude of the upper bound
      // applies to both, when the lower is written in the same order.
      constexpr double kSameOrder = 10;
      if (group[3].empty() && !group[7].empty() && low * kSameOrder > high_written && low < high_written * kSameOrder) {
        low *= MagnitudeOf(group[7]);
      }
      if (high < low) std::swap(low, high);
      match.min = low;
      match.max = high;
    }
    return match;
  }
  return std::nullopt;
}

const RE2& PeriodRegex() {
  static const RE2 regex(kPeriodPattern);
  return regex;
}

struct PeriodMatch {
  std::string period;
  size_t begin = 0, end = 0;
};

// The first period words in text[from, to).
std::optional<PeriodMatch> FirstPeriod(std::string_view text, size_t from, size_t to) {
  const RE2& regex = PeriodRegex();
  std::array<re2::StringPiece, 6> group;
  if (!regex.ok() || from >= to || !regex.Match(text, from, to, RE2::UNANCHORED, group.data(), group.size())) {
    return std::nullopt;
  }
  for (size_t g = 1; g < group.size(); ++g) {
    if (group[g].data() == nullptr) continue;
    size_t begin = group[0].data() - text.data();
    return PeriodMatch{kPeriods[g - 1], begin, begin + group[0].size()};
  }
  return std::nullopt;
}

// The period of the money at [money_begin, money_end): named right after
// it ("€60,000 per year"), else right before it ("a gross monthly salary
// between €4,332 and €5,929"), else further on, else anywhere in the text.
// Also the end of the period words when they follow the money.
std::optional<std::string> FindPeriod(std::string_view text, size_t money_begin, size_t money_end,
                                      size_t* period_end) {
  constexpr size_t kReach = 40;
  if (money_end > text.size()) money_end = text.size();
  std::optional<PeriodMatch> after = FirstPeriod(text, money_end, text.size());
  size_t window = money_begin > kReach ? money_begin - kReach : 0;
  std::optional<PeriodMatch> before;
  for (auto found = FirstPeriod(text, window, money_begin); found; found = FirstPeriod(text, found->end, money_begin)) {
    before = found;  // the closest one to the money
  }
  bool after_near = after && after->begin - money_end <= kReach;
  // Both near: the closer one ("ein Jahresgehalt zwischen 68.000 und
  // 82.000 € brutto, zwei Tage pro Woche im Büro" is yearly).
  if (after_near && before && money_begin - before->end < after->begin - money_end) return before->period;
  if (after_near) {
    if (period_end && after->end - money_end <= kReach) *period_end = after->end;
    return after->period;
  }
  if (before) return before->period;
  if (after) return after->period;
  if (auto anywhere = FirstPeriod(text, 0, text.size())) return anywhere->period;
  return std::nullopt;
}

// "$20+", "up to $X", "from $X": one bound only.
void ApplyBoundWords(std::string_view text, const MoneyMatch& money, Salary* salary) {
  if (salary->min != salary->max) return;
  std::string before = textkit::AsciiLower(text.substr(money.begin >= 20 ? money.begin - 20 : 0,
                                              std::min<size_t>(money.begin, 20)));
  static const RE2 kUpTo(R"((?i)(?:^|\s)(?:up to|bis zu|jusqu'à|jusqu’à|hasta|até|max(?:imum)?\.?|до|do|tot|till|opp til|upp till)\s*$)");
  static const RE2 kFrom(R"((?i)(?:^|\s)(?:from|starting at|starts at|at least|ab|à partir de|a partir de|desde|min(?:imum)?\.?|от|od|vanaf|fra|från)\s*$)");
  if (money.end < text.size() && text[money.end] == '+') {
    salary->max.reset();
  } else if (kUpTo.ok() && RE2::PartialMatch(before, kUpTo)) {
    salary->min.reset();
  } else if (kFrom.ok() && RE2::PartialMatch(before, kFrom)) {
    salary->max.reset();
  }
}

Salary SalaryFrom(std::string_view text, const MoneyMatch& money, std::string_view context) {
  Salary salary;
  salary.min = money.min;
  salary.max = money.max;
  std::string code = CurrencyCode(money.currency_token, std::string(text) + " " + std::string(context));
  if (!code.empty()) salary.currency = code;
  salary.period = FindPeriod(text, money.begin, money.end, nullptr);
  ApplyBoundWords(text, money, &salary);
  return salary;
}

// "£12.60 per hour", "$20/hr": the period written right after the amount
// (FindMoney's text starts at the amount and may run on to the period).
bool PeriodRightAfterAmount(std::string_view salary_text) {
  std::optional<MoneyMatch> money = NextMoney(salary_text, 0, false);
  if (!money) return false;
  size_t at = money->end;
  while (at < salary_text.size() && salary_text[at] == ' ') ++at;
  return PeriodRegex().Match(salary_text, at, salary_text.size(), RE2::ANCHOR_START, nullptr, 0);
}

// Words with a letter or digit in them: "+" and "-" between amounts and
// extras ("£45,000 - £55,000 + Bonus + Pension") are not words.
size_t CountWordsWithAlnum(std::string_view text) {
  size_t words = 0;
  bool in_word = false, has_alnum = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool space = i == text.size() || text[i] == ' ' || text[i] == '\t';
    if (space) {
      if (in_word && has_alnum) ++words;
      in_word = has_alnum = false;
      continue;
    }
    in_word = true;
    unsigned char c = static_cast<unsigned char>(text[i]);
    has_alnum |= std::isalnum(c) != 0;
  }
  return words;
}

// Words that say a line speaks of pay. (RE2's \b knows ASCII words only:
// Cyrillic and CJK pay words go without it, as stems; "salariés" are
// employees, so the salary words are listed, not a "salar" stem.)
const RE2& PayWordRegex() {
  static const RE2 regex(
      R"((?i)\b(?:salary|salaries|salario|salarios|salarial|salaris|salariu|salaire|salaires|pay|paid|compensation|)"
      R"(wage|wages|earn|hourly rate|pay rate|day rate|\w*gehalt|vergütung|(?:stunden|monats|jahres|brutto)?lohn|)"
      R"(rémunération|sueldo|salário|remuneração|remuneración|retribución|retribuzione|remunerazione|compenso|ral|)"
      R"(stipendio|palkka|wynagrodzenie|lön|lönen|løn|lønnen|lønn|mzda|atlyginimas|alga|palk|plat)\b|)"
      R"(зарплат|заработн|оклад|доход|зарплатн|заробітн|給与|月給|年収|薪资|薪酬|薪水|工资|月薪|年薪|待遇|급여|연봉)");
  return regex;
}

// An amount right after a pay word, with no currency named ("薪资20-35K",
// "年薪30-50万", "RAL 35-40k"): pay when it is a range or carries a
// magnitude, so "salary review in 2025" is not one.
std::optional<MoneyMatch> AmountAfterPayWord(std::string_view text) {
  if (!HasAsciiDigit(text)) return std::nullopt;
  re2::StringPiece word;
  if (!PayWordRegex().Match(text, 0, text.size(), RE2::UNANCHORED, &word, 1)) return std::nullopt;
  size_t at = word.data() - text.data() + word.size();
  for (std::string_view gap : {" ", ":", "\t", "：", "范围", "範囲", "は"}) {
    while (text.substr(at).starts_with(gap)) at += gap.size();
  }
  std::optional<MoneyMatch> money = NextMoney(text, at, false);
  if (!money || money->begin != at) return std::nullopt;
  const std::string_view written = text.substr(money->begin, money->end - money->begin);
  const bool magnitude = written.find_first_of("kK") != std::string_view::npos ||
                         written.find("万") != std::string_view::npos || written.find("만") != std::string_view::npos;
  if (money->min == money->max && !magnitude) return std::nullopt;
  return money;
}

}  // namespace

std::optional<Salary> ParseSalary(std::string_view text, std::string_view context) {
  std::string written = Trim(text);
  if (written.empty()) return std::nullopt;
  Salary salary;
  if (auto money = NextMoney(written, 0, true)) {
    salary = SalaryFrom(written, *money, context);
  } else if (auto plain = NextMoney(written, 0, false)) {
    salary = SalaryFrom(written, *plain, context);
  } else {
    salary.period = FindPeriod(written, 0, 0, nullptr);
  }
  salary.text = written;
  return salary;
}

namespace {

// The salary of a money expression found in `text`, its text running on
// to the period words that follow it.
Salary SalaryAround(std::string_view text, const MoneyMatch* money, std::string_view context) {
  Salary salary = SalaryFrom(text, *money, context);
  size_t end = money->end;
  FindPeriod(text, money->begin, money->end, &end);
  // "$20+" is a bound; "€60k + bonus" adds something that is not money.
  if (end < text.size() && text[end] == '+' && end > 0 && text[end - 1] != ' ') ++end;
  salary.text = Trim(text.substr(money->begin, end - money->begin));
  return salary;
}

}  // namespace

std::optional<Salary> FindMoney(std::string_view text, std::string_view context) {
  auto money = NextMoney(text, 0, true);
  if (!money) return std::nullopt;
  return SalaryAround(text, &*money, context);
}

void CompleteSalary(Salary* salary, std::string_view context) {
  if (salary->text.empty()) return;
  std::optional<Salary> read = ParseSalary(salary->text, context);
  if (!read) return;
  if (!salary->min && !salary->max) {
    salary->min = read->min;
    salary->max = read->max;
  }
  if (!salary->currency) salary->currency = read->currency;
  if (!salary->period) salary->period = read->period;
}

void AssumeYearlyPeriod(Salary* salary) {
  static constexpr std::array<std::string_view, 7> kYearlyCurrencies = {"USD", "EUR", "GBP", "CAD",
                                                                        "AUD", "NZD", "CHF"};
  constexpr double kYearlyFloor = 10000;
  if (salary->period || !salary->currency) return;
  if (std::find(kYearlyCurrencies.begin(), kYearlyCurrencies.end(), *salary->currency) == kYearlyCurrencies.end()) {
    return;
  }
  double amount = salary->min.value_or(salary->max.value_or(0));
  if (amount >= kYearlyFloor) salary->period = "year";
}

const LabelSet& SalaryLabels() {
  static const LabelSet kLabel(FactLabels("salary"));
  return kLabel;
}

std::optional<Salary> FindLabelledSalary(const std::vector<TextLine>& lines, std::string_view context) {
  for (const TextLine& line : lines) {
    std::optional<std::string> value = LabelledValueInLine(line.text, SalaryLabels());
    if (!value) continue;
    std::optional<Salary> money = FindMoney(*value, context);
    // A field value ("£45,000 - £55,000 + Bonus + Pension") is kept whole;
    // a sentence after the label ("$65,000 - $75,000 base salary plus
    // uncapped commission (...).") gives only its amount.
    std::string trimmed = Trim(*value);
    bool sentence = CountWordsWithAlnum(trimmed) > 8 || (!trimmed.empty() && trimmed.back() == '.');
    if (money && sentence) return money;
    // Without an amount only a short answer is a salary ("Selon profil",
    // "Nach Vereinbarung"); a sentence is prose about pay.
    if (money || textkit::CountWords(*value) <= 8) return ParseSalary(*value, context);
  }
  return std::nullopt;
}

std::optional<Salary> FindSalaryInText(const std::vector<TextLine>& lines, std::string_view context) {
  for (const TextLine& line : lines) {
    if (line.origin != LineOrigin::kHeader) continue;
    if (auto money = FindMoney(line.text, context)) return money;
  }
  // In the text, money is a salary when a period or a pay word goes with it.
  // (RE2's \b knows ASCII words only: Cyrillic and CJK pay words go
  // without it, as stems.)
  // Not a salary: "Competitive salary" (a promise without an amount, it says
  // nothing a reader could compare) and money for other things: a learning
  // budget "of USD 2,000 per year", funding raised, revenue.
  static const RE2& kPayWord = PayWordRegex();
  static const RE2 kOtherMoney(
      R"((?i)\b(?:budget|allowance|stipend|reimburse\w*|raised|revenue|valuation|turnover|funding|fund|grant|bonus of|per employee|donat\w*|invest\w*|budget\w*)\b)");
  const TextLine* previous = nullptr;
  for (const TextLine& line : lines) {
    if (line.origin == LineOrigin::kHeader) continue;
    const TextLine* before = previous;
    previous = &line;
    std::optional<Salary> money = FindMoney(line.text, context);
    if (!money) {
      if (auto bare = AmountAfterPayWord(line.text)) return SalaryAround(line.text, &*bare, context);
      continue;
    }
    // The other-money word must be near the amount: "The pay range is $68,000
    // to $84,000 a year ... and a $600 yearly home office stipend" is a
    // salary; "Home office allowance of €500 a year" is not.
    constexpr size_t kOtherMoneyReach = 40;
    size_t begin = line.text.find(money->text);
    if (begin == std::string::npos) begin = 0;
    size_t from = begin > kOtherMoneyReach ? begin - kOtherMoneyReach : 0;
    std::string_view near =
        std::string_view(line.text).substr(from, begin - from + money->text.size() + kOtherMoneyReach);
    if (kOtherMoney.ok() && RE2::PartialMatch(near, kOtherMoney)) continue;
    bool is_range = money->min && money->max && *money->min != *money->max;
    bool pay_line = kPayWord.ok() && RE2::PartialMatch(line.text, kPayWord);
    // "£12.60 per hour plus tips": an hourly amount is pay.
    bool hourly = money->period == std::optional<std::string>("hour") && PeriodRightAfterAmount(money->text);
    // A range alone on its line under a line that speaks of pay ("...the
    // base salary range for this position is:" / "$156,000 - $195,000 USD").
    const bool range_line = is_range && money->text.size() * 10 >= Trim(line.text).size() * 6;
    const bool pay_before = before != nullptr && kPayWord.ok() && RE2::PartialMatch(before->text, kPayWord);
    if ((is_range && money->period) || pay_line || hourly || (range_line && pay_before)) return money;
  }
  return std::nullopt;
}

std::optional<Salary> FindSalary(const std::vector<TextLine>& lines, std::string_view context) {
  if (auto labelled = FindLabelledSalary(lines, context)) return labelled;
  return FindSalaryInText(lines, context);
}

}  // namespace jobpipe::facts
