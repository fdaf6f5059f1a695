#include "normalize/facts/employment.h"

#include <re2/re2.h>

#include <array>
#include <utility>

#include "normalize/match/literal_set.h"

namespace jobpipe::facts {
namespace {

// The words of each type, in the contract's order. Leftmost mention wins
// ("CDI ou contrat d'apprentissage" is a CDI); at one place, the first
// type listed. Matched as a case-insensitive RE2 alternation of them would
// match (tests/normalize/facts_employment_test.cc holds that alternation
// and compares), without compiling one: it was a tenth of a short run.
struct TypeWords {
  const char* type;
  match::LiteralSet words;
};

const std::array<TypeWords, 7>& TypeWordLists() {
  static const std::array<TypeWords, 7> kLists = {{
      {"full_time",
       match::LiteralSet({}, {"full-time", "full time", "fulltime", "cdi", "temps plein", "jornada completa",
                       "tiempo completo", "tempo integral", "tempo pieno", "heltid", "pełny etat",
                       "pełen etat"},
                  {"vollzeit", "kokoaikai", "voltijd", "täistööaeg"})},
      {"part_time",
       match::LiteralSet({}, {"part-time", "part time", "parttime", "temps partiel", "tiempo parcial", "media jornada",
                       "meio período", "tempo parziale", "deltid", "niepełny etat",
                       "osalise tööajaga", "minijob"},
                  {"teilzeit", "osa-aikai", "deeltijd", "werkstudent"})},
      {"contract",
       match::LiteralSet({}, {"contract", "contractor", "indépendant", "independant", "autónomo", "autonomo",
                       "b2b", "contract-to-hire", "contract to hire", "contract-to hire", "contract to-hire"},
                  {"freelance", "freiberuf"})},
      {"temporary",
       match::LiteralSet({}, {"temporary", "temp", "cdd", "fixed-term", "fixed term", "interim", "temporal",
                       "temporario", "temporário", "seasonal", "saisonnier"},
                  {"befristet", "intérim", "maaraaikai", "maaräaikai", "maäraaikai", "maäräaikai", "mäaraaikai",
                   "mäaräaikai", "määraaikai", "määräaikai", "tijdelijk"})},
      {"internship",
       match::LiteralSet({}, {"intern", "internship", "stage", "stagiaire", "prácticas", "becario", "becaria",
                       "pasantia", "pasantía"},
                  {"praktik", "estági", "tirocin", "harjoitt", "praktyk"})},
      {"volunteer",
       match::LiteralSet({}, {"voluntario", "voluntaria"}, {"volunteer", "bénévol", "ehrenamt", "vrijwillig"})},
      {"other",
       match::LiteralSet({}, {"apprenticeship", "apprenti", "apprentissage", "alternance", "ausbildung", "duales studium"})},
  }};
  return kLists;
}

}  // namespace

std::optional<std::string> EmploymentTypeFromText(std::string_view text) {
  const std::array<TypeWords, 7>& lists = TypeWordLists();
  std::optional<std::string> first;
  for (size_t at = 0; at < text.size(); ++at) {
    const char* type = nullptr;
    for (const TypeWords& list : lists) {
      if (list.words.FoundAt(text, at)) {
        type = list.type;
        break;
      }
    }
    if (type == nullptr) continue;
    // "Fixed-term contract, 3 years, full-time": a limited term says how
    // long, the hours say what kind of job; the hours win.
    std::string_view found = type;
    if (!first) {
      first = std::string(found);
      if (found != "temporary") return first;
    } else if (found == "full_time" || found == "part_time") {
      return std::string(found);
    }
  }
  return first;
}

std::optional<std::string> FindEmploymentType(const std::vector<TextLine>& lines,
                                              std::string_view title) {
  static const LabelSet kLabel(
      "employment type|employment|job type|type of employment|contract type|type of contract|"
      "work type|schedule|hours|vertragsart|anstellungsart|beschäftigungsart|arbeitszeit|"
      "type de contrat|type d'emploi|contrat|temps de travail|tipo de contrato|tipo de empleo|"
      "jornada|tipo de jornada|regime|regime de trabalho|tipo di contratto|työsuhde|"
      "työsuhteen tyyppi|työaika|dienstverband|tööaeg|töö tüüp|rodzaj umowy|anställningsform");
  for (const TextLine& line : lines) {
    if (auto value = LabelledValueInLine(line.text, kLabel)) {
      if (auto type = EmploymentTypeFromText(*value)) return type;
    }
  }
  // Short lines say it outright ("Full-time", "Full time and Remote"); in
  // longer prose "internship" or "contract" may be about experience asked for.
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kBenefits || line.kind == SectionKind::kAboutCompany) continue;
    if (line.origin == LineOrigin::kHeader || WordCount(line.text, 4) <= 4) {
      if (auto type = EmploymentTypeFromText(line.text)) return type;
    }
  }
  if (auto type = EmploymentTypeFromText(title)) return type;
  static const RE2 kProse(
      R"((?i)\b(full[- ]?time|part[- ]?time|temporary|fixed[- ]term)\s+(?:\w+\s+){0,3}?(?:position|role|job|opportunity|contract|employment|basis|employee|hours)\b|\b(?:seeks|seeking|hiring|for)\s+an?\s+(full[- ]?time|part[- ]?time)\b|^\W*(full[- ]?time|part[- ]?time)\s+\w+)");
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kBenefits || line.kind == SectionKind::kAboutCompany ||
        line.kind == SectionKind::kEqualOpportunity) {
      continue;
    }
    // Every type the pattern names holds "time", "term" or "temporary":
    // a line without them need not run it.
    if (!ContainsAnyFolded(line.text, {"time", "term", "temporary"})) continue;
    // Also a sentence that opens with the type: "Part-time barista wanted ...".
    std::string first, second, opening;
    if (kProse.ok() && RE2::PartialMatch(line.text, kProse, &first, &second, &opening)) {
      return EmploymentTypeFromText(!first.empty() ? first : !second.empty() ? second : opening);
    }
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
