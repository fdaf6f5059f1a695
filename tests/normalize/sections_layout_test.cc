// Section building on the odd layouts real pages produce: paragraphs styled
// as headings, lists written as lines, lead lines run into items, "aside"
// sections, employer taglines opening an introduction. Invented postings.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize/sections/sections.h"
#include "tests/normalize/sections_dump_test.h"

namespace jobpipe {
namespace {

using sections_test::Dump;
using sections_test::H;
using sections_test::L;
using sections_test::P;

TEST_CASE("a long heading block is prose", "[sections]") {
  CHECK(Dump({H("About the company"),
              H("Globex has made garden tools since 1950 and sells them in forty countries through its own "
                "shops and a network of partners.")}) ==
        std::vector<std::string>{"about_company|About the company|Globex has made garden tools since 1950 and sells "
                                 "them in forty countries through its own shops and a network of partners.|"});
}

TEST_CASE("with sort_prose_in_structured_postings, an employer tagline opening the intro is about the company",
          "[sections]") {
  sections::SectionOptions options;
  options.sort_prose_in_structured_postings = true;
  std::vector<Block> blocks = {H("Overview"), P("We help bakeries sell bread online."),
                               P("As our first designer, you will own the app."), H("Tasks"), L("Draw screens"),
                               H("About us"), P("Ten people in Porto.")};
  CHECK(Dump(blocks)[0] == "intro|Overview|We help bakeries sell bread online.\n\nAs our first designer, you will "
                           "own the app.|");
  CHECK(Dump(blocks, options) ==
        std::vector<std::string>{"about_company|-|We help bakeries sell bread online.|",
                                 "intro|Overview|As our first designer, you will own the app.|",
                                 "responsibilities|Tasks||Draw screens", "about_company|About us|Ten people in Porto.|"});
}

TEST_CASE("aside headings stay other whatever their lists say", "[sections]") {
  CHECK(Dump({H("Our values"), L("Build trust"), L("Own outcomes"), L("Share knowledge")}) ==
        std::vector<std::string>{"other|Our values||Build trust;Own outcomes;Share knowledge"});
  // A generic container is classified by its content.
  CHECK(Dump({H("Additional information"), L("Health insurance"), L("Paid parental leave"), L("Gym membership")}) ==
        std::vector<std::string>{"benefits|Additional information||Health insurance;Paid parental leave;Gym "
                                 "membership"});
}

TEST_CASE("a list written as one-line paragraphs becomes items", "[sections]") {
  CHECK(Dump({H("Profile"), P("Degree in chemistry"), P("Two years in a lab"), P("Fluent Portuguese")}) ==
        std::vector<std::string>{"requirements|Profile||Degree in chemistry;Two years in a lab;Fluent Portuguese"});
  // Real prose stays prose.
  CHECK(Dump({H("Profile"), P("You have a degree in chemistry. You like labs."), P("Short line")}) ==
        std::vector<std::string>{"requirements|Profile|You have a degree in chemistry. You like labs.\n\nShort line|"});
}

TEST_CASE("a short line right above a list is its heading", "[sections]") {
  CHECK(Dump({H("Tasks"), L("Plan sprints"), P("Who we are looking for"), L("A scrum master")}) ==
        std::vector<std::string>{"responsibilities|Tasks||Plan sprints",
                                 "requirements|Who we are looking for||A scrum master"});
}

TEST_CASE("French elision separates words, English contractions join them", "[sections]") {
  CHECK(Dump({P("Nous nous engageons pour l'égalité des chances.")}) ==
        std::vector<std::string>{"equal_opportunity|-|Nous nous engageons pour l'égalité des chances.|"});
}

TEST_CASE("a site's wrapper heading at the top is no heading of the intro", "[sections]") {
  CHECK(Dump({H("Full job description"), P("Kiln & Co. fires pottery for restaurants."), H("Benefits"),
              L("Free mugs")}) ==
        std::vector<std::string>{"intro|-|Kiln & Co. fires pottery for restaurants.|", "benefits|Benefits||Free mugs"});
}

TEST_CASE("emoji and markdown marks are trimmed from headings", "[sections]") {
  CHECK(Dump({H("\xF0\x9F\xA7\xA0 What we're looking for \xE2\x9C\xA8"), L("Patience")}) ==
        std::vector<std::string>{"requirements|What we're looking for||Patience"});
}

TEST_CASE("application instructions closing a list are how to apply", "[sections]") {
  CHECK(Dump({H("Ofrecemos"), L("Seguro médico"), P("Si te interesa, envía tu CV a rrhh@example.com.")}) ==
        std::vector<std::string>{"benefits|Ofrecemos||Seguro médico",
                                 "how_to_apply|-|Si te interesa, envía tu CV a rrhh@example.com.|"});
}

TEST_CASE("a long heading ending in a colon leads the list under it", "[sections]") {
  CHECK(Dump({P("We fix roofs."), H("To do well here you will need:"), L("A driving licence"), L("Good boots")}) ==
        std::vector<std::string>{"intro|-|We fix roofs.|",
                                 "requirements|-|To do well here you will need:|A driving licence;Good boots"});
}

TEST_CASE("deep nesting and long lists are handled without recursion", "[sections]") {
  std::vector<Block> blocks = {H("Responsibilities")};
  for (int level = 0; level < 10000; ++level) blocks.push_back(L("Nested task " + std::to_string(level), level));
  for (int i = 0; i < 2000; ++i) blocks.push_back(L("Flat task " + std::to_string(i)));
  std::vector<Section> sections = sections::BuildSections(blocks, nullptr);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].items.size() == 12000);
  CHECK(sections::BuildSections({P(std::string(200000, 'a') + ". " + std::string(200000, 'b') + ".")}, nullptr).size() == 1);
}

TEST_CASE("Indeed's footer fact lines are facts, its short lines under a heading items", "[sections]") {
  CHECK(Dump({H("Benefits"), P("Dental insurance"), P("Paid time off"), P("Vision insurance"), P("Job Type: Full-time"),
              P("Pay: $19.50 - $22.00 per hour"), H("Schedule"), P("10 hour shift"), P("Night shift"),
              P("Work Location: In person")}) ==
        std::vector<std::string>{"benefits|Benefits||Dental insurance;Paid time off;Vision insurance",
                                 "other|Schedule||10 hour shift;Night shift"});
  // Sentences under such a heading stay text.
  CHECK(Dump({H("Schedule"), P("Sunday to Wednesday, 6 PM to 4:30 AM."), P("Overtime is paid.")}) ==
        std::vector<std::string>{"other|Schedule|Sunday to Wednesday, 6 PM to 4:30 AM.\n\nOvertime is paid.|"});
}

TEST_CASE("a 'Label: value' line of an aside kind ends a list section", "[sections]") {
  CHECK(Dump({H("Requirements"), P("Degree in law"), P("Bar admission"), P("Good Spanish"),
              P("Location: Madrid")}) ==
        std::vector<std::string>{"requirements|Requirements||Degree in law;Bar admission;Good Spanish",
                                 "other|Location|Madrid|"});
}

TEST_CASE("what-you'll-do prose ahead of the real task list is the introduction", "[sections]") {
  CHECK(Dump({H("What you'll do"), P("We need someone to tame our data pipelines."), H("Requirements"),
              L("SQL"), H("Your tasks"), L("Write dbt models"), L("Review dashboards")}) ==
        std::vector<std::string>{"intro|What you'll do|We need someone to tame our data pipelines.|",
                                 "requirements|Requirements||SQL",
                                 "responsibilities|Your tasks||Write dbt models;Review dashboards"});
}

TEST_CASE("an item that reads as a heading heads the items after it", "[sections]") {
  CHECK(Dump({L("Your day includes:"), L("Triage alerts"), L("Patch servers"), L("We offer:"), L("Free lunch"),
              L("Bike lease")}) ==
        std::vector<std::string>{"responsibilities|Your day includes||Triage alerts;Patch servers",
                                 "benefits|We offer||Free lunch;Bike lease"});
}

TEST_CASE("a lead line run into the last item is split off", "[sections]") {
  CHECK(Dump({H("Tasks"), L("Plan sprints"), L("Coach the teamNice to have:"), L("Scrum certificate")}) ==
        std::vector<std::string>{"responsibilities|Tasks||Plan sprints;Coach the team",
                                 "preferred|Nice to have||Scrum certificate"});
}

TEST_CASE("a long lead line names the kind when the items do not", "[sections]") {
  CHECK(Dump({P("Le poste regroupe plusieurs missions pour la personne qui rejoindra notre petite équipe :"),
              L("Infogérance"), L("Formations"), L("Chiffrages")}) ==
        std::vector<std::string>{"responsibilities|-|Le poste regroupe plusieurs missions pour la personne qui "
                                 "rejoindra notre petite équipe :|Infogérance;Formations;Chiffrages"});
}

TEST_CASE("prose that mentions discrimination is not an equal-opportunity statement", "[sections]") {
  std::vector<std::string> dump =
      Dump({P("The Bureau is the agency that investigates housing discrimination in the county. It runs "
              "hearings, publishes reports and trains landlords. Its staff of forty works from two offices.")});
  REQUIRE(!dump.empty());
  CHECK(dump[0].rfind("equal_opportunity", 0) != 0);
}

}  // namespace
}  // namespace jobpipe
