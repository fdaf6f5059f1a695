// LinkedIn's run-together list items: where a lost line break is found and
// where a capital inside a word is the word's own.
#include "parse/text/run_together.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "parse/text/camel_case.h"

namespace jobpipe::text {
namespace {

// The line cut at every lost break, parts joined by " | ".
std::string Cut(const std::string& line) {
  std::string out;
  std::size_t from = 0;
  for (const LostBreak& lost : FindLostBreaks(line)) {
    out += line.substr(from, lost.at - from) + " | ";
    from = lost.at;
  }
  return out + line.substr(from);
}

std::string Joined(const std::vector<std::string>& segments) {
  std::string out;
  for (const std::string& segment : segments) out += (out.empty() ? "" : " | ") + segment;
  return out;
}

}  // namespace

TEST_CASE("run together: lost breaks are found") {
  const std::pair<const char*, const char*> cases[] = {
      {"its portfolioOrganize and lead", "its portfolio | Organize and lead"},
      {"in open sourceA proven understanding", "in open source | A proven understanding"},
      {"Kubernetes, etc.)Experience with public clouds",
       "Kubernetes, etc.) | Experience with public clouds"},
      {"for the cloud.Experience with", "for the cloud. | Experience with"},
      {"remotely since 2004!Personal learning", "remotely since 2004! | Personal learning"},
      {"USD 2,000 per yearAnnual review", "USD 2,000 per year | Annual review"},
      {"ready?Apply today", "ready? | Apply today"},
      {"detail-oriented;You speak German", "detail-oriented; | You speak German"},
      {"Employee Assistance ProgrammeOpportunity to travel",
       "Employee Assistance Programme | Opportunity to travel"},
      {"open-sourceA proven record", "open-source | A proven record"},
      {"solid experienceLinkedIn knowledge", "solid experience | LinkedIn knowledge"},
      {"good with AWSExperience in Go", "good with AWSExperience in Go"},  // caps runs: never split
      {"une équipe prêteÉtudes supérieures", "une équipe prête | Études supérieures"},
  };
  for (const auto& [line, expected] : cases) {
    INFO(line);
    CHECK(Cut(line) == expected);
  }
}

TEST_CASE("run together: camel-case words and protected spots are not breaks") {
  const char* lines[] = {
      "Grow our LinkedIn and YouTube presence",
      "DevOps, MLOps, DevSecOps and FinOps practices",
      "Apps for iPhone, iOS, macOS and the iPhoneX",
      "JavaScript, TypeScript, GitHub, GitLab, PyTorch, TensorFlow",
      "OpenAI, PowerPoint, McKinsey, McDonald's, eBay, PayPal",
      "WordPress, PostgreSQL, SharePoint, QuickBooks, HubSpot",
      "DynamoDB, BigQuery, GraphQL, NetSuite, FastAPI, NumPy, SciPy",
      "Hooks like useState, onClick handlers and getElementById calls",
      "Call `fetchUserData` or `some_snake_case` from code",
      "See https://example.com/jobs?currentJobId=1 and www.ExampleSite.com/AboutUs",
      "Mail Jane.Doe@Example.com or follow #TeamAcmeCorp and @JaneDoe",
      "e.g.Python, i.e.Go, U.S.Army, Dr.Smith and vs.Rust",
      "Version 2.5 of ASP.NET, VB.NET, C#.NET, Node.JS and Socket.IO",
      "Support 3D, 5G, 4K, B2B and 401K plans",
      "Names like DeShawn, LaToya and MacArthur",
      "Markdown [link text](https://x.example/SomePath/OtherPart) stays",
      "R&amp;D teams",
      "Normal sentence. Another sentence! A question? Yes.",
      "A theiPhone owner and an eCommerce store",
      "Ein Studium an einer (Fach-)Hochschule oder eine (Online-)Marketing Ausbildung",
  };
  for (const char* line : lines) {
    INFO(line);
    CHECK(FindLostBreaks(line).empty());
  }
}

TEST_CASE("run together: an item that ends with a camel-case name") {
  // The name is whole, the next item starts after it.
  RunTogether list = SplitRunTogether(
      "Familiarity with contrastive modelsContributions to open source ML tooling on GitHubExperience with "
      "WordPress is not needed");
  CHECK(Joined(list.segments) ==
        "Familiarity with contrastive models | Contributions to open source ML tooling on GitHub | Experience with "
        "WordPress is not needed");
  list = SplitRunTogether(
      "Experience in retail, FMCG or eCommerceKnowledge of LookML or another semantic layerYou have worked with "
      "customers");
  CHECK(Joined(list.segments) ==
        "Experience in retail, FMCG or eCommerce | Knowledge of LookML or another semantic layer | You have worked "
        "with customers");
  // "officeLearning" is "office" + "Learning", not "offic" + "eLearning".
  list = SplitRunTogether(
      "Private health insurance for your familyHybrid working two days a week in our officeLearning budget of "
      "1,500 per year");
  CHECK(Joined(list.segments) ==
        "Private health insurance for your family | Hybrid working two days a week in our office | Learning budget "
        "of 1,500 per year");
}

TEST_CASE("run together: a line of items becomes a list, a paragraph does not") {
  RunTogether list = SplitRunTogether(
      "Conduct one-on-one meetingsIdentify team health indicatorsInteract with the community");
  CHECK(list.is_list);
  CHECK(Joined(list.segments) ==
        "Conduct one-on-one meetings | Identify team health indicators | Interact with the "
        "community");

  // A break after a capitalised word counts when half the breaks are strong.
  RunTogether mixed = SplitRunTogether(
      "5+ years of experience with PythonStrong SQL skills and dbtExperience with Airflow");
  CHECK(mixed.is_list);
  CHECK(Joined(mixed.segments) ==
        "5+ years of experience with Python | Strong SQL skills and dbt | Experience with Airflow");

  // Only two parts: a paragraph, with the space after the sentence put back.
  RunTogether two = SplitRunTogether("We are a great team.Join us to build things");
  CHECK_FALSE(two.is_list);
  CHECK(Joined(two.segments) == "We are a great team. Join us to build things");

  // German capitalises nouns: after a long capitalised word the break is strong.
  RunTogether german = SplitRunTogether(
      "30 Urlaubstage plus 24. und 31. DezemberEin Jahresgehalt zwischen 68.000 und 82.000 € bruttoHybrides "
      "Arbeiten im Büro in Leipzig-PlagwitzDienstrad-Leasing und Deutschlandticket als ZuschussBetriebliche "
      "Altersvorsorge mit 20 % Zuschuss");
  CHECK(german.is_list);
  CHECK(german.segments.size() == 5);

  // Weak breaks only (capitalised product-like words): not a list, unchanged.
  RunTogether weak =
      SplitRunTogether("We use SalesForce, HubSpotX and ZenDeskPro daily with our ClientBase.");
  CHECK_FALSE(weak.is_list);
  CHECK(Joined(weak.segments) ==
        "We use SalesForce, HubSpotX and ZenDeskPro daily with our ClientBase.");

  // Items of one word are not items: a camel identifier list stays text.
  RunTogether code = SplitRunTogether("Use somethingElse, anotherThing, lastOne here");
  CHECK_FALSE(code.is_list);

  // A paragraph of sentences keeps its periods and spaces.
  RunTogether prose = SplitRunTogether("Foo is good. Bar is better. Baz is best.");
  CHECK_FALSE(prose.is_list);
  CHECK(Joined(prose.segments) == "Foo is good. Bar is better. Baz is best.");

  // Inside an item one break after punctuation is enough, a camel step is not.
  CHECK(SplitRunTogether("Be detail-oriented;You speak German well", 2).is_list);
  CHECK_FALSE(SplitRunTogether("Call with a qaLead Partner", 2).is_list);
}

TEST_CASE("run together: the lexicon is the data file") {
  CHECK(IsCamelCaseLexiconWord("LinkedIn"));
  CHECK(IsCamelCaseLexiconWord("PostgreSQL"));
  CHECK(IsCamelCaseLexiconWord("SharePoint"));
  CHECK_FALSE(IsCamelCaseLexiconWord("portfolioOrganize"));
}

TEST_CASE("run together: a megabyte of capitals steps finishes") {
  std::string line;
  for (int i = 0; i < 100000; ++i) line += "wordWord. ";
  line += std::string(500000, 'a') + "B";
  std::string glued;
  for (int i = 0; i < 100000; ++i) glued += "abC.";
  CHECK(FindLostBreaks(line).size() >= 100000);
  CHECK_FALSE(SplitRunTogether(glued).segments.empty());
}

TEST_CASE("run together: an item may end in an acronym and a period") {
  CHECK(Cut("Strong SQL.Experience with a modern data stack") ==
        "Strong SQL. | Experience with a modern data stack");
  CHECK(Cut("Know AWS.Familiarity with Terraform") == "Know AWS. | Familiarity with Terraform");
  // One capital before the dot, or a short word after it: a dotted name.
  CHECK(Cut("served in the U.S.Army for years") == "served in the U.S.Army for years");
  CHECK(Cut("built on ASP.Net and C#.NET") == "built on ASP.Net and C#.NET");
}

TEST_CASE("run together: an item may end in a percentage") {
  CHECK(Cut("Annual bonus of up to 10%Pension contribution of 6%Private health insurance") ==
        "Annual bonus of up to 10% | Pension contribution of 6% | Private health insurance");
  CHECK(Cut("a 100%EU team") == "a 100%EU team");
}

}  // namespace jobpipe::text
