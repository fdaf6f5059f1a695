// Where a paste names its job and employer when no header line does, in
// many languages, each on an invented posting through the real text parser
// and Normalize: the sentence that says whom the employer seeks, the
// sentence that opens "As a ...", a labelled title, labelled card lines
// that are fields and not names, a paste that opens with a section, and a
// plain line over a list that is a heading, not the employer.
#include <catch2/catch.hpp>

#include <string>

#include "normalize/facts/title.h"
#include "tests/normalize/normalize_text.h"

namespace jobpipe {
namespace {

using testing::NormalizeText;

TEST_CASE("the role a seeking sentence names, in the languages of Europe", "[facts]") {
  struct Case {
    const char* sentence;
    const char* title;
  };
  const Case cases[] = {
      {"Wij zijn op zoek naar een ervaren Java Developer die ons team komt versterken.", "Java Developer"},
      {"Estamos à procura de um Desenvolvedor Backend Pleno para integrar nosso time.", "Desenvolvedor Backend Pleno"},
      {"Stiamo cercando un Sviluppatore Frontend da inserire nel team.", "Sviluppatore Frontend"},
      {"Vi søker en Fullstack-utvikler som vil jobbe med oss.", "Fullstack-utvikler"},
      {"Hledáme Java vývojáře do našeho týmu v Brně.", "Java vývojáře"},
      {"Szukamy Programisty Java do naszego zespołu.", "Programisty Java"},
      {"Ищем Backend-разработчика в команду платежей.", "Backend-разработчика"},
      // "As a ...": the sentence opens with the role it describes.
      {"As a Software Developer you'll take part in every stage of delivery.", "Software Developer"},
      {"Als Senior Data Engineer bist du verantwortlich für unsere Datenplattform.", "Senior Data Engineer"},
      {"En tant que Chef de projet, vous piloterez nos déploiements.", "Chef de projet"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(facts::TitleFromSentence(c.sentence) == std::optional<std::string>(c.title));
  }
  // A preposition glued to a non-ASCII letter is a word of its own: the
  // "v" of "vývojáře" does not end the role at "Java".
  CHECK(facts::TitleFromSentence("Hledáme Java vývojáře.") == std::optional<std::string>("Java vývojáře"));
  // "As a team, we ..." names no role.
  CHECK_FALSE(facts::TitleFromSentence("As a team, we ship every week.").has_value());
}

TEST_CASE("a paste that opens with a section takes its title from the seeking sentence", "[facts]") {
  const Posting posting = NormalizeText(
      "Sobre nós\nSomos uma fintech de Curitiba que cuida do crédito de pequenas lojas.\n\n"
      "Requisitos\n- Java e Spring\n- Inglês intermediário\n\n"
      "Estamos à procura de um Desenvolvedor Backend Pleno para integrar nosso time.\n");
  // "Sobre nós" is the first section's heading, not the job's name.
  CHECK(posting.facts.title != std::optional<std::string>("Sobre nós"));
  const Posting czech = NormalizeText(
      "Hledáme Java vývojáře do našeho týmu v Brně.\n\nPožadavky\n- Java 17\n- SQL\n\nNabízíme\n- Stravenky\n");
  CHECK(czech.facts.title == "Java vývojáře");
  // The seeking verb and the role are no company's name.
  CHECK(czech.facts.company == std::nullopt);
  const Posting polish = NormalizeText(
      "Szukamy Programisty Java do naszego zespołu.\n\nWymagania\n- Java 17\n\nOferujemy\n- Umowę o pracę\n");
  CHECK(polish.facts.company == std::nullopt);
}

TEST_CASE("labelled card lines are the title, the place and the pay, never a name", "[facts]") {
  const Posting polish = NormalizeText(
      "Stanowisko: Specjalista ds. Rekrutacji\nLokalizacja: Wrocław\n\n"
      "Wymagania\n- Doświadczenie w rekrutacji IT\n- Komunikatywność\n");
  CHECK(polish.facts.title == "Specjalista ds. Rekrutacji");
  CHECK(polish.facts.location == "Wrocław");
  CHECK(polish.facts.company == std::nullopt);  // not "Stanowisko"
  const Posting portuguese = NormalizeText(
      "Cargo: Analista de Dados Sênior\nLocal: São Paulo\n\nRequisitos\n- SQL avançado\n- Python\n");
  CHECK(portuguese.facts.title == "Analista de Dados Sênior");
  CHECK(portuguese.facts.location == "São Paulo");
  CHECK(portuguese.facts.company == std::nullopt);  // not "Local: São Paulo"
  const Posting korean = NormalizeText("포지션: 백엔드 개발자\n근무지: 서울 강남구\n\n자격요건\n- Go 개발 경험 3년 이상\n");
  CHECK(korean.facts.title == "백엔드 개발자");
  CHECK(korean.facts.location == "서울 강남구");
}

TEST_CASE("a plain line over a list after the card is a heading, not the employer", "[facts]") {
  const Posting japanese = NormalizeText(
      "職種：バックエンドエンジニア\n勤務地：東京都渋谷区\n\n応募資格\n- Goでの開発経験\n- SQLの実務経験\n\n"
      "福利厚生\n- 社会保険完備\n");
  CHECK(japanese.facts.title == "バックエンドエンジニア");
  CHECK(japanese.facts.location == "東京都渋谷区");
  CHECK(japanese.facts.company == std::nullopt);  // not "応募資格"
  bool requirements = false;
  for (const Section& section : japanese.sections) {
    if (section.kind == SectionKind::kRequirements) requirements = section.items.size() == 2;
  }
  CHECK(requirements);
  const Posting chinese = NormalizeText("岗位：后端开发工程师\n工作地点：深圳\n\n任职要求\n- 三年以上Go开发经验\n");
  CHECK(chinese.facts.title == "后端开发工程师");
  CHECK(chinese.facts.location == "深圳");
  CHECK(chinese.facts.company == std::nullopt);
}

}  // namespace
}  // namespace jobpipe
