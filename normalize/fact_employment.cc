#include "normalize/fact_employment.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <utility>

namespace jobpipe {
namespace {

// Leftmost mention wins: "CDI ou contrat d'apprentissage" is a CDI.
// Groups: 1 full_time ... 7 other, in the order of kTypes.
constexpr char kTypePattern[] =
    R"((?i)(\bfull[- ]?time\b|\bvollzeit\w*|\bCDI\b|\btemps plein\b|\bjornada completa\b|\btiempo completo\b|\btempo integral\b|\btempo pieno\b|\bkokoaikai\w*|\bvoltijd\w*|\bheltid\b|\bpełny etat\b|\bpełen etat\b|\btäistööaeg\w*))"
    R"(|(\bpart[- ]?time\b|\bteilzeit\w*|\btemps partiel\b|\btiempo parcial\b|\bmedia jornada\b|\bmeio período\b|\btempo parziale\b|\bosa-aikai\w*|\bdeeltijd\w*|\bdeltid\b|\bniepełny etat\b|\bosalise tööajaga\b|\bwerkstudent\w*|\bminijob\b))"
    R"(|(\bcontract\b|\bcontractor\b|\bfreelance\w*|\bfreiberuf\w*|\bind[ée]pendant\b|\baut[óo]nomo\b|\bb2b\b|\bcontract[- ]to[- ]hire\b))"
    R"(|(\btemporary\b|\btemp\b|\bCDD\b|\bbefristet\w*|\bfixed[- ]term\b|\binterim\b|\bintérim\w*|\btemporal\b|\btempor[aá]rio\b|\bm[aä][aä]r[aä]aikai\w*|\btijdelijk\w*|\bseasonal\b|\bsaisonnier\b))"
    R"(|(\bintern\b|\binternship\b|\bpraktik\w*|\bstage\b|\bstagiaire\b|\bprácticas\b|\bbecari[oa]\b|\bpasant[ií]a\b|\bestági\w*|\btirocin\w*|\bharjoitt\w*|\bpraktyk\w*))"
    R"(|(\bvolunteer\w*|\bbénévol\w*|\bvoluntari[oa]\b|\behrenamt\w*|\bvrijwillig\w*))"
    R"(|(\bapprenticeship\b|\bapprenti\b|\bapprentissage\b|\balternance\b|\bausbildung\b|\bduales studium\b))";

constexpr std::array<const char*, 7> kTypes = {"full_time", "part_time", "contract",  "temporary",
                                               "internship", "volunteer", "other"};

}  // namespace

std::optional<std::string> EmploymentTypeFromText(std::string_view text) {
  static const RE2 kType(kTypePattern);
  if (!kType.ok()) return std::nullopt;
  std::array<re2::StringPiece, 8> group;
  std::optional<std::string> first;
  for (size_t from = 0; from < text.size();) {
    if (!kType.Match(text, from, text.size(), RE2::UNANCHORED, group.data(), group.size())) break;
    std::string type;
    for (size_t g = 1; g < group.size(); ++g) {
      if (group[g].data() != nullptr) type = kTypes[g - 1];
    }
    // "Fixed-term contract, 3 years, full-time": a limited term says how
    // long, the hours say what kind of job; the hours win.
    if (!first) {
      first = type;
      if (type != "temporary") return first;
    } else if (type == "full_time" || type == "part_time") {
      return type;
    }
    from = group[0].data() - text.data() + std::max<size_t>(1, group[0].size());
  }
  return first;
}

std::optional<std::string> FindEmploymentType(const std::vector<TextLine>& lines,
                                              std::string_view title) {
  static const RE2 kLabel(LabelPattern(
      "employment type|employment|job type|type of employment|contract type|type of contract|"
      "work type|schedule|hours|vertragsart|anstellungsart|beschäftigungsart|arbeitszeit|"
      "type de contrat|type d'emploi|contrat|temps de travail|tipo de contrato|tipo de empleo|"
      "jornada|tipo de jornada|regime|regime de trabalho|tipo di contratto|työsuhde|"
      "työsuhteen tyyppi|työaika|dienstverband|tööaeg|töö tüüp|rodzaj umowy|anställningsform"));
  for (const TextLine& line : lines) {
    if (auto value = LabelledValueInLine(line.text, kLabel)) {
      if (auto type = EmploymentTypeFromText(*value)) return type;
    }
  }
  // Short lines say it outright ("Full-time", "Full time and Remote"); in
  // longer prose "internship" or "contract" may be about experience asked for.
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kBenefits || line.kind == SectionKind::kAboutCompany) continue;
    if (line.origin == LineOrigin::kHeader || WordCount(line.text) <= 4) {
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
    // Also a sentence that opens with the type: "Part-time barista wanted ...".
    std::string first, second, opening;
    if (kProse.ok() && RE2::PartialMatch(line.text, kProse, &first, &second, &opening)) {
      return EmploymentTypeFromText(!first.empty() ? first : !second.empty() ? second : opening);
    }
  }
  return std::nullopt;
}

}  // namespace jobpipe
