// Section building beyond headings: lists without a heading classified by
// their content, lead sentences kept as text, heading-like lines, merged
// headings, equal-opportunity prose, nice-to-haves inside requirement
// lists, and item cleanup. All postings here are invented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/text/sentences.h"
#include "normalize/sections/section_text.h"
#include "normalize/sections/sections.h"
#include "tests/normalize/sections_dump_test.h"

namespace jobpipe {
namespace {

using sections_test::Dump;
using sections_test::H;
using sections_test::L;
using sections_test::P;

TEST_CASE("a headless list of actions is responsibilities", "[sections]") {
  CHECK(Dump({L("Design the data model for new services"), L("Review pull requests from teammates"),
              L("Mentor junior engineers"), L("Work with product managers on the roadmap")}) ==
        std::vector<std::string>{"responsibilities|-||Design the data model for new services;Review pull requests "
                                 "from teammates;Mentor junior engineers;Work with product managers on the roadmap"});
}

TEST_CASE("a headless list of qualifications is requirements", "[sections]") {
  std::vector<std::string> dump = Dump({L("5+ years of experience with Go"), L("A degree in computer science"),
                                        L("Proficiency in SQL"), L("You have shipped mobile apps")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("requirements|-||", 0) == 0);
}

TEST_CASE("a headless list of perks is benefits", "[sections]") {
  std::vector<std::string> dump =
      Dump({L("Private health insurance"), L("30 days of paid vacation"), L("Yearly learning budget"),
            L("Parental leave")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("benefits|-||", 0) == 0);
}

TEST_CASE("a headless list of plusses is preferred", "[sections]") {
  std::vector<std::string> dump = Dump({L("Rust is a plus"), L("Nice to have: experience with Kafka"),
                                        L("Bonus: open source contributions")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("preferred|-||", 0) == 0);
}

TEST_CASE("headless lists are classified by the words of their language", "[sections]") {
  struct Case {
    const char* language;
    std::vector<std::string> items;
    const char* kind;
  };
  const Case cases[] = {
      {"tr", {"En az 3 yıl deneyim", "Java konusunda bilgi sahibi", "Bilgisayar mühendisliği mezunu"}, "requirements"},
      {"tr", {"Özel sağlık sigortası", "Yemek kartı", "Esnek çalışma saatleri"}, "benefits"},
      {"ro", {"Minim 3 ani de experiență", "Cunoștințe de SQL", "Studii superioare în informatică"}, "requirements"},
      {"ro", {"Abonament medical", "Tichete de masă", "Program flexibil"}, "benefits"},
      {"ru", {"Разработка backend-сервисов", "Участие в код-ревью", "Поддержка CI/CD"}, "responsibilities"},
      {"ru", {"ДМС", "Гибкий график", "Оплачиваемый отпуск"}, "benefits"},
      {"pl", {"Prywatna opieka medyczna", "Karta Multisport", "Budżet szkoleniowy"}, "benefits"},
      {"sv", {"Minst 3 års erfarenhet av Java", "Kunskaper i SQL", "Utbildning inom data"}, "requirements"},
      {"zh", {"本科及以上学历", "3年以上开发经验", "熟悉Linux"}, "requirements"},
      {"ja", {"社会保険完備", "交通費支給", "有給休暇"}, "benefits"},
  };
  for (const Case& c : cases) {
    INFO(c.language << ": " << c.items.front());
    std::vector<Block> blocks;
    for (const std::string& item : c.items) blocks.push_back(L(item));
    std::vector<std::string> dump = Dump(blocks);
    REQUIRE(dump.size() == 1);
    CHECK(dump[0].substr(0, dump[0].find('|')) == c.kind);
  }
}

TEST_CASE("a loosely named heading gives way to items that clearly say another kind", "[sections]") {
  // "What you can expect" names perks as often as the work.
  CHECK(Dump({H("What you can expect"), L("Design the test strategy for new chips"), L("Own the sign-off of each release"),
              L("Work with the silicon teams on debugging"), L("Review the designs of other engineers")}) ==
        std::vector<std::string>{"responsibilities|What you can expect||Design the test strategy for new chips;"
                                 "Own the sign-off of each release;Work with the silicon teams on debugging;"
                                 "Review the designs of other engineers"});
  // "Vos missions" over a list of skills.
  CHECK(Dump({H("Vos missions"), L("Expertise en PHP et son écosystème"), L("Maîtrise des bases de données relationnelles"),
              L("Expérience en architecture logicielle"), L("Familier avec Git")}) ==
        std::vector<std::string>{"requirements|Vos missions||Expertise en PHP et son écosystème;"
                                 "Maîtrise des bases de données relationnelles;Expérience en architecture logicielle;"
                                 "Familier avec Git"});
  CHECK(Dump({H("Vos missions"), L("Concevoir les flux de données"), L("Maintenir les tableaux de bord")}) ==
        std::vector<std::string>{"responsibilities|Vos missions||Concevoir les flux de données;Maintenir les tableaux de bord"});
  // Perks under it stay benefits, and so does a list that says nothing clearly.
  std::vector<std::string> dump = Dump({H("What you can expect"), L("Private health insurance"), L("30 days of paid vacation")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("benefits|", 0) == 0);
  dump = Dump({H("What you can expect"), L("A calm office"), L("Lots of plants"), L("Design reviews")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("benefits|", 0) == 0);
  // A firmly named heading keeps its kind whatever its items say.
  dump = Dump({H("Benefits"), L("Design the test strategy"), L("Own the sign-off"), L("Review designs")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("benefits|", 0) == 0);
}

TEST_CASE("Japanese prose that entrusts the reader with work is responsibilities", "[sections]") {
  // "ご担当いただきます" (you will take charge of): a prose posting's duties.
  std::vector<std::string> dump =
      Dump({P("横浜市を拠点に、物流倉庫の在庫管理業務をご担当いただきます。入出荷の計画づくりもお任せします。")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("responsibilities|", 0) == 0);
}

TEST_CASE("prose after lines written as a list goes on as a section of its own kind", "[sections]") {
  std::vector<std::string> dump =
      Dump({H("Requirements"), P("3+ years of TypeScript"), P("A record of shipping products"), P("Strong product sense"),
            P("Compensation at Initech includes base salary, equity and benefits. We also offer health insurance and "
              "paid vacation.")});
  REQUIRE(dump.size() == 2);
  CHECK(dump[0] == "requirements|Requirements||3+ years of TypeScript;A record of shipping products;Strong product sense");
  CHECK(dump[1].rfind("benefits|-|Compensation at Initech", 0) == 0);
  // A paragraph of one sentence is one more line of the list.
  dump = Dump({H("Requirements"), P("3+ years of TypeScript"), P("A record of shipping products"), P("Strong product sense"),
               P("We are flexible about the rest, we hope you are as well and that you like the sea.")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("requirements|Requirements||", 0) == 0);
}

TEST_CASE("a list of openings is other, not duties", "[sections]") {
  // A careers page's "other roles" list: each item a job's name.
  CHECK(Dump({H("Weitere offene Stellen"), L("Backend-Entwickler (m/w/d)"), L("Frontend Developer"),
              L("Data Engineer [Senior]"), L("QA Engineer")}) ==
        std::vector<std::string>{"other|Weitere offene Stellen||Backend-Entwickler (m/w/d);Frontend Developer;"
                                 "Data Engineer [Senior];QA Engineer"});
  // Duties that name colleagues are still duties.
  std::vector<std::string> dump = Dump({L("Work with the product manager on the roadmap"),
                                        L("Review the designs of other engineers"), L("Plan releases"),
                                        L("Mentor new developers on the team")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("responsibilities|-||", 0) == 0);
}

TEST_CASE("lines without markers under an unknown heading take their content's kind", "[sections]") {
  // One sentence per line, as a page writes a list with line breaks.
  CHECK(Dump({H("No seu dia a dia"), P("Desenvolver APIs para o time de pagamentos."),
              P("Revisar o código dos colegas."), P("Participar do planejamento das entregas."),
              H("Nossos benefícios"), L("Vale-refeição")}) ==
        std::vector<std::string>{"responsibilities|No seu dia a dia||Desenvolver APIs para o time de pagamentos.;"
                                 "Revisar o código dos colegas.;Participar do planejamento das entregas.",
                                 "benefits|Nossos benefícios||Vale-refeição"});
  // An introduction's short paragraphs stay its prose.
  std::vector<std::string> intro = Dump({H("The role"), P("You will join the payments team."),
                                         P("You will build our APIs."), P("You will review code."),
                                         H("Requirements"), L("Go")});
  REQUIRE(intro.size() == 2);
  CHECK(intro[0].rfind("intro|The role|", 0) == 0);
}

TEST_CASE("an introduction's heading over lines written as a list gives them their content's kind", "[sections]") {
  // "Job description:" over a duty a line, none ended as a sentence.
  CHECK(Dump({P("Northwind Freight moves parcels across Europe."), H("Job description"), P("Design the warehouse's event pipeline"), P("Review pull requests of the team"),
              P("Build dashboards for the operations staff"), P("Maintain the deployment scripts"),
              H("Requirements"), L("SQL")}) ==
        std::vector<std::string>{"intro|-|Northwind Freight moves parcels across Europe.|",
                                 "responsibilities|Job description||Design the warehouse's event pipeline;"
                                 "Review pull requests of the team;Build dashboards for the operations staff;"
                                 "Maintain the deployment scripts",
                                 "requirements|Requirements||SQL"});
  // Three such lines are still the introduction's prose.
  std::vector<std::string> three = Dump({P("Northwind Freight moves parcels across Europe."), H("Job description"), P("Design the warehouse's event pipeline"),
                                         P("Review pull requests of the team"),
                                         P("Build dashboards for the operations staff"), H("Requirements"), L("SQL")});
  REQUIRE(three.size() == 3);
  CHECK(three[1].rfind("intro|Job description|", 0) == 0);
}

TEST_CASE("a list of unrelated words stays other", "[sections]") {
  CHECK(Dump({L("Oslo"), L("Bergen"), L("Trondheim")}) == std::vector<std::string>{"other|-||Oslo;Bergen;Trondheim"});
}

TEST_CASE("a sentence introducing a list is the section's text, not an item", "[sections]") {
  CHECK(Dump({H("Additional skills you might bring"), P("None of these are required, but they help."),
              L("Kubernetes"), L("Terraform")}) ==
        std::vector<std::string>{"preferred|Additional skills you might bring|None of these are required, but they "
                                 "help.|Kubernetes;Terraform"});
  // In an introduction, the "...:" line goes with the list it introduces.
  CHECK(Dump({H("The role"), P("You join a small platform team."), P("In this role you will:"),
              L("Run the build farm"), L("Own the release process")}) ==
        std::vector<std::string>{"intro|The role|You join a small platform team.|",
                                 "responsibilities|-|In this role you will:|Run the build farm;Own the release process"});
}

TEST_CASE("text before the first heading is the introduction", "[sections]") {
  CHECK(Dump({P("Initech builds billing software for dentists."), H("Responsibilities"), L("Answer tickets")}) ==
        std::vector<std::string>{"intro|-|Initech builds billing software for dentists.|",
                                 "responsibilities|Responsibilities||Answer tickets"});
}

TEST_CASE("paragraph-only sections keep their prose as text", "[sections]") {
  CHECK(Dump({H("About Initech"), P("Initech is a small software company."), P("It was started in a garage."),
              H("Responsibilities"), L("Answer tickets"), H("Requirements"), L("Patience"), H("Benefits"),
              L("Free coffee"), H("Nice to have"), L("Humor")}) ==
        std::vector<std::string>{
            "about_company|About Initech|Initech is a small software company.\n\nIt was started in a garage.|",
            "responsibilities|Responsibilities||Answer tickets", "requirements|Requirements||Patience",
            "benefits|Benefits||Free coffee", "preferred|Nice to have||Humor"});
}

TEST_CASE("an equal-opportunity paragraph is its own section even without a heading", "[sections]") {
  CHECK(Dump({H("Benefits"), L("Dental plan"),
              P("We are an equal opportunity employer and do not discriminate on the basis of age.")}) ==
        std::vector<std::string>{"benefits|Benefits||Dental plan",
                                 "equal_opportunity|-|We are an equal opportunity employer and do not discriminate "
                                 "on the basis of age.|"});
}

TEST_CASE("a heading with nothing under it merges into the next heading", "[sections]") {
  CHECK(Dump({H("Requirements"), H("Must have"), L("Go")}) ==
        std::vector<std::string>{"requirements|Must have||Go"});
  CHECK(Dump({H("Qualifications"), H("Things that help"), L("Go")}) ==
        std::vector<std::string>{"requirements|Qualifications||Go"});
  CHECK(Dump({H("About the job"), H("About Initech"), P("Initech makes printers.")}) ==
        std::vector<std::string>{"about_company|About Initech|Initech makes printers.|"});
}

TEST_CASE("short heading-like paragraphs and inline headings start sections", "[sections]") {
  CHECK(Dump({P("Nice to have:"), L("Elixir"), L("Erlang")}) ==
        std::vector<std::string>{"preferred|Nice to have||Elixir;Erlang"});
  CHECK(Dump({P("Requirements: You have written a compiler. You like tests.")}) ==
        std::vector<std::string>{"requirements|Requirements|You have written a compiler. You like tests.|"});
  // A label that names no section kind stays in the text.
  CHECK(Dump({P("Location: Anywhere in Europe.")}) ==
        std::vector<std::string>{"intro|-|Location: Anywhere in Europe.|"});
}

TEST_CASE("a heading-like item over a nested list starts a sub-section", "[sections]") {
  CHECK(Dump({H("Qualifications"), L("Degree in physics"), L("Bonus points:"), L("Published papers", 1),
              L("Teaching experience", 1), L("Fluent English")}) ==
        std::vector<std::string>{"requirements|Qualifications||Degree in physics",
                                 "preferred|Bonus points||Published papers;Teaching experience",
                                 "requirements|-||Fluent English"});
}

TEST_CASE("nested items stay items of their own", "[sections]") {
  CHECK(Dump({H("Responsibilities"), L("Own the release"), L("write the notes", 1), L("tag the build", 1)}) ==
        std::vector<std::string>{"responsibilities|Responsibilities||Own the release;write the notes;tag the build"});
}

TEST_CASE("nice-to-haves stay in the requirement list the employer put them in", "[sections]") {
  CHECK(Dump({H("Requirements"), L("3 years of Python"), L("Django is a plus")}) ==
        std::vector<std::string>{"requirements|Requirements||3 years of Python;Django is a plus"});
}

TEST_CASE("with split_nice_to_have_items, nice-to-haves move to preferred", "[sections]") {
  sections::SectionOptions options;
  options.split_nice_to_have_items = true;
  CHECK(Dump({H("Requirements"), L("3 years of Python"), L("Django is a plus"), L("Plus: Celery"),
              L("SQL, preferably PostgreSQL")},
             options) ==
        std::vector<std::string>{"requirements|Requirements||3 years of Python;SQL, preferably PostgreSQL",
                                 "preferred|-||Django is a plus;Plus: Celery"});
  // "idealerweise" weighs like "ideally": a tool preferred inside a required item.
  CHECK(Dump({H("Dein Profil"), L("5 Jahre Erfahrung"), L("Erfahrung mit CI/CD, idealerweise mit GitLab"),
              L("Kafka ist von Vorteil")},
             options) ==
        std::vector<std::string>{"requirements|Dein Profil||5 Jahre Erfahrung;Erfahrung mit CI/CD, idealerweise mit GitLab",
                                 "preferred|-||Kafka ist von Vorteil"});
}

TEST_CASE("the nice-to-have markers of many languages move an item to preferred", "[sections]") {
  sections::SectionOptions options;
  options.split_nice_to_have_items = true;
  const char* const nice_to_haves[] = {
      "Conhecimento em Kafka será um diferencial", "Kafka (desejável)",
      "Conoscenza di Kafka costituirà titolo preferenziale", "Gradita la conoscenza di Kafka",
      "Kennis van Kafka is een pré", "Erfarenhet av Kafka är meriterande", "Erfaring med Kafka er en fordel",
      "Znajomość Kafki będzie dodatkowym atutem", "Mile widziana znajomość Kafki", "Опыт с Kafka будет плюсом",
      "Kafkaの経験があれば尚可", "有Kafka经验者优先", "Kafka 경험자 우대", "Znalost Kafky výhodou",
      "Kafka patirtis būtų privalumas"};
  for (const char* item : nice_to_haves) {
    INFO(item);
    CHECK(Dump({H("Requirements"), L("Go"), L("SQL"), L(item)}, options) ==
          std::vector<std::string>{"requirements|Requirements||Go;SQL", std::string("preferred|-||") + item});
  }
}

TEST_CASE("a softening word that opens an item makes it a nice-to-have; inside one it does not", "[sections]") {
  sections::SectionOptions options;
  options.split_nice_to_have_items = true;
  CHECK(Dump({H("Requirements"), L("3 years of Go"), L("Ideally, experience with Kafka"),
              L("SQL, ideally PostgreSQL"), L("Advantage: Terraform")},
             options) ==
        std::vector<std::string>{"requirements|Requirements||3 years of Go;SQL, ideally PostgreSQL",
                                 "preferred|-||Ideally, experience with Kafka;Advantage: Terraform"});
  CHECK(Dump({H("Dein Profil"), L("Erfahrung mit Go"), L("Idealerweise kennst du Kafka"),
              L("Preferencialmente inglês fluente"), L("Gjerne erfaring med Kafka"), L("Connaissances en Scala appréciées"),
              L("La dataviz est un atout")},
             options) ==
        std::vector<std::string>{"requirements|Dein Profil||Erfahrung mit Go",
                                 "preferred|-||Idealerweise kennst du Kafka;Preferencialmente inglês fluente;"
                                 "Gjerne erfaring med Kafka;Connaissances en Scala appréciées;La dataviz est un atout"});
}

TEST_CASE("a marker that must close an item does not match inside one", "[sections]") {
  sections::SectionOptions options;
  options.split_nice_to_have_items = true;
  CHECK(Dump({H("Functie-eisen"), L("HBO-diploma"), L("Een pre-employmentscreening hoort bij de selectie"),
              L("Kennis van Kotlin is een pré."), L("Is het een pré als je een eigen app hebt gepubliceerd")},
             options) ==
        std::vector<std::string>{"requirements|Functie-eisen||HBO-diploma;Een pre-employmentscreening hoort bij de selectie",
                                 "preferred|-||Kennis van Kotlin is een pré.;Is het een pré als je een eigen app hebt gepubliceerd"});
}

TEST_CASE("a list of skills with a few nice-to-haves is requirements, one of nice-to-haves preferred", "[sections]") {
  // Under a heading of no known kind: the softened items are requirements
  // said softly, unless they are most of the list.
  std::vector<std::string> dump =
      Dump({H("Votre boîte à outils"), L("Excellente maîtrise de SQL"), L("Solide expérience en R"),
            L("Connaissances en Julia appréciées"), L("Pratique de Git"), L("La dataviz est un atout")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("requirements|Votre boîte à outils||", 0) == 0);
  dump = Dump({H("Votre boîte à outils"), L("Julia appréciée"), L("La dataviz est un atout"), L("Excellente maîtrise de SQL")});
  REQUIRE(dump.size() == 1);
  CHECK(dump[0].rfind("preferred|Votre boîte à outils||", 0) == 0);
}

TEST_CASE("lines of one sentence each, one of five explained by a second, are a list", "[sections]") {
  CHECK(Dump({H("Requirements"), P("A degree in engineering."), P("Object-oriented programming."),
              P("Eagerness to learn. We believe in the right tool for each problem."), P("SQL Server."),
              P("Intermediate English.")}) ==
        std::vector<std::string>{"requirements|Requirements||A degree in engineering.;Object-oriented programming.;"
                                 "Eagerness to learn. We believe in the right tool for each problem.;SQL Server.;"
                                 "Intermediate English."});
  // Two of three explained: prose, kept as written.
  CHECK(Dump({H("Requirements"), P("A degree. We value it."), P("SQL. Mostly Postgres."), P("English.")}) ==
        std::vector<std::string>{"requirements|Requirements|A degree. We value it.\n\nSQL. Mostly Postgres.\n\nEnglish.|"});
}

TEST_CASE("a statement that something is not required is not a nice-to-have", "[sections]") {
  sections::SectionOptions options;
  options.split_nice_to_have_items = true;
  CHECK(Dump({H("Requirements"), L("3 years of Python"), L("Good English; Portuguese is not required"),
              L("Django is a plus but not required"), L("Celery (not required)")},
             options) ==
        std::vector<std::string>{"requirements|Requirements||3 years of Python;Good English; Portuguese is not required",
                                 "preferred|-||Django is a plus but not required;Celery (not required)"});
}

TEST_CASE("a pipe-separated line is a list", "[sections]") {
  CHECK(Dump({H("What we offer"), P("Gym | Lunch | Laptop | Bike lease.")}) ==
        std::vector<std::string>{"benefits|What we offer||Gym;Lunch;Laptop;Bike lease."});
}

const char* const kProsePosting =
    "Globex is a nonprofit organization founded in 1990. We are seeking a bookkeeper to manage our accounts. The "
    "ideal candidate has 3 years of experience in accounting. We offer health insurance and paid vacation.";

TEST_CASE("prose beside a requirements list stays the introduction", "[sections]") {
  CHECK(Dump({P(kProsePosting), P("You will need:"), L("A bookkeeping certificate"), L("Excel")}) ==
        std::vector<std::string>{std::string("intro|-|") + kProsePosting + "|",
                                 "requirements|You will need||A bookkeeping certificate;Excel"});
}

TEST_CASE("a posting that is prose through and through gets its sentences sorted by kind", "[sections]") {
  CHECK(Dump({P(kProsePosting)}) == std::vector<std::string>{
                                        "about_company|-|Globex is a nonprofit organization founded in 1990.|",
                                        "responsibilities|-|We are seeking a bookkeeper to manage our accounts.|",
                                        "requirements|-|The ideal candidate has 3 years of experience in accounting.|",
                                        "benefits|-|We offer health insurance and paid vacation.|"});
}

TEST_CASE("with sort_prose_in_structured_postings, prose is sorted beside lists too", "[sections]") {
  sections::SectionOptions options;
  options.sort_prose_in_structured_postings = true;
  CHECK(Dump({P(kProsePosting), P("You will need:"), L("A bookkeeping certificate"), L("Excel")}, options) ==
        std::vector<std::string>{"intro|-|The ideal candidate has 3 years of experience in accounting.|",
                                 "about_company|-|Globex is a nonprofit organization founded in 1990.|",
                                 "responsibilities|-|We are seeking a bookkeeper to manage our accounts.|",
                                 "benefits|-|We offer health insurance and paid vacation.|",
                                 "requirements|You will need||A bookkeeping certificate;Excel"});
}

TEST_CASE("a structured posting keeps its introduction whole, even sorting prose", "[sections]") {
  sections::SectionOptions options;
  options.sort_prose_in_structured_postings = true;
  std::vector<std::string> dump =
      Dump({H("The role"), P("You will lead a team. We expect strong Go skills."), H("Responsibilities"),
            L("Lead"), H("Requirements"), L("Go"), H("Nice to have"), L("Rust"), H("Benefits"), L("Dental"),
            H("About us"), P("We are a bank.")},
           options);
  REQUIRE(dump.size() == 6);
  CHECK(dump[0] == "intro|The role|You will lead a team. We expect strong Go skills.|");
}

TEST_CASE("items are cleaned to one line without markers", "[sections]") {
  CHECK(sections::CleanItem("  - Write   tests;  ") == "Write tests");
  CHECK(sections::CleanItem("\xE2\x80\xA2 Ship features, ") == "Ship features");
  CHECK(sections::CleanItem("1. First step.") == "First step.");
  CHECK(sections::CleanItem("**Bold lead:** the rest") == "Bold lead: the rest");
  CHECK(sections::CleanItem("Keep the period.") == "Keep the period.");
  CHECK(sections::CleanItem(" - ; ") == "");
  CHECK(Dump({H("Benefits"), L("Dental;"), L("  "), L("- Vision,")}) ==
        std::vector<std::string>{"benefits|Benefits||Dental;Vision"});
}

TEST_CASE("sentences split at sentence ends only", "[sections]") {
  CHECK(textkit::SplitProseSentences("We build tools, e.g. linters. You will help! Ready? yes") ==
        std::vector<std::string>{"We build tools, e.g. linters.", "You will help!", "Ready? yes"});
}

TEST_CASE("empty and odd input never fails", "[sections]") {
  CHECK(sections::BuildSections({}, nullptr).empty());
  CHECK(Dump({H(""), P(""), L("")}).empty());
  CHECK(Dump({H("Benefits")}).empty());
  std::vector<std::string> warnings;
  sections::BuildSections({P("\xFF\xFE broken bytes.")}, &warnings);
  CHECK(warnings.size() == 1);
}

}  // namespace
}  // namespace jobpipe
