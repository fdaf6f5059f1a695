// The lexicons compiled into the binary: every file of data/headings/ and
// data/cues/ compiled in, and every lexicon loading without a bad entry
// (core/lexicon/load.h reports one; the section lexicon also refuses an
// unknown kind, and a phrase listed twice for a kind once folded, over all
// of its files).
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <span>
#include <string>

#include "core/lexicon/data_file.h"
#include "core/lexicon/load.h"
#include "normalize/facts/employment.h"
#include "normalize/facts/labels.h"
#include "normalize/facts/language.h"
#include "normalize/facts/legal_forms.h"
#include "normalize/facts/location.h"
#include "normalize/facts/posted_ago.h"
#include "normalize/facts/salary.h"
#include "normalize/facts/title.h"
#include "normalize/flat/items.h"
#include "normalize/flat/words.h"
#include "normalize/sections/lexicon.h"
#include "normalize/skills/skill_sources.h"
#include "normalize/skills/skills.h"
#include "parse/text/camel_case.h"
#include "parse/html/block_cleanup.h"
#include "parse/text/header_card.h"
#include "parse/text/line_shapes.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> section_headings;
extern const std::span<const lexicon::DataFile> section_cues;
}  // namespace jobpipe::embedded

namespace {

std::set<std::string> PathsOf(std::span<const jobpipe::lexicon::DataFile> files) {
  std::set<std::string> paths;
  for (const auto& file : files) paths.emplace(file.path);
  return paths;
}

std::set<std::string> PathsOnDisk(const std::string& folder) {
  const std::filesystem::path root = JOBPIPE_SOURCE_DIR;
  std::set<std::string> paths;
  for (const auto& item : std::filesystem::directory_iterator(root / folder)) {
    paths.insert(std::filesystem::relative(item.path(), root).generic_string());
  }
  return paths;
}

}  // namespace

TEST_CASE("every file of data/headings and data/cues is compiled in") {
  CHECK(PathsOf(jobpipe::embedded::section_headings) == PathsOnDisk("data/headings"));
  CHECK(PathsOf(jobpipe::embedded::section_cues) == PathsOnDisk("data/cues"));
}

TEST_CASE("every lexicon compiled in loads without a bad entry") {
  // Each lexicon loads on first use: one call that needs it, each.
  CHECK(jobpipe::sections::MatchHeading("Deine Aufgaben").kind == jobpipe::SectionKind::kResponsibilities);
  // "health insurance" (3) and "insurance" (2), from data/cues/en.tsv.
  CHECK(jobpipe::sections::ScoreCues("health insurance")[jobpipe::SectionKind::kBenefits] == 5);
  CHECK(jobpipe::skills::FindSkills("Kubernetes and k8s") == std::vector<std::string>{"Kubernetes"});
  CHECK(jobpipe::skills::FindSkills("You will have a mentor from the team.").empty());
  CHECK(jobpipe::text::IsCamelCaseLexiconWord("LinkedIn"));
  CHECK(jobpipe::facts::LooksLikeLocation("Göteborg"));
  CHECK(jobpipe::facts::FindLocationInTitle("Lagerarbetare till Göteborg") == "Göteborg");
  CHECK(jobpipe::facts::LooksLikeJobTitle("Java-разработчик"));
  CHECK(jobpipe::facts::LooksLikeJobTitle("Softwareentwickler"));
  CHECK(jobpipe::flat::OpensListItem("Bachelors degree in physics"));
  CHECK(jobpipe::text::IsUiChrome("Jetzt bewerben"));
  CHECK(jobpipe::facts::EmploymentTypeFromText("Vollzeitstelle, unbefristet") == "full_time");
  CHECK(jobpipe::flat::IsGlueWord("mindestens"));
  CHECK(jobpipe::skills::SentencesAboutTheJob("We are a bank. In this role you will lead.", "") ==
        std::vector<std::string>{"In this role you will lead."});
  CHECK(jobpipe::text::IsHeadingPhrase("Über uns"));
  CHECK(jobpipe::text::IsHeadingPhrase("Quick summary"));
  CHECK_FALSE(jobpipe::text::LooksSentenceCase("Terms of Service"));
  CHECK(jobpipe::html::IsOtherJobsHeading("Weitere Jobs für dich"));
  CHECK_FALSE(jobpipe::facts::LegalForms(jobpipe::facts::LegalFormUse::kTitlePart).empty());
  CHECK(jobpipe::facts::IsPostedAgo("vor 2 Wochen"));
  CHECK(jobpipe::facts::DetectLanguage("Wir suchen dich für unser Team und du bist mit uns im Büro") == "de");
  CHECK_FALSE(jobpipe::facts::FactLabels("location").empty());
  const auto zloty = jobpipe::facts::ParseSalary("45.000 zł");
  REQUIRE(zloty);
  CHECK(zloty->currency == "PLN");
  CHECK(jobpipe::lexicon::ReportedDataErrors() == std::vector<std::string>{});
}
