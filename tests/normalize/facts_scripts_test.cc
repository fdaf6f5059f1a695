// Titles and companies of invented postings in other scripts and in the
// stacked layouts of notes files, through the real text parser and
// Normalize.
#include <catch2/catch.hpp>

#include <string>

#include "normalize/facts/company.h"
#include "normalize/facts/title.h"
#include "normalize/normalize.h"
#include "parse/parse.h"
#include "tests/normalize/normalize_text.h"

namespace jobpipe {
namespace {

using testing::NormalizeText;

TEST_CASE("role words of other languages and scripts make a title", "[facts]") {
  for (const char* title : {"Java-разработчик", "Фахівець з підтримки", "Servisní technik", "Programuotojas",
                            "Web 前端工程师 (高级/资深)", "クラウドエンジニア", "백엔드 개발자", "Inżynier DevOps",
                            "Yazılım Geliştirici", "מפתח/ת Full Stack", "นักพัฒนา PHP"}) {
    INFO(title);
    CHECK(facts::LooksLikeJobTitle(title));
  }
  CHECK_FALSE(facts::LooksLikeJobTitle("Обязанности"));
}

TEST_CASE("scripts without case can name a company", "[facts]") {
  CHECK(facts::IsPlausibleCompany("星川科技"));
  CHECK(facts::IsPlausibleCompany("한빛소프트"));
  CHECK(facts::IsPlausibleCompany("Северсталь"));
  CHECK_FALSE(facts::IsPlausibleCompany("acme"));  // Latin still needs its capital
}

TEST_CASE("stacked headings: the company above the job, past a notes file's own lines", "[facts]") {
  const Posting posting = NormalizeText(
      "## 招聘 2\n\n"
      "- 作者: someone\n"
      "- 时间: 2026-01-02T03:04:05Z\n\n"
      "# 星川科技 - 数据平台部 （杭州）\n\n"
      "## 后端开发工程师\n\n"
      "### 岗位职责：\n\n"
      "1、负责订单服务的设计与开发\n"
      "2、参与系统架构优化\n\n"
      "### 任职要求：\n\n"
      "1、三年以上Java开发经验\n"
      "2、熟悉MySQL和Redis\n\n"
      "### 加分项：\n\n"
      "1、有开源项目经验\n");
  CHECK(posting.facts.title == "后端开发工程师");
  CHECK(posting.facts.company == "星川科技");
  REQUIRE(posting.sections.size() >= 3);
  std::vector<std::string> kinds;
  for (const Section& section : posting.sections) kinds.push_back(SectionKindName(section.kind));
  CHECK(std::count(kinds.begin(), kinds.end(), "responsibilities") == 1);
  CHECK(std::count(kinds.begin(), kinds.end(), "requirements") == 1);
  CHECK(std::count(kinds.begin(), kinds.end(), "preferred") == 1);
  for (const Section& section : posting.sections) {
    if (section.kind == SectionKind::kRequirements) {
      CHECK(section.items == std::vector<std::string>{"三年以上Java开发经验", "熟悉MySQL和Redis"});
    }
  }
}

TEST_CASE("a heading with its list under it is no header card line, in any language", "[facts]") {
  const Posting posting = NormalizeText(
      "### 한빛소프트\n\n"
      "#### 백엔드 개발자\n\n"
      "##### 자격 요건\n\n"
      "- 서버 개발 경력 3년 이상\n"
      "- Spring 기반 API 개발 경험\n\n"
      "##### 우대사항\n\n"
      "- 쿠버네티스 운영 경험\n");
  CHECK(posting.facts.title == "백엔드 개발자");
  CHECK(posting.facts.company == "한빛소프트");
  REQUIRE(posting.sections.size() == 2);
  CHECK(posting.sections[0].kind == SectionKind::kRequirements);
  CHECK(posting.sections[0].items.size() == 2);
  CHECK(posting.sections[1].kind == SectionKind::kPreferred);
}

TEST_CASE("the word for a vacancy is not part of the job's name", "[facts]") {
  CHECK(facts::TidyPageTitle("Вакансия Повар-универсал", std::nullopt).title == "Повар-универсал");
  CHECK(facts::TidyPageTitle("Vacature Frontend Developer", std::nullopt).title == "Frontend Developer");
  CHECK(facts::TidyPageTitle("Vacancy: Data Analyst", std::nullopt).title == "Data Analyst");
  CHECK(facts::TidyPageTitle("Vacancy planning lead", std::nullopt).title == "Vacancy planning lead");
  const facts::TidyTitle dutch = facts::TidyPageTitle("Fullstack Developer bij Rietveld Media", std::nullopt);
  CHECK(dutch.title == "Fullstack Developer");
  CHECK(dutch.company == "Rietveld Media");
}

}  // namespace
}  // namespace jobpipe

namespace jobpipe {
namespace {

std::optional<std::string> OpeningCompany(const char* sentence) {
  const std::vector<facts::TextLine> lines = {{"Backend Engineer", facts::LineOrigin::kHeading, SectionKind::kIntro},
                                       {sentence, facts::LineOrigin::kProse, SectionKind::kIntro}};
  std::optional<facts::CompanyGuess> guess = facts::CompanyFromOpeningSentence(lines);
  if (!guess) return std::nullopt;
  CHECK(guess->doubtful);
  return guess->name;
}

TEST_CASE("the opening sentence's subject names the company, not its first verb or pronoun", "[facts]") {
  CHECK(OpeningCompany("Atelier Lumen conçoit des outils pour les théâtres.") == "Atelier Lumen");
  CHECK(OpeningCompany("A Caju Pagamentos constrói a carteira digital.") == "Caju Pagamentos");
  CHECK(OpeningCompany("Bij Polderlicht bouwen we dashboards.") == "Polderlicht");
  CHECK(OpeningCompany("株式会社ミナトテックは物流向けのサービスを開発しています。") == "株式会社ミナトテック");
  CHECK(OpeningCompany("星川科技专注于零售软件。") == "星川科技");
  CHECK(OpeningCompany("Компания «Северный путь» разрабатывает системы.") == "Северный путь");
  CHECK_FALSE(OpeningCompany("Design and build the booking API for our customers."));  // one word, a verb
  CHECK_FALSE(OpeningCompany("We build tools for bakeries."));
  CHECK_FALSE(OpeningCompany("Our Platform Team runs the clusters."));
}

}  // namespace
}  // namespace jobpipe
