// Pasted text to blocks: list markers, nesting, soft wraps, paragraphs.
// Each case is input text -> DebugString of the blocks.
#include <catch2/catch.hpp>
#include <string>

#include "core/posting.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

std::string BlocksOf(const std::string& body) {
  Document document;
  document.body = body;
  return DebugString(ParseText(document).blocks);
}

struct Case {
  const char* name;
  const char* input;
  const char* expected;
};

void RunTable(const Case* cases, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    INFO(cases[i].name);
    CHECK(BlocksOf(cases[i].input) == cases[i].expected);
  }
}

}  // namespace

TEST_CASE("text: every list marker") {
  const Case cases[] = {
      {"dash", "Intro line that is a sentence.\n\n- one\n- two\n",
       "P Intro line that is a sentence.\nL0 one\nL0 two\n"},
      {"star", "* one\n* two\n", "L0 one\nL0 two\n"},
      {"plus with tab", "+\tone\n+\ttwo\n", "L0 one\nL0 two\n"},
      {"bullet", "• one\n• two\n", "L0 one\nL0 two\n"},
      {"bullet without space", "•one\n•two\n", "L0 one\nL0 two\n"},
      {"middle dot", "· one\n· two\n", "L0 one\nL0 two\n"},
      {"bullet inside a wholly bold line", "**Why join?**\n\n**·      Real customers.**\n\n**·  Equity.**\n",
       "H0 Why join?\nL0 Real customers.\nL0 Equity.\n"},
      {"small square", "▪ one\n▪ two\n", "L0 one\nL0 two\n"},
      {"white bullet", "◦ one\n◦ two\n", "L0 one\nL0 two\n"},
      {"en dash", "– one\n– two\n", "L0 one\nL0 two\n"},
      {"em dash", "— one\n— two\n", "L0 one\nL0 two\n"},
      {"pointer", "► one\n► two\n", "L0 one\nL0 two\n"},
      {"check", "✓ one\n✓ two\n", "L0 one\nL0 two\n"},
      {"heavy check", "✔ one\n✔️ two\n", "L0 one\nL0 two\n"},
      {"emoji check", "✅ one\n✅ two\n", "L0 one\nL0 two\n"},
      {"emoji pointing", "👉 one\n👉 two\n", "L0 one\nL0 two\n"},
      {"numbered dot", "1. one\n2. two\n10. ten\n", "L0 one\nL0 two\nL0 ten\n"},
      {"numbered paren", "1) one\n2) two\n", "L0 one\nL0 two\n"},
      {"letter paren", "a) one\nb) two\n", "L0 one\nL0 two\n"},
      {"parenthesised letter", "(a) one\n(b) two\n", "L0 one\nL0 two\n"},
      {"roman", "i. one\nii. two\niii. three\n", "L0 one\nL0 two\nL0 three\n"},
      {"ideographic comma", "1、负责前端设计\n2、参与架构建设\n", "L0 负责前端设计\nL0 参与架构建设\n"},
      {"full-width dot and digits", "１．サーバー運用\n２．設計\n", "L0 サーバー運用\nL0 設計\n"},
      {"full-width parentheses", "（1）熟悉Java\n（2）本科以上\n", "L0 熟悉Java\nL0 本科以上\n"},
      {"dot straight before Han", "1.负责设计\n2.参与开发\n", "L0 负责设计\nL0 参与开发\n"},
      {"circled numbers", "①設計\n②開発\n", "L0 設計\nL0 開発\n"},
      {"katakana middle dot", "・設計\n・開発\n", "L0 設計\nL0 開発\n"},
      {"not markers", "-5 degrees outside\n\n*emphasis* only\n\n2024 was a year\n",
       "P -5 degrees outside\nP emphasis only\nP 2024 was a year\n"},
      {"not markers without spaces", "1.5 years of work\n\n2)x is not a list\n",
       "P 1.5 years of work\nP 2)x is not a list\n"},
  };
  RunTable(cases, std::size(cases));
}

TEST_CASE("text: long lines pasted without bullets stay apart, a heading phrase under them is a heading") {
  // Lines of 100 to 200 characters are lines as written, not a hard wrap,
  // even when several have about one length.
  const std::string body =
      "The impact you will have\n\n"
      "Work with the analytics team and our partners in product, sales and finance to use data to answer questions\n"
      "Apply statistics and machine learning to the data of our customers to deliver insights and deploy models to production\n"
      "Manage your own projects from the first exploration of the data to presenting what you found to stakeholders\n"
      "What we look for\n"
      "A degree in a quantitative field\n";
  const std::string blocks = BlocksOf(body);
  CHECK(blocks.find("P Work with the analytics team and our partners in product, sales and finance to use data to answer "
                    "questions\nP Apply statistics") != std::string::npos);
  CHECK(blocks.find("\nP Manage your own projects") != std::string::npos);
  CHECK(blocks.find("\nH0 What we look for\n") != std::string::npos);
}

TEST_CASE("text: lines of one width that each start with a capital are a list, not a hard wrap") {
  // Each line would be wrapped into the one before it by width alone; that
  // every line after an unfinished one starts afresh says they are items.
  const std::string body =
      "Nous cherchons une ingénieure ou un ingénieur data pour notre équipe de Lyon.\n\n"
      "Ce que vous apportez\n"
      "Une solide pratique de SQL et de la modélisation des entrepôts de données\n"
      "Connaissance de Python ou de Scala pour les traitements par lots\n"
      "Pratique des outils de versioning (Git, GitLab, Gitea)\n"
      "Expérience d'un outil ETL, idéalement sur un projet en production\n"
      "Goût pour la visualisation des données et le travail en équipe\n";
  CHECK(BlocksOf(body) ==
        "P Nous cherchons une ingénieure ou un ingénieur data pour notre équipe de Lyon.\n"
        "H0 Ce que vous apportez\n"
        "P Une solide pratique de SQL et de la modélisation des entrepôts de données\n"
        "P Connaissance de Python ou de Scala pour les traitements par lots\n"
        "P Pratique des outils de versioning (Git, GitLab, Gitea)\n"
        "P Expérience d'un outil ETL, idéalement sur un projet en production\n"
        "P Goût pour la visualisation des données et le travail en équipe\n");
  // Wrapped German prose starts many lines with a capitalised noun, but not
  // two thirds of them: it stays one paragraph.
  const std::string german =
      "Unser kleines Team entwickelt seit vielen Jahren die Software für die\n"
      "Lagerverwaltung von mittelständischen Händlern in ganz Norddeutschland und\n"
      "betreut die Kunden vom ersten Gespräch bis zum laufenden Betrieb, der bei uns\n"
      "immer mit einer gründlichen Schulung der Mitarbeiterinnen und Mitarbeiter\n"
      "vor Ort beginnt und danach telefonisch weitergeht.\n";
  const std::string blocks = BlocksOf(german);
  CHECK(blocks.rfind("P Unser kleines Team", 0) == 0);
  CHECK(blocks.find("\nP ") == std::string::npos);
}

TEST_CASE("text: three short lines or more that start in lower case are a list, not one line") {
  const std::string body =
      "Мы развиваем платформу онлайн-платежей для малого бизнеса.\n\n"
      "Чем предстоит заниматься\n"
      "разработкой микросервисов на Go\n"
      "участием в проектировании архитектуры\n"
      "код-ревью\n";
  const std::string blocks = BlocksOf(body);
  CHECK(blocks.find("P разработкой микросервисов на Go\nP участием в проектировании архитектуры\nP код-ревью\n") !=
        std::string::npos);
  CHECK(blocks.find("заниматься разработкой") == std::string::npos);
  // One small-letter line after a short one still continues it (a <br>
  // in a sentence), and so does a wrapped line.
  CHECK(BlocksOf("Кандидат должен\nзнать Go\n") == "P Кандидат должен знать Go\n");
}

TEST_CASE("text: lines under a sentence ending in a colon are the list it introduces") {
  const std::string body =
      "Rejoignez une petite équipe de quatre personnes. Avec elle, vos missions seront les suivantes :\n"
      "Construire les flux de données du service client\n"
      "Maintenir les tableaux de bord des équipes\n"
      "Documenter les jeux de données publiés\n"
      "\n"
      "Merci de joindre une lettre de motivation.\n";
  CHECK(BlocksOf(body) ==
        "P Rejoignez une petite équipe de quatre personnes. Avec elle, vos missions seront les suivantes :\n"
        "L0 Construire les flux de données du service client\n"
        "L0 Maintenir les tableaux de bord des équipes\n"
        "L0 Documenter les jeux de données publiés\n"
        "P Merci de joindre une lettre de motivation.\n");
  // Under a "Requirements:" heading the lines stay lines: normalize reads
  // them with the section. One line alone is no list; neither is prose.
  CHECK(BlocksOf("Some intro text here.\n\nRequirements:\nFive years of Go\nA taste for tests\n") ==
        "P Some intro text here.\nH0 Requirements\nP Five years of Go\nP A taste for tests\n");
  CHECK(BlocksOf("We look forward to hearing from you soon, so here is how you apply:\nSend us your CV\n") ==
        "P We look forward to hearing from you soon, so here is how you apply:\nP Send us your CV\n");
}

TEST_CASE("text: a short line over lines that are all longer heads them") {
  const std::string body =
      "We are a cooperative of twelve engineers in Ghent.\n"
      "\n"
      "Your toolbox\n"
      "Solid command of SQL and of modelling a warehouse\n"
      "Knowing Python or Scala for the batch jobs we run\n"
      "Practice with version control on a shared code base\n";
  CHECK(BlocksOf(body) ==
        "P We are a cooperative of twelve engineers in Ghent.\n"
        "H0 Your toolbox\n"
        "P Solid command of SQL and of modelling a warehouse\n"
        "P Knowing Python or Scala for the batch jobs we run\n"
        "P Practice with version control on a shared code base\n");
  // Lines as short as it are a list of their own, not under it.
  CHECK(BlocksOf("We are a cooperative.\n\nGhent office\nBerlin office\nRemote in Europe\nLisbon hub\n") ==
        "P We are a cooperative.\nP Ghent office\nP Berlin office\nP Remote in Europe\nP Lisbon hub\n");
}

TEST_CASE("text: nesting by indentation and by marker change") {
  const Case cases[] = {
      {"indented", "- top\n  - nested\n    - deeper\n- top again\n",
       "L0 top\nL1 nested\nL2 deeper\nL0 top again\n"},
      {"tab indented", "+\tparent\n\t+\tchild\n", "L0 parent\nL1 child\n"},
      {"three spaces", "* a\n   * b\n* c\n", "L0 a\nL1 b\nL0 c\n"},
      {"list indented as a whole", "  - a\n  - b\n", "L0 a\nL0 b\n"},
      {"dash under bullet", "• parent\n- child one\n- child two\n• second parent\n",
       "L0 parent\nL1 child one\nL1 child two\nL0 second parent\n"},
      {"numbers then letters", "1. first\na) sub\nb) sub two\n2. second\n",
       "L0 first\nL1 sub\nL1 sub two\nL0 second\n"},
      {"word's letter o under a bullet", "\uF0B7 parent\no child\no second child\n\uF0B7 next\n",
       "L0 parent\nL1 child\nL1 second child\nL0 next\n"},
      {"letter o starting prose", "Intro sentence.\n\no candidato ideal tem experiência.\n",
       "P Intro sentence.\nP o candidato ideal tem experiência.\n"},
      {"paragraph ends the list", "• a\n- b\n\nA paragraph between the lists.\n\n- c\n",
       "L0 a\nL1 b\nP A paragraph between the lists.\nL0 c\n"},
  };
  RunTable(cases, std::size(cases));
}

TEST_CASE("text: items are single clean lines") {
  const Case cases[] = {
      {"continuation indented", "- first part of the item\n  and its second line\n- next\n",
       "L0 first part of the item and its second line\nL0 next\n"},
      {"lazy continuation in lowercase", "- first part of the item\nand its second line\n",
       "L0 first part of the item and its second line\n"},
      {"indented paragraph after a blank", "- item\n\n  more about the item\n- next\n",
       "L0 item more about the item\nL0 next\n"},
      {"stray space after a blank", "- item\n\n A paragraph after the list.\n",
       "L0 item\nP A paragraph after the list.\n"},
      {"trailing semicolons", "* Choose tools;\n* Review code;\n* Ship it.\n",
       "L0 Choose tools\nL0 Review code\nL0 Ship it.\n"},
      {"stray bullets", "- Build things •\n- • Test things\n", "L0 Build things\nL0 Test things\n"},
      {"markup inside", "- **Bold lead:** then `code` and [a link](https://x.example/y)\n",
       "L0 Bold lead: then code and a link\n"},
      {"unindented capital line is a paragraph", "- an item\nA new paragraph.\n",
       "L0 an item\nP A new paragraph.\n"},
  };
  RunTable(cases, std::size(cases));
}

TEST_CASE("text: soft wraps join, blank lines separate") {
  // Hard-wrapped at a fixed width, as a PDF copy is: the fourth line starts
  // with a capital, but its first word would not have fitted on the third.
  const std::string pdf =
      "Our small bakery cooperative has been baking bread for the neighbourhood since\n"
      "the spring of 1998. Every morning the ovens start at four, and the first loaves\n"
      "leave the shop on bicycles for the cafes, schools and kitchens of the whole\n"
      "Riverside district, in every kind of weather and on every day of the year.\n"
      "Short last line.\n";
  const Case cases[] = {
      {"blank line ends a paragraph", "First paragraph here.\n\nSecond paragraph here.\n",
       "P First paragraph here.\nP Second paragraph here.\n"},
      {"lowercase continuation", "We are looking for someone who\nloves building things.\n",
       "P We are looking for someone who loves building things.\n"},
      {"comma at the end", "Python, Go,\nRust and C++ are used here.\n",
       "P Python, Go, Rust and C++ are used here.\n"},
      {"hyphenated word", "We build open-\nsource software for everyone.\n",
       "P We build open-source software for everyone.\n"},
      {"short lines stay apart", "Build APIs.\nReview code.\nMentor people.\n",
       "P Build APIs.\nP Review code.\nP Mentor people.\n"},
  };
  RunTable(cases, std::size(cases));
  CHECK(
      BlocksOf(pdf) ==
      "P Our small bakery cooperative has been baking bread for the neighbourhood since the "
      "spring of 1998. Every morning the ovens start at four, and the first loaves leave the shop "
      "on bicycles for the cafes, schools and kitchens of the whole Riverside district, in every "
      "kind of weather and on every day of the year.\n"
      "P Short last line.\n");
}

TEST_CASE("text: inline markup, entities and tags become plain text") {
  const Case cases[] = {
      {"emphasis", "We **really** value *craft* and __care__ and _taste_.\n",
       "P We really value craft and care and taste.\n"},
      {"snake case stays", "Set the my_config_value flag and 5* ratings.\n",
       "P Set the my_config_value flag and 5* ratings.\n"},
      {"images dropped", "Look ![logo](https://x.example/logo.png) here.\n", "P Look here.\n"},
      {"entities", "R&amp;D &lt;team&gt; &#8211; caf&eacute; &#x2019; Q&amp A\n",
       "P R&D <team> – café ’ Q& A\n"},
      {"br and p tags", "An intro sentence here.\nFirst line<br>Second line<br/>third part\n",
       "P An intro sentence here.\nP First line\nP Second line third part\n"},
      {"other tags removed", "Some <b>bold</b> and <span class=\"x\">span</span> text.\n",
       "P Some bold and span text.\n"},
      {"less-than is kept", "Teams of < 10 people and a<b comparisons.\n",
       "P Teams of < 10 people and a<b comparisons.\n"},
      {"escaped stars", "Rated \\*\\*\\* by peers.\n", "P Rated *** by peers.\n"},
  };
  RunTable(cases, std::size(cases));
}

}  // namespace jobpipe
