// The dumps of core/posting_dump.h on values made by hand: every field is
// written, and a value with line breaks, quotes or controls stays one line.
#include "core/posting_dump.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace jobpipe {
namespace {

TEST_CASE("dump values: escapes keep one value on one line and the rest as written", "[dump]") {
  struct Case {
    std::string in, escaped, quoted;
  } cases[] = {
      {"Café – 5 €, 東京", "Café – 5 €, 東京", "\"Café – 5 €, 東京\""},
      {"two\n\nparagraphs", "two\\n\\nparagraphs", "\"two\\n\\nparagraphs\""},
      {"tab\there\r", "tab\\there\\r", "\"tab\\there\\r\""},
      {"C:\\Tools \"x\"", "C:\\\\Tools \"x\"", "\"C:\\\\Tools \\\"x\\\"\""},
      {"\x1b[2Jbell\x07", "\\x1B[2Jbell\\x07", "\"\\x1B[2Jbell\\x07\""},
      {"a\xe2\x80\xa8"
       "b\xe2\x80\xa9"
       "c",
       "a\\u2028b\\u2029c", "\"a\\u2028b\\u2029c\""},
      {"evil\xe2\x80\xae"
       "txt",
       "evil\\u202Etxt", "\"evil\\u202Etxt\""},
      {"\xc2\x85next line", "\\u0085next line", "\"\\u0085next line\""},
      {"", "", "\"\""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(DumpEscaped(c.in) == c.escaped);
    CHECK(DumpQuoted(c.in) == c.quoted);
  }
}

TEST_CASE("dump blocks: one line a block, its text escaped", "[dump]") {
  CHECK(DebugString(std::vector<Block>{{BlockType::kHeading, "Profil", 2},
                                       {BlockType::kParagraph, "Pfad: C:\\jobs\nneu", 0},
                                       {BlockType::kListItem, "Python", 1}}) ==
        "H2 Profil\nP Pfad: C:\\\\jobs\\nneu\nL1 Python\n");
}

TEST_CASE("dump sections: kind, the heading only when there is one, prose, items", "[dump]") {
  std::vector<Section> sections(3);
  sections[0] = {SectionKind::kIntro, std::nullopt, "We bake.\n\nWe deliver.", {}};
  sections[1] = {SectionKind::kRequirements, "Profil \"A\"", "", {"Führerschein", "Deutsch"}};
  sections[2] = {SectionKind::kOther, "", "", {}};
  CHECK(DebugString(sections) ==
        "section intro\n"
        "  text \"We bake.\\n\\nWe deliver.\"\n"
        "section requirements \"Profil \\\"A\\\"\"\n"
        "  item \"Führerschein\"\n"
        "  item \"Deutsch\"\n"
        "section other \"\"\n");
  CHECK(DebugString(std::vector<Section>{}).empty());
}

TEST_CASE("dump facts: every field in order, null when unknown, salary parts", "[dump]") {
  const std::string unknown =
      "url null\ncompany null\ncompany_url null\ntitle null\nlocation null\nworkplace null\n"
      "employment_type null\nsalary null\ndate_posted null\nposted_ago null\nvalid_through null\n"
      "seniority null\ndepartment null\napply_url null\nlanguage null\nidentifier null\n";
  CHECK(DebugString(Facts{}) == unknown);

  Facts facts;
  facts.url = "https://jobs.example/1";
  facts.company = "Spedition Albrecht GmbH";
  facts.company_url = "https://albrecht.example";
  facts.title = "Fahrer\tC/CE";
  facts.location = "Bremen";
  facts.workplace = "onsite";
  facts.employment_type = "full_time";
  facts.salary = Salary{"2.900 € brutto im Monat", 2900, std::nullopt, "EUR", "month"};
  facts.date_posted = "2026-02-27";
  facts.posted_ago = "3 days ago";
  facts.valid_through = "2026-04-30";
  facts.seniority = "entry";
  facts.department = "Logistik";
  facts.apply_url = "https://jobs.example/1/apply";
  facts.language = "de";
  facts.identifier = "LOG-7";
  CHECK(DebugString(facts) ==
        "url \"https://jobs.example/1\"\n"
        "company \"Spedition Albrecht GmbH\"\n"
        "company_url \"https://albrecht.example\"\n"
        "title \"Fahrer\\tC/CE\"\n"
        "location \"Bremen\"\n"
        "workplace \"onsite\"\n"
        "employment_type \"full_time\"\n"
        "salary \"2.900 € brutto im Monat\"\n"
        "  min 2900\n"
        "  max null\n"
        "  currency \"EUR\"\n"
        "  period \"month\"\n"
        "date_posted \"2026-02-27\"\n"
        "posted_ago \"3 days ago\"\n"
        "valid_through \"2026-04-30\"\n"
        "seniority \"entry\"\n"
        "department \"Logistik\"\n"
        "apply_url \"https://jobs.example/1/apply\"\n"
        "language \"de\"\n"
        "identifier \"LOG-7\"\n");
}

TEST_CASE("dump salary amounts: the shortest decimal, never an exponent", "[dump]") {
  Facts facts;
  facts.salary = Salary{"", 1200000, 12.5, std::nullopt, std::nullopt};
  const std::string dump = DebugString(facts);
  CHECK(dump.find("salary \"\"\n  min 1200000\n  max 12.5\n  currency null\n  period null\n") !=
        std::string::npos);
}

TEST_CASE("dump skills: name, count, the kinds of section in their order", "[dump]") {
  CHECK(DebugString(std::vector<SkillDetail>{{"Python", {"requirements", "preferred"}, 2},
                                             {"C++", {"elsewhere"}, 1}}) ==
        "skill \"Python\" count 2 sections requirements preferred\n"
        "skill \"C++\" count 1 sections elsewhere\n");
}

}  // namespace
}  // namespace jobpipe
