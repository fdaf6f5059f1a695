// Front matter: YAML, TOML and bare "key: value" headers set facts and list
// sections, and never leak into the body.
#include "parse/text/front_matter.h"

#include <catch2/catch.hpp>
#include <string>

#include "core/posting.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

ParsedDocument ParseBody(const std::string& body) {
  Document document;
  document.body = body;
  return ParseText(document);
}

}  // namespace

TEST_CASE("front matter: TOML sets facts, lists become sections after the body") {
  const ParsedDocument parsed = ParseBody(
      "+++\n"
      "author = \"None\"\n"
      "title = \"Data Analyst \"\n"
      "organization = \"Example Org\"\n"
      "location = \"Remote, Ohio\"\n"
      "salary = \"$50,000-$60,000\"\n"
      "link = \"https://jobs.example.org/analyst\"\n"
      "sort_date = \"2023-06-02\"\n"
      "created_at = \"June 2, 2023\"\n"
      "closing_date = \"2023-06-30\"\n"
      "a_job_type = [\"Full Time\"]\n"
      "b_benefits = [\"Dental\",\"Vision\",\n  \"Paid \\\"Leave\\\"\"]\n"
      "tags = [\"data\", \"ohio\"]\n"
      "thumbnail = \"\"\n"
      "+++\n"
      "Example Org seeks a Data Analyst who will work with the research team on many things.\n");
  CHECK(parsed.facts.title == "Data Analyst");
  CHECK(parsed.facts.company == "Example Org");
  CHECK(parsed.facts.location == "Remote, Ohio");
  REQUIRE(parsed.facts.salary);
  CHECK(parsed.facts.salary->text == "$50,000-$60,000");
  CHECK(parsed.facts.url == "https://jobs.example.org/analyst");
  CHECK(parsed.facts.date_posted == "2023-06-02");
  CHECK(parsed.facts.valid_through == "2023-06-30");
  CHECK(parsed.header_lines.empty());
  CHECK(DebugString(parsed.blocks) ==
        "P Example Org seeks a Data Analyst who will work with the research team on many things.\n"
        "H2 Job type\nL0 Full Time\n"
        "H2 Benefits\nL0 Dental\nL0 Vision\nL0 Paid \"Leave\"\n");
}

TEST_CASE("front matter: YAML with block lists and multi-line values") {
  const ParsedDocument parsed = ParseBody(
      "---\n"
      "layout: post\n"
      "title: \"Account Executive\"\n"
      "company: 'Acme''s Shop'\n"
      "date: 2017-10-31 05:48:50 -0400\n"
      "apply_url: https://acme.example/apply # where to apply\n"
      "description: |\n"
      "  A long text that is\n"
      "  not a fact.\n"
      "perks:\n"
      "  - Free coffee\n"
      "  - \"Gym\"\n"
      "categories:\n"
      "  - sales\n"
      "---\n\n"
      "## Responsibilities\n\n* Sell things\n");
  CHECK(parsed.facts.title == "Account Executive");
  CHECK(parsed.facts.company == "Acme's Shop");
  CHECK(parsed.facts.date_posted == "2017-10-31");
  CHECK(parsed.facts.apply_url == "https://acme.example/apply");
  CHECK(DebugString(parsed.blocks) ==
        "H2 Responsibilities\nL0 Sell things\nH2 Perks\nL0 Free coffee\nL0 Gym\n");
}

TEST_CASE("front matter: a page without a body of its own keeps the posting in a nested block") {
  const ParsedDocument parsed = ParseBody(
      "---\n"
      "templateKey: index-page\n"
      "companyName: Brandt Gartenbau\n"
      "links:\n"
      "  - label: Kontakt\n"
      "    path: /about\n"
      "infoBox:\n"
      "  showInfoBox: true\n"
      "  text: >-\n"
      "    Wir suchen Dich als Gärtner (m/w/d) für unsere Baumschule.\n"
      "\n"
      "\n"
      "    Deine Aufgaben:\n"
      "\n"
      "\n"
      "    - Pflanzen pflegen\n"
      "\n"
      "    - Kunden beraten\n"
      "  title: Wir suchen dich!\n"
      "---\n\n");
  CHECK(parsed.facts.company == "Brandt Gartenbau");  // "companyName" = "company_name"
  CHECK(DebugString(parsed.blocks) ==
        "P Wir suchen Dich als Gärtner (m/w/d) für unsere Baumschule.\nH0 Deine Aufgaben\nL0 Pflanzen pflegen\n"
        "L0 Kunden beraten\n");
  // With a body of its own, the block stays a front matter value.
  const ParsedDocument with_body = ParseBody(
      "---\ndescription: |\n  A summary of the job that the page repeats below in more words.\n"
      "  It runs over two lines and more than eighty characters.\n---\n\n"
      "## Responsibilities\n\n* Water the plants every morning before the shop opens\n* Advise customers\n");
  CHECK(DebugString(with_body.blocks) ==
        "H2 Responsibilities\nL0 Water the plants every morning before the shop opens\nL0 Advise customers\n");
}

TEST_CASE("front matter: a bare header of known keys") {
  const ParsedDocument parsed = ParseBody(
      "Title: Nurse\nCompany: General Hospital\nLocation: Leeds\n\nWe are hiring a nurse to join "
      "our ward team now.\n");
  CHECK(parsed.facts.title == "Nurse");
  CHECK(parsed.facts.company == "General Hospital");
  CHECK(parsed.facts.location == "Leeds");
  CHECK(DebugString(parsed.blocks) == "P We are hiring a nurse to join our ward team now.\n");

  // One line, or an unknown key: body text, not front matter.
  CHECK(ParseBody("Location: Leeds\n\nWe are hiring a nurse, today.\n").facts.location ==
        std::nullopt);
  CHECK_FALSE(text::ExtractFrontMatter("Title: Nurse\nMood: happy\n\nText.\n").found);
}

TEST_CASE("front matter: unterminated or absent") {
  const ParsedDocument parsed = ParseBody("---\ntitle: Lost\n\nSome text without an end, here.\n");
  CHECK_FALSE(parsed.facts.title);
  CHECK(parsed.warnings ==
        std::vector<std::string>{"front matter: no closing '---'; read as text"});
  CHECK_FALSE(text::ExtractFrontMatter("Just a posting.\n").found);
  CHECK_FALSE(text::ExtractFrontMatter("").found);
  CHECK(text::HumanizeKey("b_benefits") == "Benefits");
  CHECK(text::HumanizeKey("a_job_type") == "Job type");
  CHECK(text::HumanizeKey("perks-and-benefits") == "Perks and benefits");
}

}  // namespace jobpipe
