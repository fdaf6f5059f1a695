// LabelSet: the cheap look-up may only skip lines its RE2 pattern would not
// match; the pattern itself is the reference.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>

#include "normalize/facts/labels.h"

namespace jobpipe {
namespace {

TEST_CASE("LabelSet skips only lines its pattern cannot match") {
  const facts::LabelSet labels("salary|salary range|pay|vergütung|rémunération|dział");
  const std::vector<std::string> lines = {
      "Salary: $90,000",          "SALARY RANGE : 90k",      "  pay (gross): 20/h",   "Pay:",
      "Salary range details: x",  "Vergütung: nach Tarif",   "VERGÜTUNG: nach Tarif", "Rémunération : 45k",
      "RÉMUNÉRATION : 45k",       "DZIAŁ: IT",               "paycheck: weekly",      "The salary: good",
      "salary\t:\tcompetitive",   "Salary（gross）：50k",     "Salary\xE2\x80\xAF: 50k", "ſalary: 5",
      "Pay range: $20 - $25",     "Benefits: many",          "no colon here"};
  for (const std::string& line : lines) {
    INFO(line);
    if (!labels.MayLabel(line)) CHECK_FALSE(RE2::FullMatch(line, labels.Pattern()));
  }
  CHECK(labels.MayLabel("Salary: $90,000"));
  CHECK_FALSE(labels.MayLabel("Benefits: many"));
  CHECK(facts::LabelledValue("  Pay (gross): 20/h", labels) == std::optional<std::string>("20/h"));
  CHECK(LabelledValue("VERGÜTUNG: nach Tarif", labels) == std::optional<std::string>("nach Tarif"));
  CHECK_FALSE(LabelledValue("Benefits: many", labels).has_value());
}

TEST_CASE("LabelSet agrees with its pattern on every line of the text fixtures") {
  const facts::LabelSet labels("location|work location|standort|lieu|ubicación|salary|pay|job type|company|team|level");
  for (const auto& entry : std::filesystem::directory_iterator(std::string(JOBPIPE_FIXTURES_DIR) + "/text")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      INFO(line);
      if (!labels.MayLabel(line)) CHECK_FALSE(RE2::FullMatch(line, labels.Pattern()));
    }
  }
}

TEST_CASE("each labelled fact reads its labels from data/facts/labels.tsv") {
  for (const char* fact :
       {"title", "company", "card_company", "location", "salary", "employment", "seniority", "department"}) {
    INFO(fact);
    CHECK_FALSE(facts::FactLabels(fact).empty());
  }
  CHECK(facts::FactLabels("no such fact").empty());
  const facts::LabelSet location(facts::FactLabels("location"));
  CHECK(facts::LabelledValue("Standort: Köln", location) == std::optional<std::string>("Köln"));
  CHECK(facts::LabelledValue("Lieu de travail : Lyon", location) == std::optional<std::string>("Lyon"));
  CHECK_FALSE(facts::LabelledValue("Gehalt: 50.000 €", location).has_value());
  const facts::LabelSet title(facts::FactLabels("title"));
  CHECK(facts::LabelledValue("募集職種：データエンジニア", title) == std::optional<std::string>("データエンジニア"));
}

}  // namespace
}  // namespace jobpipe
