// Location as written and workplace, from labelled lines in several
// languages, header cards and short lines.
#include <catch2/catch.hpp>

#include "normalize/facts/location.h"

namespace jobpipe {
namespace {

TEST_CASE("WorkplaceFromText names the way of working in several languages") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"Remote", "remote"},
      {"Worldwide (Remote)", "remote"},
      {"Fully remote within the EU", "remote"},
      {"Hybrid", "hybrid"},
      {"Hybrid - 2 days in office", "hybrid"},
      {"On-site", "onsite"},
      {"Onsite", "onsite"},
      {"in office", "onsite"},
      {"Homeoffice möglich", "remote"},
      {"Mobiles Arbeiten", "remote"},
      {"Télétravail complet", "remote"},
      {"100% remoto", "remote"},
      {"Teletrabajo", "remote"},
      {"Híbrido", "hybrid"},
      // Remote for part of the week is hybrid.
      {"Teilweise Home-Office", "hybrid"},
      {"Télétravail fréquent", "hybrid"},
      {"avec deux jours de télétravail par semaine", "hybrid"},
      {"2 days a week remote", "hybrid"},
      {"Partially remote", "hybrid"},
      {"Presencial", "onsite"},
      {"Berlin", std::nullopt},
      {"San Francisco, CA", std::nullopt},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(facts::WorkplaceFromText(text) == expected);
  }
}

TEST_CASE("WithoutWorkplaceSuffix keeps the place and drops the way of working") {
  CHECK(facts::WithoutWorkplaceSuffix("Dublin, County Dublin, Ireland (Hybrid)") == "Dublin, County Dublin, Ireland");
  CHECK(facts::WithoutWorkplaceSuffix("United States (Remote)") == "United States");
  CHECK(facts::WithoutWorkplaceSuffix("Berlin · On-site") == "Berlin");
  CHECK(facts::WithoutWorkplaceSuffix("Remote") == "Remote");
  CHECK(facts::WithoutWorkplaceSuffix("(Remote)") == "(Remote)");
  CHECK(facts::WithoutWorkplaceSuffix("Remote (Europe)") == "Remote (Europe)");
  CHECK(facts::WithoutWorkplaceSuffix("Leeds") == "Leeds");
  CHECK(facts::WithoutWorkplaceSuffix("Denver, CO (Remote, US)") == "Denver, CO");
}

TEST_CASE("WithoutCompanyPrefix drops the company in front of the place") {
  CHECK(facts::WithoutCompanyPrefix("Brindle Health Ltd. — Cork, Ireland", "Brindle Health Ltd.") == "Cork, Ireland");
  CHECK(facts::WithoutCompanyPrefix("Copperline Networks, Denver, CO", "Copperline Networks") == "Denver, CO");
  CHECK(facts::WithoutCompanyPrefix("Pellucid – Austin, TX", "Pellucid") == "Austin, TX");
  CHECK(facts::WithoutCompanyPrefix("Cork, Ireland", "Brindle") == "Cork, Ireland");
  CHECK(facts::WithoutCompanyPrefix("Austin, TX", "") == "Austin, TX");
  CHECK(facts::WithoutCompanyPrefix("Portland, OR", "Port") == "Portland, OR");
}

TEST_CASE("LooksLikeLocation knows places and rejects other short lines") {
  for (const char* place : {"San Francisco, CA", "Lisboa", "London, UK / Remote Working", "Anywhere (EMEA)",
                            "Remote", "München, Deutschland", "Oulu", "Austin, TX", "Paris, France"}) {
    INFO(place);
    CHECK(facts::LooksLikeLocation(place));
  }
  for (const char* other : {"Quick Summary", "Requirements", "Full-time", "We build bridges in order to",
                            "in or me", "About the role"}) {
    INFO(other);
    CHECK_FALSE(facts::LooksLikeLocation(other));
  }
}

TEST_CASE("FindLabelledLocation reads Location/Standort/Lieu/Ubicación lines") {
  const std::pair<const char*, const char*> cases[] = {
      {"Location: This is a Globally remote role.", "Globally remote"},
      {"Location: Berlin, Germany (Hybrid)", "Berlin, Germany (Hybrid)"},
      {"Standort: Hamburg", "Hamburg"},
      {"Lieu : Lyon 3e", "Lyon 3e"},
      {"Ubicación: Madrid, España", "Madrid, España"},
      {"Localização: Porto", "Porto"},
      {"Job Location: Toronto, ON", "Toronto, ON"},
      {"miejsce: Poznań", "Poznań"},
      {"Konum: İzmir", "İzmir"},
      {"Locație: Cluj-Napoca", "Cluj-Napoca"},
      {"Lokalita: Brno", "Brno"},
  };
  for (const auto& [line, expected] : cases) {
    INFO(line);
    std::vector<facts::TextLine> lines = {{"We make maps.", facts::LineOrigin::kProse}, {line, facts::LineOrigin::kItem}};
    CHECK(facts::FindLabelledLocation(lines) == std::optional<std::string>(expected));
  }
  // The label as a heading, the place on the next line.
  std::vector<facts::TextLine> lines = {{"Location", facts::LineOrigin::kHeading}, {"Vienna, Austria", facts::LineOrigin::kProse}};
  CHECK(facts::FindLabelledLocation(lines) == std::optional<std::string>("Vienna, Austria"));
  // A run-together paste: the label after a sentence.
  lines = {{"We offer great perks! Location: Leeds, UK", facts::LineOrigin::kProse}};
  CHECK(FindLabelledLocation(lines) == std::optional<std::string>("Leeds, UK"));
}

TEST_CASE("FindLeadingLocation takes a place line under the title, not the title") {
  std::vector<facts::TextLine> lines = {{"Hardware Engineer", facts::LineOrigin::kHeading},
                                 {"Denver, CO", facts::LineOrigin::kHeading},
                                 {"Overview", facts::LineOrigin::kHeading}};
  CHECK(facts::FindLeadingLocation(lines) == std::optional<std::string>("Denver, CO"));
  lines = {{"Backend Developer - London", facts::LineOrigin::kHeading}, {"Overview", facts::LineOrigin::kHeading}};
  CHECK_FALSE(FindLeadingLocation(lines).has_value());
}

TEST_CASE("FindLocationInText reads 'based in' sentences about the job only") {
  std::vector<facts::TextLine> lines = {
      {"We are headquartered in Oslo, Norway.", facts::LineOrigin::kProse, SectionKind::kAboutCompany},
      {"This role is based in Leeds and reports to the CTO.", facts::LineOrigin::kProse, SectionKind::kIntro}};
  CHECK(facts::FindLocationInText(lines) == std::optional<std::string>("Leeds"));
  lines = {{"You will work from our Porto office three days a week.", facts::LineOrigin::kProse, SectionKind::kIntro}};
  CHECK(FindLocationInText(lines) == std::optional<std::string>("Porto"));
  lines = {{"The position is located in Austin, TX.", facts::LineOrigin::kProse, SectionKind::kIntro}};
  CHECK(FindLocationInText(lines) == std::optional<std::string>("Austin, TX"));
  lines = {{"You will work in Agile Teams on Kubernetes.", facts::LineOrigin::kProse, SectionKind::kIntro}};
  CHECK_FALSE(FindLocationInText(lines).has_value());
}

TEST_CASE("FindWorkplace reads statements but not the company's story") {
  std::vector<facts::TextLine> lines = {
      {"We have been a remote-first company since 2010.", facts::LineOrigin::kProse, SectionKind::kAboutCompany},
      {"You will build data pipelines.", facts::LineOrigin::kItem, SectionKind::kResponsibilities}};
  CHECK_FALSE(facts::FindWorkplace(lines).has_value());
  CHECK(facts::FindWorkplace({{"This is an in-office position at our headquarters, Monday through Friday.",
                         facts::LineOrigin::kProse, SectionKind::kIntro}}) == std::optional<std::string>("onsite"));
  lines.push_back({"This is a fully remote position open across Europe.", facts::LineOrigin::kProse, SectionKind::kIntro});
  CHECK(FindWorkplace(lines) == std::optional<std::string>("remote"));
  lines = {{"We work in a hybrid model with three office days a week.", facts::LineOrigin::kProse, SectionKind::kIntro}};
  CHECK(FindWorkplace(lines) == std::optional<std::string>("hybrid"));
  // A header card line says it outright, however long it is.
  lines = {{"Permanent, full-time. Hybrid: three days a week in our Cork office.", facts::LineOrigin::kHeader,
            SectionKind::kIntro}};
  CHECK(FindWorkplace(lines) == std::optional<std::string>("hybrid"));
}

}  // namespace
}  // namespace jobpipe

namespace jobpipe {
namespace {

std::vector<facts::TextLine> MakeLines(std::initializer_list<std::pair<const char*, facts::LineOrigin>> lines) {
  std::vector<facts::TextLine> out;
  for (const auto& [text, origin] : lines) out.push_back(facts::TextLine{text, origin, SectionKind::kOther});
  return out;
}

TEST_CASE("places in their own scripts and labels in more languages", "[location]") {
  CHECK(facts::LooksLikeLocation("Москва"));
  CHECK(facts::LooksLikeLocation("Київ, Україна"));
  CHECK(facts::LooksLikeLocation("東京都"));
  CHECK(facts::LooksLikeLocation("서울"));
  CHECK(facts::FindLabelledLocation(MakeLines({{"Место работы: Санкт-Петербург", facts::LineOrigin::kProse}})) == "Санкт-Петербург");
  CHECK(facts::FindLabelledLocation(MakeLines({{"勤務地：大阪", facts::LineOrigin::kProse}})) == "大阪");
  CHECK(FindLabelledLocation(MakeLines({{"Arbeidssted: Trondheim", facts::LineOrigin::kProse}})) == "Trondheim");
}

TEST_CASE("a known place at the end of the title or set apart in a leading heading", "[location]") {
  CHECK(facts::FindLocationInTitle("Lagerarbetare till Göteborg") == "Göteborg");
  CHECK(facts::FindLocationInTitle("Data Engineer in Berlin") == "Berlin");
  CHECK(facts::FindLocationInTitle("Chef de projet à Lyon (CDI)") == "Lyon");
  CHECK_FALSE(facts::FindLocationInTitle("Engineer in Test"));
  CHECK(facts::FindPlaceInLeadingHeadings(MakeLines({{"Author: someone", facts::LineOrigin::kItem},
                                              {"星川科技 - 数据平台部 （杭州）", facts::LineOrigin::kHeading},
                                              {"后端开发工程师", facts::LineOrigin::kHeading}})) == "杭州");
  CHECK_FALSE(FindPlaceInLeadingHeadings(MakeLines({{"Backend Engineer", facts::LineOrigin::kHeading},
                                                    {"We are based in Lyon.", facts::LineOrigin::kProse}})));
}

}  // namespace
}  // namespace jobpipe
