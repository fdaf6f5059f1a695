// Forms of company, place and pay that recur across languages and sites,
// each on an invented posting through the real text parser and Normalize:
// a legal form that ends in a period, headings that introduce the
// employer, the Germanic "at X we", the place after a name or at the end
// of a title, pay under a "rate" line, pay words of uncased and Cyrillic
// scripts, the Baltic month.
#include <catch2/catch.hpp>

#include <string>

#include "normalize/facts/company.h"
#include "normalize/normalize.h"
#include "parse/parse.h"
#include "tests/normalize/normalize_text.h"

namespace jobpipe {
namespace {

using testing::NormalizeText;

const char* const kLists =
    "\n\nWymagania\n- Java 17 i Spring\n- Dwa lata doświadczenia\n\nOferujemy\n- Umowę o pracę\n- Pracę zdalną\n";

TEST_CASE("a legal form ending in a period is part of the name before a space", "[facts]") {
  const Posting posting = NormalizeText(std::string("Programista Java") + "\n\n" +
                                        "Brzozowy Kod Sp. z o.o. to firma tworząca narzędzia dla księgowych." + kLists);
  CHECK(posting.facts.company == "Brzozowy Kod Sp. z o.o.");
  const Posting german = NormalizeText(
      "Koordinator Ehrenamt (m/w/d)\n\nDer Nachbarschaftshilfe Lindenau e.V. unterstützt ältere Menschen im Alltag.\n\n"
      "Aufgaben\n- Ehrenamtliche begleiten\n- Einsätze planen\n\nProfil\n- Erfahrung im Sozialbereich\n- Organisationstalent\n");
  CHECK(german.facts.company == "Nachbarschaftshilfe Lindenau e.V.");
}

TEST_CASE("headings that introduce the employer name it", "[facts]") {
  CHECK(facts::CompanyFromAboutHeading("Wer ist Kiebitz Robotics?") == "Kiebitz Robotics");
  CHECK(facts::CompanyFromAboutHeading("Kiebitz Robotics stellt sich vor") == "Kiebitz Robotics");
  CHECK(facts::CompanyFromAboutHeading("Who is Marlowe Bank?") == "Marlowe Bank");
  CHECK(facts::CompanyFromAboutHeading("Meet Fernway") == "Fernway");
  CHECK(facts::CompanyFromAboutHeading("Qui est Atelier Sauge ?") == "Atelier Sauge");
  CHECK(facts::CompanyFromAboutHeading("Who are we?") == std::nullopt);
  CHECK(facts::CompanyFromAboutHeading("Wer sind wir?") == std::nullopt);
}

TEST_CASE("the Germanic 'at X we' without a comma, with a number in the name", "[facts]") {
  const Posting posting = NormalizeText(
      "Backend-utvikler\n\nI Fjordkraft 2 Digital er vi opptatt av god kode og korte leveranser.\n\n"
      "Arbeidsoppgaver\n- Utvikle tjenester i Kotlin\n- Drifte løsningene våre\n\n"
      "Kvalifikasjoner\n- Erfaring med Kotlin eller Java\n- Gode samarbeidsevner\n");
  CHECK(posting.facts.company == "Fjordkraft 2 Digital");
}

TEST_CASE("the place after the employer's name or at the end of the title", "[facts]") {
  const Posting aside = NormalizeText(
      "---\ntitle: Vacature Backend Developer bij Walvis Software (Utrecht)\n---\n\n"
      "Wij bouwen planningssoftware voor thuiszorg.\n\nWat ga je doen\n- API's bouwen in Go\n- Code reviewen\n\n"
      "Wat vragen wij\n- Drie jaar ervaring met Go\n- Goede communicatie\n");
  CHECK(aside.facts.title == "Backend Developer");
  CHECK(aside.facts.company == "Walvis Software");
  CHECK(aside.facts.location == "Utrecht");
  const Posting end = NormalizeText(
      "---\ntitle: Frontend developer 32 - 40 uur Rotterdam\n---\n\n"
      "Wij bouwen software voor havens.\n\nWat ga je doen\n- Schermen bouwen in React\n- Testen schrijven\n\n"
      "Wat vragen wij\n- Ervaring met TypeScript\n- Oog voor detail\n");
  CHECK(end.facts.location == "Rotterdam");
}

TEST_CASE("pay under a rate line, in Cyrillic and with the Baltic month", "[salary]") {
  const Posting rate = NormalizeText(
      "Data Intern\nAcme\n\nAbout the job\nWe build tools for farmers.\n\nResponsibilities\n- Build pipelines\n- Write SQL\n\n"
      "Bay Area Hourly Rate\n$41—$47 USD\n");
  REQUIRE(rate.facts.salary);
  CHECK(rate.facts.salary->text == "$41—$47 USD");
  CHECK(rate.facts.salary->min == 41);
  CHECK(rate.facts.salary->max == 47);
  const Posting russian = NormalizeText(
      "Повар\n\nТребования\n- опыт работы от года\n- медицинская книжка\n\nУсловия\n- стабильный доход от 45000 руб\n- питание\n");
  REQUIRE(russian.facts.salary);
  CHECK(russian.facts.salary->text == "45000 руб");
  CHECK(russian.facts.salary->currency == "RUB");
  const Posting lithuanian = NormalizeText(
      "Dažytojas\n\nReikalavimai\n- Darbo patirtis\n- Atsakingumas\n\nSiūlome\n- 1900-2300€/mėn. į rankas\n- Darbo rūbus\n");
  REQUIRE(lithuanian.facts.salary);
  CHECK(lithuanian.facts.salary->text == "1900-2300€/mėn");
  CHECK(lithuanian.facts.salary->period == "month");
}

}  // namespace
}  // namespace jobpipe
