// ExtractFacts end to end on invented postings, and on the user's seed
// paste through the real text parser.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "normalize/facts/facts.h"
#include "normalize/normalize.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

Section MakeSection(SectionKind kind, std::optional<std::string> heading, std::string text,
                    std::vector<std::string> items = {}) {
  Section section;
  section.kind = kind;
  section.heading = std::move(heading);
  section.text = std::move(text);
  section.items = std::move(items);
  return section;
}

TEST_CASE("ExtractFacts keeps the card's place over a labelled way of working") {
  ParsedDocument parsed;
  parsed.header_lines = {"Warehouse Associate", "Tidemark Logistics", "Columbus, OH 43219"};
  std::vector<Section> sections = {
      MakeSection(SectionKind::kIntro, std::nullopt, "You will pick and pack orders on the night shift."),
      MakeSection(SectionKind::kOther, "Schedule", "", {"Night shift"}),
      MakeSection(SectionKind::kOther, std::nullopt, "Work Location: In person"),
  };
  Facts facts;
  std::vector<std::string> warnings;
  facts::ExtractFacts(parsed, sections, &facts, &warnings);
  CHECK(facts.location == "Columbus, OH 43219");
  CHECK(facts.workplace == "onsite");
}

TEST_CASE("ExtractFacts reads an invented LinkedIn paste") {
  ParsedDocument parsed;
  parsed.header_lines = {"https://www.linkedin.com/jobs/search/?currentJobId=9100000001&refId=x",
                         "Senior Data Engineer", "Northwind Analytics · Lisbon, Portugal (Hybrid)",
                         "Full-time · Mid-Senior level"};
  std::vector<Section> sections = {
      MakeSection(SectionKind::kIntro, std::nullopt,
                  "You will build the pipelines our analysts rely on, working closely with the data team."),
      MakeSection(SectionKind::kRequirements, "What you bring", "",
                  {"Python and SQL", "Experience with Airflow"}),
      MakeSection(SectionKind::kBenefits, "What we offer", "",
                  {"Salary: €60,000 - €75,000 per year", "Learning budget of €1,000 per year"}),
      MakeSection(SectionKind::kHowToApply, "How to apply",
                  "Apply by 31 March 2026 at https://careers.northwind.example/jobs/77?utm_source=li"),
  };
  Facts facts;
  std::vector<std::string> warnings;
  facts::ExtractFacts(parsed, sections, &facts, &warnings);
  CHECK(facts.url == "https://www.linkedin.com/jobs/view/9100000001/");
  CHECK(facts.title == "Senior Data Engineer");
  CHECK(facts.company == "Northwind Analytics");
  CHECK(facts.location == "Lisbon, Portugal");  // "(Hybrid)" is the workplace, below
  CHECK(facts.workplace == "hybrid");
  CHECK(facts.employment_type == "full_time");
  CHECK(facts.seniority == "mid_senior");
  REQUIRE(facts.salary.has_value());
  CHECK(facts.salary->text == "€60,000 - €75,000 per year");
  CHECK(facts.salary->min == 60000);
  CHECK(facts.salary->max == 75000);
  CHECK(facts.salary->currency == "EUR");
  CHECK(facts.salary->period == "year");
  CHECK(facts.valid_through == "2026-03-31");
  CHECK(facts.apply_url == "https://careers.northwind.example/jobs/77");
  CHECK(facts.language == "en");
  CHECK(warnings.empty());
}

TEST_CASE("ExtractFacts keeps what structured data stated and guesses with a warning") {
  ParsedDocument parsed;
  std::vector<Section> sections = {
      MakeSection(SectionKind::kIntro, std::nullopt,
                  "Harbor Clinics is seeking a Registered Nurse to join our night shift. This is a part-time "
                  "position."),
      MakeSection(SectionKind::kRequirements, "Requirements", "", {"Current BLS certification"}),
  };
  Facts facts;
  facts.company = "Harbor Clinics Inc.";
  facts.url = "https://jobs.harbor.example/rn?utm_medium=feed";
  std::vector<std::string> warnings;
  facts::ExtractFacts(parsed, sections, &facts, &warnings);
  CHECK(facts.company == "Harbor Clinics Inc.");
  CHECK(facts.url == "https://jobs.harbor.example/rn");
  CHECK(facts.title == "Registered Nurse");
  CHECK(facts.employment_type == "part_time");
  CHECK_FALSE(facts.salary.has_value());
  CHECK(std::find(warnings.begin(), warnings.end(), "title guessed from a sentence of the text") != warnings.end());
}

TEST_CASE("ExtractFacts reads a German posting's labels") {
  ParsedDocument parsed;
  parsed.header_lines = {"Softwareentwickler (m/w/d)"};
  std::vector<Section> sections = {
      MakeSection(SectionKind::kIntro, std::nullopt,
                  "Die Muster Logistik GmbH sucht Verstärkung für das Team in Köln. Wir bieten dir eine "
                  "spannende Aufgabe mit viel Verantwortung und einem tollen Team."),
      MakeSection(SectionKind::kOther, "Eckdaten", "",
                  {"Standort: Köln (Homeoffice möglich)", "Vollzeit, unbefristet", "Gehalt: 55.000 - 65.000 € brutto/Jahr",
                   "Bewerbungsfrist: 15.04.2026"}),
  };
  Facts facts;
  std::vector<std::string> warnings;
  facts::ExtractFacts(parsed, sections, &facts, &warnings);
  CHECK(facts.title == "Softwareentwickler (m/w/d)");
  CHECK(facts.company == "Muster Logistik GmbH");
  CHECK(facts.location == "Köln (Homeoffice möglich)");
  CHECK(facts.workplace == "remote");
  CHECK(facts.employment_type == "full_time");
  REQUIRE(facts.salary.has_value());
  CHECK(facts.salary->min == 55000);
  CHECK(facts.salary->currency == "EUR");
  CHECK(facts.salary->period == "year");
  CHECK(facts.valid_through == "2026-04-15");
  CHECK(facts.language == "de");
}

TEST_CASE("ExtractFacts never fails on empty input") {
  ParsedDocument parsed;
  Facts facts;
  std::vector<std::string> warnings;
  facts::ExtractFacts(parsed, {}, &facts, &warnings);
  CHECK_FALSE(facts.title.has_value());
  CHECK_FALSE(facts.company.has_value());
  CHECK_FALSE(facts.language.has_value());
}

TEST_CASE("The seed paste gives the user's facts and skills") {
  std::ifstream in(std::string(JOBPIPE_FIXTURES_DIR) + "/seed/linkedin-paste-canonical-em-mlops.txt");
  REQUIRE(in);
  std::stringstream body;
  body << in.rdbuf();
  Document document;
  document.source.name = "seed.txt";
  document.body = body.str();
  Result<Posting> posting = Normalize(Parse(document), NormalizeOptions{"PENDING", "2025-05-07"});
  REQUIRE(posting.ok());
  const Facts& facts = posting->facts;
  CHECK(facts.company == "Canonical");
  CHECK(facts.title == "Engineering Manager - MLOps & Analytics");
  CHECK(facts.url == "https://www.linkedin.com/jobs/view/4125010828/");
  CHECK(facts.workplace == "remote");
  CHECK(facts.location == "Globally remote");
  CHECK_FALSE(facts.salary.has_value());  // the USD 2,000 is a learning budget
  CHECK(facts.language == "en");
  const std::vector<std::string>& skills = posting->skills;
  for (const char* skill : {"Python", "MLOps", "Kubeflow", "MLflow", "Feast", "Docker", "LXD", "Kubernetes", "AWS",
                            "Azure", "Google Cloud", "Linux", "Machine Learning"}) {
    INFO(skill);
    CHECK(std::count(skills.begin(), skills.end(), skill) == 1);
  }
}

}  // namespace
}  // namespace jobpipe
