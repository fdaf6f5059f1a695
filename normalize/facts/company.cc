#include "normalize/facts/company.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/text/ascii.h"
#include "core/text/sentences.h"
#include "core/text/words.h"
#include "normalize/facts/capitals.h"
#include "normalize/facts/labels.h"
#include "normalize/facts/legal_forms.h"

namespace jobpipe::facts {
namespace {

bool IsConnector(std::string_view word) {
  for (std::string_view connector : {"of", "&", "and", "de", "du", "des", "la", "le", "für", "y", "e", "for", "the", "der", "di", "do", "da"}) {
    if (word == connector) return true;
  }
  return false;
}

bool IsLegalAbbreviation(std::string_view word) {
  const std::vector<LegalForm>& forms = LegalForms(LegalFormUse::kAbbreviation);
  return std::any_of(forms.begin(), forms.end(), [&](const LegalForm& form) { return word == form.written; });
}

// The capitalised name at the start of `text`: "Canonical, you must" ->
// "Canonical"; "Planned Parenthood of X is" -> "Planned Parenthood of X".
std::string NameRun(std::string_view text, size_t max_words = 6) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size() && words.size() < max_words + 2) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string> name;
  for (std::string word : words) {
    bool stop = false;
    if (!IsLegalAbbreviation(word)) {
      while (!word.empty() && std::string_view(",.;:!?)\"").find(word.back()) != std::string_view::npos) {
        word.pop_back();
        stop = true;
      }
    }
    for (std::string_view possessive : {"'s", "\xE2\x80\x99s"}) {
      if (word.size() > possessive.size() && word.substr(word.size() - possessive.size()) == possessive) {
        word.resize(word.size() - possessive.size());
        stop = true;
      }
    }
    if (word.empty()) break;
    bool connector = !name.empty() && IsConnector(word);
    // A number inside a name ("SpareBank 1 Utvikling", "Studio 3 Design"), kept when a capitalised word follows.
    const bool number = !name.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!StartsCapitalized(word) && !connector && !number) break;
    name.push_back(word);
    if (stop || name.size() >= max_words) break;
  }
  const auto dangling = [](const std::string& word) {
    return IsConnector(word) || std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  while (!name.empty() && dangling(name.back())) name.pop_back();
  std::string joined;
  for (const std::string& word : name) joined += (joined.empty() ? "" : " ") + word;
  return joined;
}

std::optional<std::string> Plausible(std::string name) {
  name = Trim(name);
  if (IsPlausibleCompany(name)) return name;
  return std::nullopt;
}

// "X is an equal opportunity employer", "X is hiring", "X recrute": the
// subject of a sentence is the company when it is a name.
std::optional<std::string> SubjectOf(std::string_view line, const RE2& verb) {
  std::string subject;
  if (!verb.ok() || !RE2::PartialMatch(line, verb, &subject)) return std::nullopt;
  subject = Trim(subject);
  // German writes companies with an article ("Die Muster GmbH sucht");
  // French and Spanish articles are often part of the name ("Le Petit X").
  static const RE2 kGermanArticle(R"(^(?:Die|Der|Das)\s+)");
  if (kGermanArticle.ok()) RE2::Replace(&subject, kGermanArticle, "");
  if (textkit::CountWords(subject) > 8 || NameRun(subject, 8) != subject) return std::nullopt;
  return Plausible(subject);
}

}  // namespace

namespace {

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

}  // namespace

bool IsPlausibleCompany(std::string_view name) {
  static const RE2 kGeneric(
      R"((?i)^(?:we|us|our\b.*|you|your\b.*|the (?:company|team|role|job|position|client|employer|organization|organisation|firm|business|group|candidate|successful candidate)|this\b.*|it|they|he|she|nous|wir|uns|nosotros|nós|meillä|company|employer|none|n/?a|null|undefined|unknown|confidential|anonymous|remote|hybrid|apply|join|jobs?\b.*|careers?\b.*|hiring\b.*|now hiring\b.*|we['’]re\b.*|we are\b.*|help wanted|vacanc\w*|position|role|title|stellenangebot\w*|offre\b.*|oferta\b.*|vaga\b.*)$)");
  // "We" in the languages whose "we" heads a sentence like a name does
  // ("Vi söker dig som", "Wij zoeken", "Мы ищем", "我们正在寻找").
  static const RE2 kWe(R"(^(?:vi|wij|noi|my|me|biz|мы|ми|我们|我們|私たち|우리)$)");
  std::string text = Trim(name);
  if (text.empty() || text.size() > 80 || textkit::CountWords(text) > 8 || !StartsCapitalized(text)) return false;
  // A sentence is no name: one that ends like one ("。", "!"), or a run of
  // characters without spaces longer than names written so are.
  constexpr std::size_t kLongestUnspacedName = 60;  // bytes: 20 Han or kana characters
  if (EndsWith(text, "\xE3\x80\x82") || EndsWith(text, "!") || EndsWith(text, "?") || EndsWith(text, "\xEF\xBC\x81")) {
    return false;
  }
  if (text.find(' ') == std::string::npos && text.size() > kLongestUnspacedName) return false;
  if (kWe.ok() && RE2::FullMatch(textkit::AsciiLower(text), kWe)) return false;
  return kGeneric.ok() && !RE2::FullMatch(text, kGeneric);
}

std::optional<std::string> CompanyFromAboutHeading(std::string_view heading) {
  static const RE2 kAbout(R"((?i)^\s*(?:about|über|uber|à propos de|a propos de|à propos d'|sobre|acerca de|om|tietoa)\s+(.+?)\s*[:?!.]?\s*$)");
  static const RE2 kNotAName(
      R"((?i)^(?:us|me|you|the\b.*|our\b.*|this\b.*|your\b.*|working\b.*|life\b.*|uns|dich|sie|die\b.*|der\b.*|das\b.*|den\b.*|dem\b.*|nous|vous|l'.*|la\b.*|le\b.*|les\b.*|nosotros|nós|el\b.*|a\b.*|o\b.*|os\b.*|oss|meistä|company|the company|job|role|position|team|benefits)$)");
  // "Who is Acme?", "Acme stellt sich vor", "Meet Acme", "Qui est Acme ?":
  // the other ways a heading introduces the employer.
  static const RE2 kWhoIs(
      R"((?i)^\s*(?:who\s+(?:is|are)|meet|wer\s+ist|qui\s+est|qui\s+sommes-nous\s*[-–:]|quién\s+es|quem\s+é|chi\s+è|wie\s+is|dit\s+is|vem\s+är|hvem\s+er|kim\s+jest|kuka\s+on)\s+(.+?)\s*[:?!.]?\s*$)");
  static const RE2 kIntroducesItself(R"(^\s*(.+?)\s+(?:stellt\s+sich\s+vor|se\s+présente|se\s+presenta|stelt\s+zich\s+voor|presenterar\s+sig|esittäytyy)\s*[:!.]?\s*$)");
  std::string name;
  if (!(kAbout.ok() && RE2::FullMatch(heading, kAbout, &name)) &&
      !(kWhoIs.ok() && RE2::FullMatch(heading, kWhoIs, &name)) &&
      !(kIntroducesItself.ok() && RE2::FullMatch(heading, kIntroducesItself, &name))) {
    return std::nullopt;
  }
  name = Trim(name);
  if (kNotAName.ok() && RE2::FullMatch(name, kNotAName)) return std::nullopt;
  if (textkit::CountWords(name) > 6) return std::nullopt;
  return Plausible(name);
}

namespace {

// Capitalised words that open sentences without naming anyone.
bool IsSentenceOpener(std::string_view word) {
  static const RE2 kOpeners(
      R"((?i)^(?:we|our|the|this|as|at|in|on|for|if|you|your|join|are|do|help|with|about|here|hos|bei|bij|chez|en|na|i|w|v|wir|unser\w*|nous|notre|nos|nosotros|nuestr\w*|nós|nosso\w*|noi|il|la|le|les|el|los|las|o|os|a|as|de|der|die|das|het|een|en|et|vi|vår|vores|me|meillä|my|nasz\w*|мы|наш\w*|ми|наш\w*|)"
      // Verbs of seeking and "as" that open a sentence naming the role
      // ("Hledáme Java vývojáře ...", "Als Senior Data Engineer bist du ...").
      R"(als|como|jako|hledáme|szukamy|poszukujemy|ищем|требуется|шукаємо|buscamos|procuramos|cerchiamo|)"
      R"(recherchons|suchen|zoeken|söker|søker|etsimme|otsime|hiring|seeking)$)");
  return kOpeners.ok() && RE2::FullMatch(word, kOpeners);
}

}  // namespace

// The subject of the introduction's opening sentence, when it is a name:
// capitalised words then a verb ("Atelier Lumen conçoit des outils ...",
// "Bursztyn Software tworzy ..."), a Japanese company before its topic
// particle ("株式会社ミナトテックは ..."), a Chinese one before "是一家",
// "专注于" or "致力于". Doubtful, so last.
std::optional<CompanyGuess> CompanyFromOpeningSentence(const std::vector<TextLine>& lines) {
  const TextLine* opening = nullptr;
  for (const TextLine& line : lines) {
    // The first sentence: in the introduction, or among the header lines
    // of a paste that opens with it.
    const bool sentence = EndsWith(line.text, ".") || EndsWith(line.text, "\xE3\x80\x82") || textkit::CountWords(line.text) >= 6;
    if ((line.origin == LineOrigin::kProse && line.kind == SectionKind::kIntro) ||
        (line.origin == LineOrigin::kHeader && sentence)) {
      opening = &line;
      break;
    }
    if (line.origin == LineOrigin::kProse || line.origin == LineOrigin::kItem) break;
  }
  if (opening == nullptr) return std::nullopt;
  const std::string& text = opening->text;
  static const RE2 kJapanese(R"(^((?:株式会社|有限会社)\S{1,20}?|\S{1,20}?(?:株式会社|有限会社))(?:は|では|が))");
  static const RE2 kChinese(R"(^(\S{2,12}?)(?:是一家|是一个|专注于|致力于|成立于))");
  // Korean: "X는 ... 회사입니다" (X is a company that ...).
  static const RE2 kKorean(R"(^(\S{2,15}?)(?:는|은)\s.*(?:회사|기업|스타트업)입니다)");
  // "Компания «X»", "Firma „X“": the word for company, then the name quoted.
  static const RE2 kQuoted(
      R"((?i)^(?:компания|компанія|company|firma|empresa|société|unternehmen|bedrijf|företaget|şirket)\s+[«"“„']([^»"”“']{2,40})[»"”“'])");
  std::string name;
  if ((kJapanese.ok() && RE2::PartialMatch(text, kJapanese, &name)) ||
      (kChinese.ok() && RE2::PartialMatch(text, kChinese, &name)) ||
      (kKorean.ok() && RE2::PartialMatch(text, kKorean, &name)) ||
      (kQuoted.ok() && RE2::PartialMatch(text, kQuoted, &name))) {
    if (auto plausible = Plausible(name)) return CompanyGuess{*plausible, true};
    return std::nullopt;
  }
  // "En X creamos ...", "Bij X bouwen we ...": "at X, we" without the comma.
  // An article of a language that writes one before names ("A Caju
  // Pagamentos constrói ...") is no part of the name.
  static const RE2 kLead(R"(^(?:En|Bij|Bei|Hos|Chez|Na|W|V|A|O|La|Le|El|Il|Die|Der|Das|Het|De)\s+)");
  std::string_view subject = text;
  std::string stripped = text;
  if (kLead.ok() && RE2::Replace(&stripped, kLead, "")) subject = stripped;
  // After "at" the name stands where a name must: one word is enough.
  static const RE2 kAtLead(R"(^(?:En|Bij|Bei|Hos|Chez|Na|W|V)\s)");
  const bool after_at = kAtLead.ok() && RE2::PartialMatch(text, kAtLead);
  // Two capitalised words at least ("Atelier Lumen"), or one the posting
  // writes again elsewhere: a lone capitalised word opening a sentence is
  // as often a verb ("Design and build ...") as a name.
  const std::string run = NameRun(subject, 4);
  if (run.empty() || run.size() >= subject.size()) return std::nullopt;
  const bool comma = subject[run.size()] == ',';
  if (subject[run.size()] != ' ' && !comma) return std::nullopt;
  const std::string after = Trim(subject.substr(run.size() + 1));
  if (after.empty() || StartsCapitalized(after)) return std::nullopt;  // the run must end at a verb
  const std::string first_word = run.substr(0, run.find(' '));
  if (IsSentenceOpener(first_word)) return std::nullopt;
  bool again = false;
  if (textkit::CountWords(run) == 1 && !after_at) {
    for (const TextLine& line : lines) {
      if (&line != opening && line.text.find(run) != std::string::npos) again = true;
    }
    if (!again) return std::nullopt;
  }
  if (auto plausible = Plausible(run)) return CompanyGuess{*plausible, true};
  return std::nullopt;
}

std::optional<CompanyGuess> FindCompany(const std::vector<TextLine>& lines) {
  static const LabelSet kLabel(FactLabels("company"));
  if (auto value = FindLabelledValue(lines, kLabel); value && textkit::CountWords(*value) <= 8) {
    if (auto name = Plausible(*value)) return CompanyGuess{*name, false};
  }
  for (const TextLine& line : lines) {
    if (line.origin != LineOrigin::kHeading && textkit::CountWords(line.text, 6) > 6) continue;
    if (auto name = CompanyFromAboutHeading(line.text)) return CompanyGuess{*name, false};
  }
  // Also "X is dedicated to creating an equitable, inclusive, and
  // supportive environment", the other common opening of the statement.
  static const RE2 kEqualOpportunity(
      R"((?i)^(.+?)\s+(?:is|are)\s+(?:(?:proud\s+to\s+be\s+|committed\s+to\s+being\s+)?an?\s+(?:equal\s+(?:employment\s+)?opportunit|EEO\b|affirmative action)|(?:committed|dedicated)\s+to\s+(?:creating|building|fostering|providing|maintaining)\s+(?:an?\s+)?(?:[\w-]+,?\s+){0,2}?(?:equitable|inclusive|diverse)\b))");
  static const RE2 kHiring(
      R"(^(.+?)\s+(?:is hiring|is seeking|seeks|is looking for|is searching for|is recruiting|recrute|recherche|sucht|busca|procura|contrata|zoekt|etsii|otsib|söker)\b)");
  for (const TextLine& line : lines) {
    for (const std::string& sentence : textkit::SplitAtSentenceStops(line.text)) {
      if (auto name = SubjectOf(sentence, kEqualOpportunity)) return CompanyGuess{*name, false};
    }
  }
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kAboutCompany || line.kind == SectionKind::kEqualOpportunity) continue;
    for (const std::string& sentence : textkit::SplitAtSentenceStops(line.text)) {
      if (auto name = SubjectOf(sentence, kHiring)) return CompanyGuess{*name, true};
    }
  }
  // "At X, we ...", and "X is a ... company" / "X es una empresa ...".
  static const RE2 kAtWe(R"(^(?:At|Chez|Bei|En|Na|Bij)\s+(.+?),\s+(?:we|nous|wir|somos|nós|wij)\b)");
  // The Germanic inverted order without a comma: "I X er vi", "På X är
  // vi", "Hos X er vi", "Bei X sind wir", "Bij X zijn we".
  static const RE2 kAtWeInverted(
      R"(^(?:I|På|Hos|Bei|Bij)\s+(.+?)\s+(?:er|är|sind|arbeiten|zijn|werken|jobber|arbetar|arbejder)\s+(?:vi|wir|wij|we)\b)");
  static const RE2 kIsACompany(
      R"(^(.+?)\s+(?:is|es|est|ist|é|è|on)\s+(?:an?|una?|ein[e]?|uma?|une)\s+(?:[\w-]+\s+){0,4}?(?:company|companies|empresa|entreprise|unternehmen|société|firm|startup|start-up|organization|organisation|organización|organização|agency|cooperative|coop|nonprofit|non-profit|provider|consultancy|yritys)\b)");
  for (const TextLine& line : lines) {
    for (const std::string& sentence : textkit::SplitAtSentenceStops(line.text)) {
      if (auto name = SubjectOf(sentence, kAtWe)) return CompanyGuess{*name, true};
      if (auto name = SubjectOf(sentence, kAtWeInverted)) return CompanyGuess{*name, true};
      if (auto name = SubjectOf(sentence, kIsACompany)) return CompanyGuess{*name, true};
    }
  }
  // "As an Engineering Manager at Canonical, ..." in the opening heading or
  // sentence of the introduction.
  static const RE2 kAt(R"(\b(?:at|chez|bei|bij|presso)\s+(.+))");
  int opening_lines = 0;
  for (const TextLine& line : lines) {
    if (line.origin == LineOrigin::kHeader) continue;
    if (++opening_lines > 3) break;
    std::vector<std::string> sentences = textkit::SplitAtSentenceStops(line.text);
    std::string rest;
    if (!sentences.empty() && kAt.ok() && RE2::PartialMatch(sentences[0], kAt, &rest)) {
      if (auto name = Plausible(NameRun(rest))) return CompanyGuess{*name, true};
    }
  }
  // "Join X", "Únete a X", "Rejoignez X", "Junte-se à X", "Werde Teil von X".
  static const RE2 kJoin(
      R"((?:\b[Jj]oin|\b[Rr]ejoi(?:gnez|ns|ndre)|Únete a|\b[Uu]nete a|\b[Jj]unte-se (?:à|a|ao)|\b[Ww]erde Teil (?:von|bei|der|des))\s+(.+))");
  // (a form that ends in a period has no word boundary after it)
  static const RE2 kLegalName(R"(((?:[\p{Lu}0-9][\p{L}\p{N}_&'.-]*\s+){1,4}(?:)" +
                              LegalFormAlternation(LegalFormUse::kName, R"(\b\.?)") + "))");
  for (const TextLine& line : lines) {
    std::string rest;
    if (kJoin.ok() && RE2::PartialMatch(line.text, kJoin, &rest)) {
      if (auto name = Plausible(NameRun(rest))) return CompanyGuess{*name, true};
    }
  }
  for (const TextLine& line : lines) {
    std::string legal;
    if (kLegalName.ok() && RE2::PartialMatch(line.text, kLegalName, &legal)) {
      // An article or "at" that starts the sentence is not part of the name
      // ("Die X GmbH", "Hos X ApS", "Bei X GmbH", "Chez X SAS").
      static const RE2 kArticle(R"(^(?:Die|Der|Das|Bei|Hos|Chez|Bij|At|En|Na|Presso|Pri|W|V|I)\s+)");
      if (kArticle.ok()) RE2::Replace(&legal, kArticle, "");
      if (auto name = Plausible(legal)) return CompanyGuess{*name, true};
    }
  }
  return CompanyFromOpeningSentence(lines);
}

}  // namespace jobpipe::facts
