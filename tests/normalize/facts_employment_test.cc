// Employment type and seniority from short lines, labels and titles.
#include <catch2/catch.hpp>

#include "normalize/fact_employment.h"
#include "normalize/fact_title.h"

namespace jobpipe {
namespace {

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
      {"Berlin", std::nullopt},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(EmploymentTypeFromText(text) == expected);
  }
}

TEST_CASE("FindEmploymentType prefers labels and short lines over prose") {
  std::vector<TextLine> lines = {
      {"Prior internship experience is a plus, as is contract negotiation.", LineOrigin::kItem,
       SectionKind::kRequirements},
      {"Type de contrat : CDD", LineOrigin::kItem, SectionKind::kOther}};
  CHECK(FindEmploymentType(lines, "Data Analyst") == std::optional<std::string>("temporary"));

  lines = {{"Full time and Remote", LineOrigin::kItem, SectionKind::kOther}};
  CHECK(FindEmploymentType(lines, "Nurse") == std::optional<std::string>("full_time"));

  lines = {{"Prior internship experience is a plus.", LineOrigin::kItem, SectionKind::kRequirements}};
  CHECK_FALSE(FindEmploymentType(lines, "Data Analyst").has_value());
  CHECK(FindEmploymentType(lines, "Marketing Intern (Summer 2026)") == std::optional<std::string>("internship"));

  lines = {{"This is a part-time position of 20 hours a week.", LineOrigin::kProse, SectionKind::kIntro}};
  CHECK(FindEmploymentType(lines, "Librarian") == std::optional<std::string>("part_time"));

  // A limited term says how long; the hours say what kind of job.
  CHECK(EmploymentTypeFromText("Fixed-term contract, 3 years, full-time (38 hours per week)") ==
        std::optional<std::string>("full_time"));
  CHECK(EmploymentTypeFromText("Befristet, Teilzeit") == std::optional<std::string>("part_time"));
  CHECK(EmploymentTypeFromText("Temporary (6 months)") == std::optional<std::string>("temporary"));
  CHECK(EmploymentTypeFromText("Contract, full-time") == std::optional<std::string>("contract"));

  // A sentence that opens with the type states it.
  lines = {{"Part-time barista wanted for Saturdays and Sundays at our café.", LineOrigin::kProse,
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
    CHECK(SeniorityFromText(text) == expected);
  }
}

}  // namespace
}  // namespace jobpipe
