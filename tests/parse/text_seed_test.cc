// The user's own LinkedIn paste (fixtures/seed/): header card, headings and
// the four run-together lists, each item exactly one of the posting's.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/posting.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

ParsedDocument ParseSeed() {
  std::ifstream in(JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt",
                   std::ios::binary);
  std::stringstream body;
  body << in.rdbuf();
  Document document;
  document.body = body.str();
  return ParseText(document);
}

// The items that follow the heading `heading` (after its paragraphs).
std::vector<std::string> ItemsUnder(const ParsedDocument& parsed, const std::string& heading) {
  std::vector<std::string> items;
  bool inside = false;
  for (const Block& block : parsed.blocks) {
    if (block.type == BlockType::kHeading) {
      if (inside) break;
      inside = block.text == heading;
    } else if (inside && block.type == BlockType::kListItem) {
      CHECK(block.level == 0);
      items.push_back(block.text);
    }
  }
  return items;
}

}  // namespace

TEST_CASE("text seed: header card and facts") {
  const ParsedDocument parsed = ParseSeed();
  REQUIRE(parsed.header_lines.size() == 2);
  CHECK(parsed.header_lines[0] == "https://www.linkedin.com/jobs/search/?currentJobId=4125010828");
  CHECK(parsed.header_lines[1] == "Engineering Manager - MLOps & Analytics");
  CHECK(parsed.facts.url == "https://www.linkedin.com/jobs/search/?currentJobId=4125010828");
  REQUIRE_FALSE(parsed.blocks.empty());
  CHECK(DebugString({parsed.blocks.front()}) ==
        "H0 The role of an Engineering Manager at Canonical\n");
}

TEST_CASE("text seed: headings in order") {
  const ParsedDocument parsed = ParseSeed();
  std::vector<std::string> headings;
  for (const Block& block : parsed.blocks) {
    if (block.type == BlockType::kHeading) headings.push_back(block.text);
  }
  CHECK(headings == std::vector<std::string>{
                        "The role of an Engineering Manager at Canonical",
                        "What your day will look like",
                        "What we are looking for in you",
                        "Additional skills that you might also bring",
                        "What we offer you",
                        "About Canonical",
                        "Canonical is an equal opportunity employer",
                    });
}

TEST_CASE("text seed: what your day will look like, 9 items") {
  CHECK(ItemsUnder(ParseSeed(), "What your day will look like") ==
        std::vector<std::string>{
            "Manage a distributed team of engineers and its MLOps/Analytics portfolio",
            "Organize and lead the team's processes in order to help it achieve its objectives",
            "Conduct one-on-one meetings with team members",
            "Identify and measure team health indicators",
            "Interact with a vibrant community",
            "Review code produced by other engineers",
            "Attend conferences to represent Canonical and its MLOps solutions",
            "Mentor and grow your direct reports, helping them achieve their professional goals",
            "Work from home with global travel for 2 to 4 weeks per year for internal and external "
            "events",
        });
}

TEST_CASE("text seed: what we are looking for in you, 6 items") {
  CHECK(ItemsUnder(ParseSeed(), "What we are looking for in you") ==
        std::vector<std::string>{
            "A proven track record of professional experience of software delivery",
            "Professional python development experience, preferably with a track record in open "
            "source",
            "A proven understanding of the machine learning space, its challenges and "
            "opportunities to improve",
            "Experience designing and implementing MLOps solutions",
            "An exceptional academic track record from both high school and preferably university",
            "Willingness to travel up to 4 times a year for internal events",
        });
}

TEST_CASE("text seed: additional skills, intro paragraph then 10 items") {
  const ParsedDocument parsed = ParseSeed();
  const std::string dump = DebugString(parsed.blocks);
  CHECK(dump.find("H0 Additional skills that you might also bring\n"
                  "P The following skills may be helpful to you in the role, but we don't expect "
                  "everyone to bring all of them.\n"
                  "L0 Hands-on experience") != std::string::npos);
  CHECK(ItemsUnder(parsed, "Additional skills that you might also bring") ==
        std::vector<std::string>{
            "Hands-on experience with machine learning libraries, or tools.",
            "Proven track record of building highly automated machine learning solutions for the "
            "cloud.",
            "Experience with building machine learning models",
            "Experience with container technologies (Docker, LXD, Kubernetes, etc.)",
            "Experience with public clouds (AWS, Azure, Google Cloud)",
            "Experience in the Linux and open-source software world",
            "Working knowledge of cloud computing",
            "Passionate about software quality and testing",
            "Experience working on a distributed team on an open source project -- even if that is "
            "community open source contributions.",
            "Demonstrated track record of Open Source contributions",
        });
}

TEST_CASE("text seed: what we offer you, paragraph then 9 items") {
  const ParsedDocument parsed = ParseSeed();
  const std::string dump = DebugString(parsed.blocks);
  CHECK(dump.find("H0 What we offer you\nP We consider geographical location") !=
        std::string::npos);
  CHECK(ItemsUnder(parsed, "What we offer you") ==
        std::vector<std::string>{
            "Distributed work environment with twice-yearly team sprints in person - we've been "
            "working remotely since 2004!",
            "Personal learning and development budget of USD 2,000 per year",
            "Annual compensation review",
            "Recognition rewards",
            "Annual holiday leave",
            "Maternity and paternity leave",
            "Employee Assistance Programme",
            "Opportunity to travel to new locations to meet colleagues from your team and others",
            "Priority Pass for travel and travel upgrades for long haul company events",
        });
}

TEST_CASE("text seed: prose stays paragraphs") {
  const ParsedDocument parsed = ParseSeed();
  std::size_t paragraphs = 0;
  for (const Block& block : parsed.blocks) paragraphs += block.type == BlockType::kParagraph;
  // Five about the role, the location line, the skills intro, the offer
  // intro, two about Canonical, one under the equal opportunity heading.
  CHECK(paragraphs == 11);
}

}  // namespace jobpipe
