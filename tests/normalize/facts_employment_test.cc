// Employment type and seniority from short lines, labels and titles.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "normalize/facts/employment.h"
#include "normalize/facts/title.h"

namespace jobpipe {
namespace {

// The case-insensitive RE2 alternation EmploymentTypeFromText replaced
// (compiling it was a tenth of a short run), kept as the reference.
constexpr char kReferencePattern[] =
    R"((?i)(\bfull[- ]?time\b|\bvollzeit\w*|\bCDI\b|\btemps plein\b|\bjornada completa\b|\btiempo completo\b|\btempo integral\b|\btempo pieno\b|\bkokoaikai\w*|\bvoltijd\w*|\bheltid\b|\bpełny etat\b|\bpełen etat\b|\btäistööaeg\w*))"
    R"(|(\bpart[- ]?time\b|\bteilzeit\w*|\btemps partiel\b|\btiempo parcial\b|\bmedia jornada\b|\bmeio período\b|\btempo parziale\b|\bosa-aikai\w*|\bdeeltijd\w*|\bdeltid\b|\bniepełny etat\b|\bosalise tööajaga\b|\bwerkstudent\w*|\bminijob\b))"
    R"(|(\bcontract\b|\bcontractor\b|\bfreelance\w*|\bfreiberuf\w*|\bind[ée]pendant\b|\baut[óo]nomo\b|\bb2b\b|\bcontract[- ]to[- ]hire\b))"
    R"(|(\btemporary\b|\btemp\b|\bCDD\b|\bbefristet\w*|\bfixed[- ]term\b|\binterim\b|\bintérim\w*|\btemporal\b|\btempor[aá]rio\b|\bm[aä][aä]r[aä]aikai\w*|\btijdelijk\w*|\bseasonal\b|\bsaisonnier\b))"
    R"(|(\bintern\b|\binternship\b|\bpraktik\w*|\bstage\b|\bstagiaire\b|\bprácticas\b|\bbecari[oa]\b|\bpasant[ií]a\b|\bestági\w*|\btirocin\w*|\bharjoitt\w*|\bpraktyk\w*))"
    R"(|(\bvolunteer\w*|\bbénévol\w*|\bvoluntari[oa]\b|\behrenamt\w*|\bvrijwillig\w*))"
    R"(|(\bapprenticeship\b|\bapprenti\b|\bapprentissage\b|\balternance\b|\bausbildung\b|\bduales studium\b))";

std::optional<std::string> ReferenceType(std::string_view text) {
  static const RE2 pattern(kReferencePattern);
  static constexpr std::array<const char*, 7> kTypes = {"full_time",  "part_time", "contract", "temporary",
                                                        "internship", "volunteer", "other"};
  std::array<re2::StringPiece, 8> group;
  std::optional<std::string> first;
  for (size_t from = 0; from < text.size();) {
    if (!pattern.Match(text, from, text.size(), RE2::UNANCHORED, group.data(), group.size())) break;
    std::string type;
    for (size_t g = 1; g < group.size(); ++g) {
      if (group[g].data() != nullptr) type = kTypes[g - 1];
    }
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

TEST_CASE("EmploymentTypeFromText finds what the RE2 alternation it replaced finds") {
  std::vector<std::string> texts = {
      "PEŁNY ETAT", "Niepełny etat", "MEIO PERÍODO", "Autónomo", "AUTÓNOMO", "Pasantía", "PASANTÍA",
      "Määräaikainen", "MAARÄAIKAINEN työ", "Intérimaire", "ESTÁGIO", "Bénévolat", "Contract-to-hire",
      "contract to-hire", "full time", "FULLTIME", "full--time", "fixedterm", "Fixed Term", "temps",
      "Temp.", "interns", "Internship_program", "b2b", "B2B-Vertrag", "Teilzeitstelle", "Werkstudentin",
      "Stage de fin d'études", "praktikum", "Duales Studium", "Temporary part-time cover", "CDD puis CDI",
      "Befristet, Vollzeit", "non-intern", "x_intern", "über temporary"};
  // Every line of the project's text fixtures too, and each in capitals.
  for (const auto& entry : std::filesystem::directory_iterator(std::string(JOBPIPE_FIXTURES_DIR) + "/text")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) texts.push_back(line);
  }
  const size_t count = texts.size();
  for (size_t i = 0; i < count; ++i) {
    std::string upper = texts[i];
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    texts.push_back(upper);
  }
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(facts::EmploymentTypeFromText(text) == ReferenceType(text));
  }
}

TEST_CASE("EmploymentTypeFromText maps the words of several languages") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"Full-time", "full_time"},
      {"Full time", "full_time"},
      {"Vollzeit", "full_time"},
      {"CDI", "full_time"},
      {"CDI ou contrat d'apprentissage", "full_time"},
      {"Jornada completa", "full_time"},
      {"Part-time", "part_time"},
      {"Teilzeit (20 Std.)", "part_time"},
      {"Tiempo parcial", "part_time"},
      {"Werkstudent (m/w/d)", "part_time"},
      {"CDD 6 mois", "temporary"},
      {"Befristet auf 12 Monate", "temporary"},
      {"Fixed-term contract", "temporary"},
      {"Freelance", "contract"},
      {"Contract", "contract"},
      {"Internship", "internship"},
      {"Praktikum", "internship"},
      {"Stage de 6 mois", "internship"},
      {"Volunteer", "volunteer"},
      {"Alternance", "other"},
      // Capitals of other scripts are matched too ("Полная" as "полная").
      {"Полная занятость", "full_time"},
      {"ЧАСТИЧНАЯ ЗАНЯТОСТЬ", "part_time"},
      {"Неполная занятость", "part_time"},
      {"Стажировка", "internship"},
      {"Повна зайнятість", "full_time"},
      {"정규직", "full_time"},
      {"계약직 (6개월)", "contract"},
      {"인턴십", "internship"},
      {"正社員", "full_time"},
      {"契約社員", "contract"},
      {"アルバイト・パート", "part_time"},
      {"全职", "full_time"},
      {"实习生", "internship"},
      {"Fast stilling, heltid", "full_time"},
      {"Vikariat i 6 måneder", "temporary"},
      {"Contratto a tempo indeterminato", "full_time"},
      {"Tempo determinato, 12 mesi", "temporary"},
      {"Berlin", std::nullopt},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(facts::EmploymentTypeFromText(text) == expected);
  }
}

TEST_CASE("FindEmploymentType prefers labels and short lines over prose") {
  std::vector<facts::TextLine> lines = {
      {"Prior internship experience is a plus, as is contract negotiation.", facts::LineOrigin::kItem,
       SectionKind::kRequirements},
      {"Type de contrat : CDD", facts::LineOrigin::kItem, SectionKind::kOther}};
  CHECK(facts::FindEmploymentType(lines, "Data Analyst") == std::optional<std::string>("temporary"));

  lines = {{"Full time and Remote", facts::LineOrigin::kItem, SectionKind::kOther}};
  CHECK(FindEmploymentType(lines, "Nurse") == std::optional<std::string>("full_time"));

  lines = {{"Prior internship experience is a plus.", facts::LineOrigin::kItem, SectionKind::kRequirements}};
  CHECK_FALSE(FindEmploymentType(lines, "Data Analyst").has_value());
  CHECK(FindEmploymentType(lines, "Marketing Intern (Summer 2026)") == std::optional<std::string>("internship"));

  lines = {{"This is a part-time position of 20 hours a week.", facts::LineOrigin::kProse, SectionKind::kIntro}};
  CHECK(FindEmploymentType(lines, "Librarian") == std::optional<std::string>("part_time"));

  // A limited term says how long; the hours say what kind of job.
  CHECK(facts::EmploymentTypeFromText("Fixed-term contract, 3 years, full-time (38 hours per week)") ==
        std::optional<std::string>("full_time"));
  CHECK(facts::EmploymentTypeFromText("Befristet, Teilzeit") == std::optional<std::string>("part_time"));
  CHECK(facts::EmploymentTypeFromText("Temporary (6 months)") == std::optional<std::string>("temporary"));
  CHECK(facts::EmploymentTypeFromText("Contract, full-time") == std::optional<std::string>("contract"));

  // A sentence that opens with the type states it.
  lines = {{"Part-time barista wanted for Saturdays and Sundays at our café.", facts::LineOrigin::kProse,
            SectionKind::kIntro}};
  CHECK(FindEmploymentType(lines, "Barista") == std::optional<std::string>("part_time"));
}

TEST_CASE("SeniorityFromText reads the level a title implies") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"Senior Data Engineer", "mid_senior"},
      {"Lead Developer .NET", "mid_senior"},
      {"Principal Architect", "mid_senior"},
      {"Junior Accountant", "entry"},
      {"Head of Support", "director"},
      {"Director of Engineering", "director"},
      {"VP Sales", "executive"},
      {"Chief Technology Officer", "executive"},
      {"Executive Director", "executive"},
      {"Software Engineering Intern", "internship"},
      {"Praktikant Marketing", "internship"},
      {"Associate Product Manager", "mid_senior"},
      {"Associate Consultant", "associate"},
      {"Associate", "associate"},
      {"Associate level", "associate"},
      {"Client Associate", std::nullopt},
      {"Warehouse Associate - Night Shift", std::nullopt},
      {"Sales Associate", std::nullopt},
      {"Mid-Senior level", "mid_senior"},
      {"Entry level", "entry"},
      {"Paralegal", std::nullopt},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(facts::SeniorityFromText(text) == expected);
  }
}

}  // namespace
}  // namespace jobpipe
