// The user's own LinkedIn paste (fixtures/seed), the posting every record
// must get right: through the real text parser, and as blocks built here so
// that section building is pinned down whatever the parser does.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/sections/sections.h"
#include "normalize/sections/summary.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

Block H(const std::string& text) { return {BlockType::kHeading, text, 0}; }
Block P(const std::string& text) { return {BlockType::kParagraph, text, 0}; }
Block L(const std::string& text) { return {BlockType::kListItem, text, 0}; }

std::vector<Section> SeedThroughParser() {
  std::ifstream in(std::string(JOBPIPE_FIXTURES_DIR) + "/seed/linkedin-paste-canonical-em-mlops.txt");
  std::stringstream body;
  body << in.rdbuf();
  Document document;
  document.body = body.str();
  document.format = "text";
  REQUIRE(!document.body.empty());
  return sections::BuildSections(ParseText(document).blocks, nullptr);
}

void CheckSeedShape(const std::vector<Section>& sections) {
  REQUIRE(sections.size() == 7);
  const auto check = [&](size_t i, SectionKind kind, const char* heading, size_t items) {
    INFO("section " << i);
    CHECK(sections[i].kind == kind);
    CHECK(sections[i].heading == std::optional<std::string>(heading));
    CHECK(sections[i].items.size() == items);
  };
  check(0, SectionKind::kIntro, "The role of an Engineering Manager at Canonical", 0);
  check(1, SectionKind::kResponsibilities, "What your day will look like", 9);
  check(2, SectionKind::kRequirements, "What we are looking for in you", 6);
  check(3, SectionKind::kPreferred, "Additional skills that you might also bring", 10);
  check(4, SectionKind::kBenefits, "What we offer you", 9);
  check(5, SectionKind::kAboutCompany, "About Canonical", 0);
  check(6, SectionKind::kEqualOpportunity, "Canonical is an equal opportunity employer", 0);
  // Lead sentences are text, never items.
  CHECK(sections[3].text.rfind("The following skills may be helpful to you in the role", 0) == 0);
  CHECK(sections[4].text.rfind("We consider geographical location, experience, and performance", 0) == 0);
  CHECK(sections[0].text.find("Location: This is a Globally remote role.") != std::string::npos);
  CHECK(sections[2].items[1] ==
        "Professional python development experience, preferably with a track record in open source");
}

TEST_CASE("seed paste through the text parser gives the seven sections", "[sections][seed]") {
  std::vector<Section> sections = SeedThroughParser();
  CheckSeedShape(sections);
  CHECK(sections[1].items.front() == "Manage a distributed team of engineers and its MLOps/Analytics portfolio");
  CHECK(sections[3].items.back() == "Demonstrated track record of Open Source contributions");
  CHECK(sections[4].items.back() == "Priority Pass for travel and travel upgrades for long haul company events");
  CHECK(sections::Summarize(sections) ==
        "As an Engineering Manager at Canonical, you must be technically strong, but your main responsibility is "
        "to run an effective team and develop the colleagues you manage. You will develop and review code as a "
        "leader, while at the same time staying aware of that the best way to improve the product is to ensure "
        "that the whole team is focused, productive and unblocked.");
  CHECK(sections::CompanyDetails(sections).rfind("Canonical is a pioneering tech firm", 0) == 0);
}

TEST_CASE("seed blocks built by hand give the seven sections", "[sections][seed]") {
  std::vector<Block> blocks = {
      H("The role of an Engineering Manager at Canonical"),
      P("As an Engineering Manager at Canonical, you must be technically strong."),
      P("You will collaborate closely with other Engineering Managers."),
      P("Location: This is a Globally remote role."),
      H("What your day will look like"),
  };
  for (const char* item : {"Manage a distributed team", "Organize and lead the team's processes",
                           "Conduct one-on-one meetings", "Identify and measure team health indicators",
                           "Interact with a vibrant community", "Review code produced by other engineers",
                           "Attend conferences", "Mentor and grow your direct reports", "Work from home"}) {
    blocks.push_back(L(item));
  }
  blocks.push_back(H("What we are looking for in you"));
  for (const char* item : {"A proven track record of software delivery",
                           "Professional python development experience, preferably with a track record in open "
                           "source",
                           "A proven understanding of the machine learning space", "Experience designing MLOps",
                           "An exceptional academic track record", "Willingness to travel"}) {
    blocks.push_back(L(item));
  }
  blocks.push_back(H("Additional skills that you might also bring"));
  blocks.push_back(P("The following skills may be helpful to you in the role, but we don't expect everyone to "
                     "bring all of them."));
  for (const char* item : {"Hands-on experience with machine learning libraries, or tools.", "Automation",
                           "Experience with building machine learning models", "Containers", "Public clouds",
                           "Linux", "Working knowledge of cloud computing", "Passionate about software quality",
                           "Distributed teams", "Open Source contributions"}) {
    blocks.push_back(L(item));
  }
  blocks.push_back(H("What we offer you"));
  blocks.push_back(P("We consider geographical location, experience, and performance in shaping compensation."));
  for (const char* item : {"Distributed work environment", "Learning budget", "Annual compensation review",
                           "Recognition rewards", "Annual holiday leave", "Maternity and paternity leave",
                           "Employee Assistance Programme", "Opportunity to travel", "Priority Pass"}) {
    blocks.push_back(L(item));
  }
  blocks.push_back(H("About Canonical"));
  blocks.push_back(P("Canonical is a pioneering tech firm."));
  blocks.push_back(H("Canonical is an equal opportunity employer"));
  blocks.push_back(P("We are proud to foster a workplace free from discrimination."));
  CheckSeedShape(sections::BuildSections(blocks, nullptr));
}

}  // namespace
}  // namespace jobpipe
