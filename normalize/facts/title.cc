#include "normalize/facts/title.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/match_fold.h"
#include "core/text/regex_fold.h"
#include "core/text/sentences.h"
#include "core/text/words.h"
#include "normalize/facts/capitals.h"
#include "normalize/facts/legal_forms.h"
#include "normalize/match/literal_set.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> role_words;        // data/role_words.txt
extern const std::span<const lexicon::DataFile> role_words_latin;  // data/role_words_latin.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

// data/role_words_latin.tsv: the role words of Latin script. Long stems
// match inside compounds (Softwareentwickler, Sovellusarkkitehti); short
// words only as whole words ("lead", "head of").
const match::LiteralSet& RoleWords() {
  static const match::LiteralSet kRole = [] {
    std::vector<std::string_view> stems, whole_words, word_starts;
    for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::role_words_latin, "match word")) {
      const std::string_view match = entry.columns[0];
      std::vector<std::string_view>* kind = match == "stem"    ? &stems
                                            : match == "word"  ? &whole_words
                                            : match == "start" ? &word_starts
                                                               : nullptr;
      if (kind == nullptr) {
        lexicon::ReportBadEntry(entry, "match '" + std::string(match) + "' is not stem, word or start");
        continue;
      }
      kind->push_back(entry.columns[1]);
    }
    return match::LiteralSet(stems, whole_words, word_starts);
  }();
  return kRole;
}

// data/role_words.txt, folded: the role words of the other languages and
// scripts, found inside a folded line (so inside compounds, and inside
// runs of Han or kana, whose characters folding spaces apart).
const std::vector<std::string>& FoldedRoleWords() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> folded;
    for (std::string_view listed : lexicon::LoadColumn(embedded::role_words, "word")) {
      std::string word = textkit::FoldForMatch(listed);
      if (!word.empty()) folded.push_back(std::move(word));
    }
    return folded;
  }();
  return words;
}

bool HasFoldedRoleWord(std::string_view line) {
  const std::string folded = textkit::FoldForMatch(line);
  for (const std::string& word : FoldedRoleWords()) {
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

// Openings of headings that are about a role, not its name: "The role of
// an Engineering Manager at X", "About the Lead Developer position".
// The gender note job ads add to a title, in many languages: "(m/w/d)",
// "(H/F)", "(M/V)", "(f/m/x)", "(m/k)", "(w/m/divers)", "(all genders)".
// Only a job title carries one.
constexpr char kGenderNote[] =
    R"((?i)\((?:[a-z]\s?[/|]\s?){1,3}(?:[a-z]|div|divers|x)\)|\b[hf]\s?/\s?[hf]\b|\(all genders\)|\(gn\))";

constexpr char kNotATitleStart[] =
    R"((?i)^(?:the|about|what|who|why|how|your|our|as|join|we|you|this|a|an|über|à propos|sobre|acerca|qui|was|wer|wir|nous|vous|si|if|when)\b)";

// Verbs of seeking, then an article; the rest of the sentence follows.
constexpr char kSeeking[] =
    R"((?i)(?:^|[^\p{L}])(?:looking for|seeking|seeks|is hiring|are hiring|hiring|searching for|in search of|recruiting|)"
    R"(wants|needs|recherche|recrute|recherchons|recrutons|sucht|suchen|busca|buscamos|buscando|)"
    R"(à procura de|a procura de|procura de|procura|procuramos|procurando contratar|procurando|contratando|est[aá] contratando|)"
    R"(contrata|cerca|cerchiamo|cercando|ricerchiamo|ricerca|op zoek naar|zoekt|zoeken|etsii|etsimme|otsib|otsime|)"
    R"(söker|søker etter|søker|søger|szukamy|poszukujemy|poszukuje|hledáme|hledá|ищем|ищет|требуется|шукаємо|)"
    R"(ieškome|meklējam))"
    R"(\s+(?:(?:an?|the|our|one|two|several|un|une|un\(e\)|un·e|une?\s+ou\s+une?|des|eine|einen|eine\(n\)|einen\s*/\s*eine|ein|una|uno|um|uma|um\(a\)|een|en|ett|et|ei|nowego|nową)\s+)?(.+))";

// "As a Software Developer, you will ...": the sentence opens with the
// role it describes ("Als ... bist du", "En tant que ...", "Como ...").
constexpr char kAsRole[] =
    R"((?i)^(?:as an?|as our|als|en tant que|como|in qualità di|jako|som|in de rol van|nella posizione di|в роли|в качестве|як)\s+)"
    R"((?:(?:new|neue[rn]?|nieuwe|nuevo|nueva|novo|nova|nouveau|nouvelle|nuovo|nuova|un|une|una|um|uma|een|en|ett|unser[e]?|onze|notre|nuestro|nuestra|nosso|nossa|nostro|nostra)\s+)*)"
    R"((.+?)(?:,|\s+(?:you|you'll|you're|du|bist|wirst|vous|tu|serás|será|você|vas|sarai|ti|zal|ben|je|jij|będziesz|kommer|blir|får|ты|вы)\b))";

// Where the role's name ends inside the sentence.
constexpr char kTitleEnd[] =
    R"((?i)(?:\s+(?:to|who|that|which|with|for|in|at|on|and|qui|pour|afin|dans|au|avec|für|zur|zum|mit|der|die|das|que|para|con|en|per|che|om|jonka|joka|kes|som|as|is|will|whose|do|da|w|v|ve|pro|dla|na|z|ze|k|ke|który|która|který|která|для|в|на|с|который|которая|у|до)(?:[^\p{L}\p{N}_]|$)|\s*[,.;:!?(]|\s+[-–—]\s).*$)";

}  // namespace

bool LooksLikeJobTitle(std::string_view text) {
  std::string line = Trim(text);
  if (line.empty() || textkit::CountWords(line) > 15 || line.back() == '.' || line.back() == ':' ||
      line.back() == '?') {
    return false;
  }
  static const RE2 kNotTitle(kNotATitleStart);
  if (kNotTitle.ok() && RE2::PartialMatch(line, kNotTitle)) return false;
  static const RE2 kGender(kGenderNote);
  return RoleWords().FoundIn(line) || HasFoldedRoleWord(line) || RE2::PartialMatch(line, kGender);
}

namespace {

// The words after "looking for a", or after "As a" up to "you will".
std::optional<std::string> SoughtPart(std::string_view sentence) {
  static const RE2 kSeek(kSeeking);
  static const RE2 kAs(kAsRole);
  std::string rest;
  // Each verb of kSeeking holds one of these: most sentences have none and
  // need not run the pattern.
  if (textkit::ContainsAnyFolded(sentence, {"looking for", "seek", "hiring", "searching for", "in search of", "recruiting",
                                   "wants", "needs", "recherch", "recrut", "such", "busca", "procura", "contrat",
                                   "cerc", "zoek", "etsi", "otsi", "söker", "sÖker", "søker", "sØker", "søger",
                                   "sØger", "szuk", "poszuk", "hled", "ищ", "Ищ", "треб", "Треб", "шука", "Шука", "ieškome",
                                   "meklējam"}) &&
      kSeek.ok() && RE2::PartialMatch(sentence, kSeek, &rest)) {
    return rest;
  }
  // kAsRole's openings all start with one of these letters (folded).
  const char first = sentence.empty() ? '\0' : textkit::AsciiLower(sentence[0]);
  if ((first == 'a' || first == 'e' || first == 'c' || first == 'i' || first == 'j' || first == 's' ||
       first == 'n' || sentence.starts_with("\xD0\x92") || sentence.starts_with("\xD0\xAF")) &&
      kAs.ok() && RE2::PartialMatch(sentence, kAs, &rest)) {
    return rest;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> TitleFromSentence(std::string_view sentence) {
  static const RE2 kEnd(kTitleEnd);
  std::optional<std::string> sought = SoughtPart(sentence);
  if (!sought || !kEnd.ok()) return std::nullopt;
  std::string rest = *sought;
  RE2::Replace(&rest, kEnd, "");
  // Split into words and drop the lowercase adjectives before a capitalised
  // name ("talented Hydraulics Technician", "full-time Legal Secretary"); an
  // all-lowercase title (French, Spanish) is kept whole.
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start < rest.size()) {
    size_t end = rest.find(' ', start);
    if (end == std::string::npos) end = rest.size();
    if (end > start) tokens.push_back(rest.substr(start, end - start));
    start = end + 1;
  }
  size_t first_capital = tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (StartsCapitalized(tokens[i])) {
      first_capital = i;
      break;
    }
  }
  if (first_capital == tokens.size()) first_capital = 0;
  // "a Full-Time Copy Editor": the hours are not part of the name.
  static const RE2 kHours(R"((?i)^(?:full[- ]?time|part[- ]?time|temporary|permanent|remote|new)$)");
  while (first_capital + 1 < tokens.size() && kHours.ok() && RE2::FullMatch(tokens[first_capital], kHours)) {
    ++first_capital;
  }
  std::string title;
  for (size_t i = first_capital; i < tokens.size(); ++i) title += (title.empty() ? "" : " ") + tokens[i];
  title = Trim(title);
  if (title.empty() || textkit::CountWords(title) > 8 || !LooksLikeJobTitle(title)) return std::nullopt;
  if (title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

const LabelSet& TitleLabels() {
  static const LabelSet kLabel(FactLabels("title"));
  return kLabel;
}

std::optional<std::string> TitleFromLabelledValue(std::string_view value) {
  std::string title = Trim(value);
  // "Position: Full-time", "Role: You will lead ...": a kind of contract
  // or a sentence is not the job's name.
  if (title.empty() || textkit::CountWords(title) > 10 || title.back() == '.' || !LooksLikeJobTitle(title)) return std::nullopt;
  return title;
}

std::optional<std::string> FindLabelledTitle(const std::vector<TextLine>& lines) {
  for (const TextLine& line : lines) {
    if (auto value = LabelledValueInLine(line.text, TitleLabels())) {
      if (auto title = TitleFromLabelledValue(*value)) return title;
    }
  }
  return std::nullopt;
}

std::optional<std::string> FindTitleInText(const std::vector<TextLine>& lines) {
  int prose_seen = 0;
  for (const TextLine& line : lines) {
    if (line.origin != LineOrigin::kProse || line.kind == SectionKind::kAboutCompany) continue;
    if (++prose_seen > 8) break;
    for (const std::string& sentence : textkit::SplitAtSentenceStops(line.text)) {
      if (auto title = TitleFromSentence(sentence)) return title;
    }
  }
  return std::nullopt;
}

namespace {

// One of `words` with one of RE2's \s on each side, as "\s+(?:at|...)\s+"
// needs: titles without one need not compile nor run that pattern.
bool HasSpacedWord(std::string_view text, std::initializer_list<std::string_view> words) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  };
  for (std::string_view word : words) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      size_t end = at + word.size();
      if (at > 0 && is_space(text[at - 1]) && end < text.size() && is_space(text[end])) return true;
    }
  }
  return false;
}

bool IsSiteName(const std::string& part) {
  // Without a '.' only the names below can be the whole part: a part
  // holding none of them needs no pattern.
  if (part.find('.') == std::string::npos &&
      !textkit::ContainsAnyFolded(part, {"linkedin", "indeed", "glassdoor", "stepstone", "xing", "monster",
                                "welcome to the jungle", "job", "career", "karriere", "empleo",
                                "emploi", "emprego", "työpaikat", "tyÖpaikat"})) {
    return false;
  }
  static const RE2 kSite(
      R"((?i)^(?:[\w-]+\.(?:[a-z]{2,})(?:\.[a-z]{2})?|linkedin|indeed|glassdoor|stepstone|xing|monster|welcome to the jungle|jobs?|careers?|karriere|empleo|emploi|emprego|työpaikat)$)");
  return kSite.ok() && RE2::FullMatch(part, kSite);
}

bool HasLegalSuffix(const std::string& part) {
  // The pattern is anchored at the end: a part that does not end with the
  // last word of a form needs no pattern.
  const std::vector<LegalForm>& forms = LegalForms(LegalFormUse::kTitlePart);
  if (std::none_of(forms.begin(), forms.end(), [&](const LegalForm& form) {
        return std::string_view(part).ends_with(form.written.substr(form.written.rfind(' ') + 1));
      })) {
    return false;
  }
  static const RE2 kLegal(R"(\b(?:)" + LegalFormAlternation(LegalFormUse::kTitlePart) + ")$");
  return kLegal.ok() && RE2::PartialMatch(part, kLegal);
}

}  // namespace

TidyTitle TidyPageTitle(const std::string& title, const std::optional<std::string>& company) {
  TidyTitle tidy{Trim(title), std::nullopt};
  // "【Backend Engineer】", "「営業」": brackets that set the whole title off.
  static const RE2 kBracketed(R"(^(?:【(.+)】|「(.+)」|『(.+)』|\[(.+)\])$)");
  if (std::string a, b, c, d; kBracketed.ok() && RE2::FullMatch(tidy.title, kBracketed, &a, &b, &c, &d)) {
    const std::string& inner = !a.empty() ? a : !b.empty() ? b : !c.empty() ? c : d;
    // (one pair around all of it, not "【A】 and 【B】")
    bool nested = false;
    for (std::string_view bracket : {"[", "]", "【", "】", "「", "」", "『", "』"}) {
      nested = nested || inner.find(bracket) != std::string::npos;
    }
    if (!nested) tidy.title = Trim(inner);
  }
  // "Vacancy: Data Analyst", "Vacature Fullstack Developer", "Вакансия ...":
  // the word for a job opening before its name is not part of the name.
  static const RE2 kVacancyWord(
      R"((?i)^(?:vacancy|job opening|job offer|vacature|vakature|stellenangebot|offre d['’]emploi|oferta de (?:empleo|trabajo)|)"
      R"(vaga|vacante|offerta di lavoro|ledigt jobb|ledig stilling|avoin työpaikka|oferta pracy|volné místo|вакансия|вакансія)\s*[:\-–—|]?\s+(.+)$)");
  // (the name after it starts with a capital: "Vacancy planning lead" is a name itself)
  if (std::string rest; kVacancyWord.ok() && RE2::FullMatch(tidy.title, kVacancyWord, &rest) &&
                        StartsCapitalized(rest) && LooksLikeJobTitle(rest)) {
    tidy.title = rest;
  }
  // "Help Wanted: Acme Is Hiring A Full-Time Editor".
  if (auto sought = TitleFromSentence(tidy.title); sought && !LooksLikeJobTitle(tidy.title)) {
    tidy.title = *sought;
  } else if (auto sought_after_colon = TitleFromSentence(tidy.title.substr(tidy.title.find(':') + 1));
             tidy.title.find(':') != std::string::npos && sought_after_colon) {
    tidy.title = *sought_after_colon;
  }
  // "Company: Title" when only the right side names a job.
  if (size_t colon = tidy.title.find(": "); colon != std::string::npos) {
    std::string left = Trim(tidy.title.substr(0, colon));
    std::string right = Trim(tidy.title.substr(colon + 2));
    if (LooksLikeJobTitle(right) && !LooksLikeJobTitle(left) && textkit::CountWords(left) <= 8) {
      tidy.title = right;
      tidy.company = left;
    }
  }
  // Trailing " - Company - site" parts.
  static const RE2 kTrailingPart(R"(^(.+)\s+(?:-|–|—|\|)\s+(.+?)\s*$)");  // the last part
  std::string head, tail;
  while (kTrailingPart.ok() && RE2::FullMatch(tidy.title, kTrailingPart, &head, &tail)) {
    bool is_company = (company && textkit::AsciiLower(tail) == textkit::AsciiLower(*company)) || HasLegalSuffix(tail);
    if (!IsSiteName(tail) && !is_company) break;
    if (is_company && !tidy.company) tidy.company = tail;
    tidy.title = head;
  }
  // "Title at Company".
  if (!HasSpacedWord(tidy.title, {"at", "@", "bei", "chez", "bij", "presso", "hos"})) return tidy;
  static const RE2 kAt(R"(^(.+?)\s+(?:at|@|bei|chez|bij|presso|hos)\s+(.+)$)");
  if (kAt.ok() && RE2::FullMatch(tidy.title, kAt, &head, &tail) && LooksLikeJobTitle(head) &&
      ((company && textkit::AsciiLower(tail) == textkit::AsciiLower(*company)) || (textkit::CountWords(tail) <= 4 && StartsCapitalized(tail)))) {
    tidy.title = head;
    if (!tidy.company) tidy.company = tail;
  }
  return tidy;
}

std::optional<std::string> SeniorityFromText(std::string_view text) {
  // Each level's words, tried in this order; "\w*" after a word is a word
  // start, "sr\.?" is the whole word "sr" ("Sr." has a boundary after "r").
  static const std::array<std::pair<match::LiteralSet, const char*>, 5> kLevels = {{
      {match::LiteralSet({},
                  {"intern", "internship", "praktikum", "stagiaire", "becario", "becaria",
                   "prácticas", "harjoittelija"},
                  {"praktikant", "estagi", "tirocin", "werkstudent"}),
       "internship"},
      {match::LiteralSet({},
                  {"chief", "cto", "ceo", "cfo", "cio", "cmo", "coo", "vp", "svp", "evp",
                   "vice-president", "vice president", "president", "executive director",
                   "managing director", "directeur général", "director general", "executive level"},
                  {"geschäftsführer"}),
       "executive"},
      {match::LiteralSet({},
                  {"director", "directora", "directeur", "directrice", "diretor", "direttore",
                   "head of", "leitung", "bereichsleiter", "director level"},
                  {"leiter"}),
       "director"},
      {match::LiteralSet(
           {}, {"senior",     "sr",        "lead",        "principal",  "staff",     "expert",
                "experte",    "manager",   "architect",   "teamlead",   "team lead", "mid-senior",
                "mid senior", "mid-level", "mid level",   "confirmé",   "confirmée", "sénior",
                "sênior",     "pleno",     "semi-senior", "semi senior"}),
       "mid_senior"},
      {match::LiteralSet({},
                  {"junior", "jr", "entry-level", "entry level", "graduate", "trainee",
                   "apprentice", "débutant", "débutante", "azubi"},
                  {"berufseinsteiger", "auszubildende"}),
       "entry"},
  }};
  for (const auto& [words, level] : kLevels) {
    if (words.FoundIn(text)) return std::string(level);
  }
  // A level when stated ("Associate", "Associate level") or leading the
  // title ("Associate Consultant"); at the end of a job name ("Warehouse
  // Associate", "Sales Associate") it is the job, not a level.
  static const RE2 kAssociate(R"((?i)^\W*associate\b|\bassociate[- ]level\b)");
  if (kAssociate.ok() && RE2::PartialMatch(text, kAssociate)) return "associate";
  return std::nullopt;
}

}  // namespace jobpipe::facts
