// Heading text -> section kind, for the phrasings real postings use, in
// each language the lexicon covers.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "normalize/sections/lexicon.h"
#include "normalize/sections/sections.h"

namespace jobpipe {
namespace {

struct HeadingCase {
  const char* heading;
  const char* kind;
};

// The kind BuildSections gives a heading followed by one paragraph.
std::string KindOfHeading(const std::string& heading) {
  std::vector<Block> blocks = {{BlockType::kHeading, heading, 2},
                               {BlockType::kParagraph, "Some words under it.", 0}};
  std::vector<Section> sections = sections::BuildSections(blocks, nullptr);
  if (sections.empty()) return "(none)";
  return SectionKindName(sections.front().kind);
}

const std::vector<HeadingCase> kEnglish = {
    {"What your day will look like", "responsibilities"},
    {"What you'll do", "responsibilities"},
    {"What You\xE2\x80\x99ll Do", "responsibilities"},
    {"Your mission", "responsibilities"},
    {"Responsibilities", "responsibilities"},
    {"Key duties:", "responsibilities"},
    {"**Your tasks**", "responsibilities"},
    {"\xF0\x9F\x8E\xAF TASKS", "responsibilities"},
    {"A day in the life", "responsibilities"},
    {"The role", "intro"},
    {"About the role", "intro"},
    {"About the job", "intro"},
    {"Job description", "intro"},
    {"Overview", "intro"},
    {"What we are looking for in you", "requirements"},
    {"What we're looking for", "requirements"},
    {"Requirements", "requirements"},
    {"Qualifications", "requirements"},
    {"Minimum qualifications", "requirements"},
    {"Your profile", "requirements"},
    {"About you", "requirements"},
    {"Who you are", "requirements"},
    {"Must have", "requirements"},
    {"\xF0\x9F\x91\x89 MUST HAVE skills", "requirements"},
    {"What you'll bring to the team", "requirements"},
    {"Additional skills that you might also bring", "preferred"},
    {"Nice to have", "preferred"},
    {"Nice to have requirements", "preferred"},
    {"NICE TO HAVE skills", "preferred"},
    {"Bonus points", "preferred"},
    {"Extra brownie points if you", "preferred"},
    {"Preferred qualifications", "preferred"},
    {"It would be great if", "preferred"},
    {"Ways to stand out from the crowd", "preferred"},
    {"What we offer", "benefits"},
    {"What we offer you", "benefits"},
    {"Perks", "benefits"},
    {"Benefits", "benefits"},
    {"Perks & benefits", "benefits"},
    {"Why join us?", "benefits"},
    {"Total rewards", "benefits"},
    {"About us", "about_company"},
    {"Who we are", "about_company"},
    {"About Acme Robotics", "about_company"},
    {"Company description", "about_company"},
    {"Acme is an equal opportunity employer", "equal_opportunity"},
    {"Diversity & inclusion", "equal_opportunity"},
    {"Equal Employment Opportunity", "equal_opportunity"},
    {"How to apply", "how_to_apply"},
    {"Next steps", "how_to_apply"},
    {"Recruitment process", "how_to_apply"},
    {"Additional information", "other"},
    {"Tech stack", "other"},
    {"Something entirely different", "other"},
};

const std::vector<HeadingCase> kGerman = {
    {"Ihre Aufgaben", "responsibilities"},     {"Deine Aufgaben:", "responsibilities"},
    {"Das erwartet dich", "responsibilities"}, {"Ihr Profil", "requirements"},
    {"Dein Profil", "requirements"},           {"Das bringst du mit", "requirements"},
    {"Anforderungen", "requirements"},         {"Wünschenswert", "preferred"},
    {"Von Vorteil", "preferred"},              {"Wir bieten", "benefits"},
    {"Was wir bieten", "benefits"},            {"Über uns", "about_company"},
    {"Wer wir sind", "about_company"},         {"Bewerbung", "how_to_apply"},
    {"Chancengleichheit", "equal_opportunity"}, {"Die Stelle", "intro"},
};

const std::vector<HeadingCase> kFrench = {
    {"Vos missions", "responsibilities"},        {"Missions", "responsibilities"},
    {"Vos responsabilités", "responsibilities"}, {"Profil recherché", "requirements"},
    {"Votre profil", "requirements"},            {"Compétences requises", "requirements"},
    {"Les plus", "preferred"},                   {"Serait un plus", "preferred"},
    {"Ce que nous offrons", "benefits"},         {"Avantages", "benefits"},
    {"Qui sommes-nous ?", "about_company"},      {"À propos de nous", "about_company"},
    {"Comment postuler", "how_to_apply"},        {"Description du poste", "intro"},
};

const std::vector<HeadingCase> kSpanish = {
    {"Responsabilidades", "responsibilities"},  {"Funciones", "responsibilities"},
    {"¿Qué harás en este rol?", "responsibilities"}, {"Requisitos", "requirements"},
    {"Requisitos generales", "requirements"},    {"Lo que buscamos", "requirements"},
    {"Se valorará", "preferred"},                {"Deseable", "preferred"},
    {"Ofrecemos", "benefits"},                   {"Beneficios", "benefits"},
    {"Sobre nosotros", "about_company"},         {"Quiénes somos", "about_company"},
    {"Cómo postular", "how_to_apply"},           {"Descripción del puesto", "intro"},
};

const std::vector<HeadingCase> kOtherLanguages = {
    // Portuguese
    {"Responsabilidades", "responsibilities"}, {"Perfil", "requirements"},
    {"Requisitos obrigatórios", "requirements"}, {"Diferenciais", "preferred"},
    {"Oferecemos", "benefits"},                {"Quem somos", "about_company"},
    // Italian
    {"Responsabilità", "responsibilities"}, {"Requisiti", "requirements"},
    {"Cosa offriamo", "benefits"},           {"Chi siamo", "about_company"},
    // Dutch
    {"Wat ga je doen", "responsibilities"}, {"Functie-eisen", "requirements"},
    {"Wat bieden wij", "benefits"},         {"Over ons", "about_company"},
    // Finnish
    {"Tehtävät", "responsibilities"},      {"Työtehtäväsi", "responsibilities"},
    {"Odotamme sinulta", "requirements"},  {"Arvostamme lisäksi", "preferred"},
    {"Tarjoamme", "benefits"},             {"Tietoa meistä", "about_company"},
    // Estonian
    {"Tööülesanded", "responsibilities"}, {"Keda me otsime?", "requirements"},
    {"Me pakume", "benefits"},             {"Ettevõttest", "about_company"},
};

// Nordic, Central and Eastern European, Turkish and Greek headings.
const std::vector<HeadingCase> kEuropeanLanguages = {
    {"Dina arbetsuppgifter", "responsibilities"}, {"Vi söker dig som", "requirements"},
    {"Meriterande", "preferred"},                {"Vi erbjuder", "benefits"},
    {"Dine opgaver", "responsibilities"},        {"Vi tilbyder", "benefits"},
    {"Arbeidsoppgaver", "responsibilities"},     {"Kvalifikasjoner", "requirements"},
    {"Ønskede kvalifikasjoner", "preferred"},    {"Vi tilbyr", "benefits"},
    {"Zakres obowiązków:", "responsibilities"},  {"Wymagania", "requirements"},
    {"Mile widziane", "preferred"},              {"Oferujemy", "benefits"},
    {"Náplň práce", "responsibilities"},         {"Požadujeme", "requirements"},
    {"Výhodou je", "preferred"},                 {"Nabízíme", "benefits"},
    {"Reikalavimai kandidatui", "requirements"}, {"Mes siūlome", "benefits"},
    {"Responsabilități", "responsibilities"},    {"Cerințe", "requirements"},
    {"Aranan Nitelikler", "requirements"},       {"Yan haklar", "benefits"},
    {"Αρμοδιότητες", "responsibilities"},        {"Παροχές", "benefits"},
};

// Scripts other than Latin: Cyrillic and Greek fold their case; Han, kana
// and Thai match inside a line written without spaces.
const std::vector<HeadingCase> kOtherScripts = {
    {"ОБЯЗАННОСТИ:", "responsibilities"}, {"Требования", "requirements"},
    {"Будет плюсом", "preferred"},        {"Мы предлагаем", "benefits"},
    {"Обов'язки", "responsibilities"},    {"Вимоги", "requirements"},
    {"Ми пропонуємо", "benefits"},        {"דרישות התפקיד", "requirements"},
    {"מה אנחנו מציעים", "benefits"},      {"岗位职责：", "responsibilities"},
    {"【任职要求】", "requirements"},     {"加分项", "preferred"},
    {"福利待遇", "benefits"},             {"仕事内容", "responsibilities"},
    {"応募資格（必須）", "requirements"}, {"歓迎スキル", "preferred"},
    {"待遇・福利厚生", "benefits"},       {"주요 업무", "responsibilities"},
    {"자격 요건", "requirements"},        {"우대사항", "preferred"},
    {"혜택 및 복지", "benefits"},         {"หน้าที่ความรับผิดชอบ", "responsibilities"},
    {"คุณสมบัติผู้สมัคร", "requirements"}, {"สวัสดิการ", "benefits"},
};

void CheckAll(const std::vector<HeadingCase>& cases) {
  for (const HeadingCase& c : cases) {
    INFO("heading: " << c.heading);
    CHECK(KindOfHeading(c.heading) == c.kind);
  }
}

TEST_CASE("English headings name their section kind", "[sections]") { CheckAll(kEnglish); }
TEST_CASE("German headings name their section kind", "[sections]") { CheckAll(kGerman); }
TEST_CASE("French headings name their section kind", "[sections]") { CheckAll(kFrench); }
TEST_CASE("Spanish headings name their section kind", "[sections]") { CheckAll(kSpanish); }
TEST_CASE("Portuguese, Italian, Dutch, Finnish, Estonian headings", "[sections]") { CheckAll(kOtherLanguages); }

TEST_CASE("Nordic, Central European, Turkish and Greek headings", "[sections]") { CheckAll(kEuropeanLanguages); }
TEST_CASE("Cyrillic, Hebrew, Chinese, Japanese, Korean and Thai headings", "[sections]") { CheckAll(kOtherScripts); }

TEST_CASE("a lead written as a heading names its kind by the you-form inside it", "[sections]") {
  // "You are responsible for", "we expect", "in your day to day" inside a
  // longer lead ("I rollen som X ansvarar du huvudsakligen för att").
  CHECK(sections::MatchHeading("I rollen som underhållsplanerare ansvarar du huvudsakligen för att").kind ==
        SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("Als Teamleitung bist du verantwortlich für").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("W tej roli będziesz odpowiedzialny za").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("No Seu Dia a Dia").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("Vidare så ser vi att du har").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Esperamos De Você").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Jij bent een developer die").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Von dir erwarten wir").kind == SectionKind::kRequirements);
}

TEST_CASE("a heading misspelt by one letter still names its kind", "[sections]") {
  // A letter dropped, added, changed or two swapped, in headings of 8
  // letters or more.
  CHECK(sections::MatchHeading("Responsabiliades").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("Requirments").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Qualifcations:").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Benefits").kind == SectionKind::kBenefits);
  CHECK(sections::MatchHeading("Anforderugnen").kind == SectionKind::kRequirements);
  // Short words are too near each other to guess at; two edits are too many.
  CHECK_FALSE(sections::MatchHeading("Profi").kind);
  CHECK_FALSE(sections::MatchHeading("Requrments").kind);
  CHECK_FALSE(sections::MatchHeading("Kontaktdaten").kind == SectionKind::kRequirements);
}

TEST_CASE("a compound heading takes the kind of its last part", "[sections]") {
  // German and Dutch write one word where English writes two.
  CHECK(sections::MatchHeading("Hauptaufgaben").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("Zuständigkeiten / Kernaufgaben").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("Sprachkenntnisse").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Mitarbeiterbenefits").kind == SectionKind::kBenefits);
  CHECK(sections::MatchHeading("Zusatzqualifikationen").kind == SectionKind::kRequirements);
  // A short last part, or a word that only ends in one, names nothing.
  CHECK_FALSE(sections::MatchHeading("Relocation").kind == SectionKind::kOther);
  CHECK_FALSE(sections::MatchHeading("Unternehmensprofil").kind == SectionKind::kRequirements);
  CHECK_FALSE(sections::MatchHeading("Arbeitsfeld").kind);
}

TEST_CASE("a heading that ends addressing the reader's conditions names requirements", "[sections]") {
  // "... if you": what follows completes the sentence with what the job
  // asks; the phrase must end the heading, and it beats an opening "you will".
  CHECK(sections::MatchHeading("You will thrive in this role if you").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("You'll be a great fit if you have:").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Du wirst dich bei uns wohlfühlen, wenn du").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Ce poste est fait pour toi si tu").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Je past bij ons als je").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Du kommer att trivas om du").kind == SectionKind::kRequirements);
  // Not at the end: no such heading.
  CHECK_FALSE(sections::MatchHeading("If you want to join us, write to us").kind == SectionKind::kRequirements);
}

TEST_CASE("a heading naming the description and a content kind is that kind", "[sections]") {
  CHECK(sections::MatchHeading("Descrizione e responsabilità").kind == SectionKind::kResponsibilities);
  CHECK(sections::MatchHeading("Description and requirements").kind == SectionKind::kRequirements);
  CHECK(sections::MatchHeading("Description").kind == SectionKind::kIntro);
  // A longer introduction's phrase still says more.
  CHECK(sections::MatchHeading("About the role").kind == SectionKind::kIntro);
}

TEST_CASE("the longest matching phrase decides between kinds", "[sections]") {
  CHECK(sections::MatchHeading("Nice to have requirements").kind == SectionKind::kPreferred);
  CHECK(sections::MatchHeading("About the role").kind == SectionKind::kIntro);
  CHECK(sections::MatchHeading("About Initech").kind == SectionKind::kAboutCompany);
  CHECK(sections::MatchHeading("Preferred qualifications").kind == SectionKind::kPreferred);
  CHECK_FALSE(sections::MatchHeading("Lorem ipsum").kind.has_value());
}

TEST_CASE("a heading matches a phrase of several words in another order or inflected", "[sections]") {
  CHECK(sections::MatchHeading("Das bieten wir dir").kind == SectionKind::kBenefits);       // "wir bieten"
  CHECK(sections::MatchHeading("What will you do?").kind == SectionKind::kResponsibilities);  // "what you will do"
  CHECK(sections::MatchHeading("Qualifications we prefer").kind == SectionKind::kPreferred);  // "preferred qualifications"
  // One word alone must be written as the lexicon has it.
  CHECK_FALSE(sections::MatchHeading("Responsible disclosure").kind.has_value());
  CHECK_FALSE(sections::MatchHeading("Lorem ipsum dolor").kind.has_value());
}

TEST_CASE("an inline heading after a full-width colon", "[sections]") {
  std::vector<Block> blocks = {{BlockType::kHeading, "募集要項", 3},
                               {BlockType::kParagraph, "仕事内容：倉庫での商品管理と出荷作業", 0},
                               {BlockType::kParagraph, "資格：普通自動車免許", 0}};
  std::vector<Section> sections = sections::BuildSections(blocks, nullptr);
  REQUIRE(sections.size() == 2);  // the empty 募集要項 section is dropped
  CHECK(sections[0].kind == SectionKind::kResponsibilities);
  CHECK(sections[0].heading == "仕事内容");
  CHECK(sections[0].text == "倉庫での商品管理と出荷作業");
  CHECK(sections[1].kind == SectionKind::kRequirements);
  CHECK(sections[1].text == "普通自動車免許");
}

}  // namespace
}  // namespace jobpipe
