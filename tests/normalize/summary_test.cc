// Summary (first sentences of the introduction) and company details.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize/sections/summary.h"

namespace jobpipe {
namespace {

Section Make(SectionKind kind, std::string text, std::vector<std::string> items = {}) {
  Section section;
  section.kind = kind;
  section.heading = "Heading that is never part of the summary";
  section.text = std::move(text);
  section.items = std::move(items);
  return section;
}

TEST_CASE("the summary is the first one to three sentences of the intro", "[summary]") {
  std::vector<Section> sections = {
      Make(SectionKind::kAboutCompany, "Acme makes anvils."),
      Make(SectionKind::kIntro, "You lead the anvil team. You hire. You ship.\n\nYou also travel. A lot.")};
  CHECK(sections::Summarize(sections) == "You lead the anvil team. You hire. You ship.");
}

TEST_CASE("the summary keeps whole sentences within its budget", "[summary]") {
  std::string long_sentence = "Then " + std::string(420, 'a') + ".";
  std::vector<Section> sections = {Make(SectionKind::kIntro, "Short one. " + long_sentence + " Third.")};
  CHECK(sections::Summarize(sections) == "Short one.");
}

TEST_CASE("an over-long first sentence is cut at a word", "[summary]") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "word ";
  text += "end.";
  std::string summary = sections::Summarize({Make(SectionKind::kIntro, text)});
  CHECK(summary.size() <= sections::kSummaryBudget + 3);
  CHECK(summary.substr(summary.size() - 3) == "\xE2\x80\xA6");
  CHECK(summary.substr(0, 10) == "word word ");
}

TEST_CASE("without an introduction the summary is empty", "[summary]") {
  CHECK(sections::Summarize({Make(SectionKind::kBenefits, "Free lunch."),
                   Make(SectionKind::kResponsibilities, "You will run payroll.")}).empty());
  CHECK(sections::Summarize({Make(SectionKind::kAboutCompany, "Acme makes anvils."),
                   Make(SectionKind::kRequirements, "You know anvils.")}).empty());
  CHECK(sections::Summarize({Make(SectionKind::kBenefits, "", {"Free lunch"})}).empty());
  CHECK(sections::Summarize({}).empty());
}

TEST_CASE("company details gather every about-the-company section", "[summary]") {
  std::vector<Section> sections = {Make(SectionKind::kAboutCompany, "Acme makes anvils.\n\nSince 1920."),
                                   Make(SectionKind::kBenefits, "Free anvils."),
                                   Make(SectionKind::kAboutCompany, "", {"Offices in Oslo", "Offices in Lima"})};
  CHECK(sections::CompanyDetails(sections) == "Acme makes anvils.\n\nSince 1920.\n\nOffices in Oslo\nOffices in Lima");
  CHECK(sections::CompanyDetails({Make(SectionKind::kIntro, "Hello.")}).empty());
}

}  // namespace
}  // namespace jobpipe
