// Title and company inference: header cards, headings, sentences.
#include <catch2/catch.hpp>

#include "normalize/facts/company.h"
#include "normalize/facts/header_card.h"
#include "normalize/facts/title.h"

namespace jobpipe {
namespace {

TEST_CASE("LooksLikeJobTitle wants a role word and no sentence") {
  for (const char* title : {"Senior Data Engineer", "Engineering Manager - MLOps & Analytics", "Paralegal",
                            "Softwareentwickler (m/w/d)", "Développeur/se back-end confirmé", "Programador Python",
                            "Sovellusarkkitehti", "Head of Support", "Registered Nurse (RN)",
                            // A gender note marks a title whatever its words.
                            "Lagerlogistiker (m/w/d)", "Bäckereifachverkäuferin (w/m/divers)", "Chargé de clientèle H/F",
                            "Medewerker binnendienst (M/V)", "Magazynier (m/k)", "Kassierer (all genders)"}) {
    INFO(title);
    CHECK(facts::LooksLikeJobTitle(title));
  }
  for (const char* other : {"About the role", "The role of an Engineering Manager at Acme", "Requirements",
                            "We are hiring engineers.", "Benefits"}) {
    INFO(other);
    CHECK_FALSE(facts::LooksLikeJobTitle(other));
  }
}

TEST_CASE("TitleFromSentence reads the role a sentence seeks") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"We are looking for a Senior Data Engineer to join our platform team.", "Senior Data Engineer"},
      {"Northwind is hiring a Product Designer who loves research.", "Product Designer"},
      {"We're looking for a talented Robotics Engineer to design actuators.", "Robotics Engineer"},
      {"The foundation seeks a full-time Paralegal, who will report to the director.", "Paralegal"},
      {"Wir suchen einen Softwareentwickler (m/w/d) für unser Team in Köln.", "Softwareentwickler"},
      {"Notre coopérative recherche un développeur web qui rejoindra l'équipe.", "Développeur web"},
      {"La empresa busca un Desarrollador Backend con experiencia en Go.", "Desarrollador Backend"},
      {"We are looking for people who care.", std::nullopt},
  };
  for (const auto& [sentence, expected] : cases) {
    INFO(sentence);
    CHECK(facts::TitleFromSentence(sentence) == expected);
  }
}

TEST_CASE("TidyPageTitle cuts page titles down to the job's name") {
  struct Case {
    const char* title;
    std::optional<std::string> company;
    const char* expected_title;
    std::optional<std::string> expected_company;
  };
  const Case cases[] = {
      {"Harbor City Parks Department: Data Analyst", std::nullopt, "Data Analyst", "Harbor City Parks Department"},
      {"Security Advisor - Example Systems OÜ - jobs.example", std::nullopt, "Security Advisor", "Example Systems OÜ"},
      {"Help Wanted: Riverside Daily Is Hiring A Full-Time Copy Editor", std::nullopt, "Copy Editor", std::nullopt},
      {"Site Reliability Engineer at Lakeview Games", std::nullopt, "Site Reliability Engineer", "Lakeview Games"},
      {"Backend Developer | LinkedIn", std::nullopt, "Backend Developer", std::nullopt},
      {"Product Designer - Northwind", "Northwind", "Product Designer", "Northwind"},
      {"Engineering Manager - MLOps & Analytics", std::nullopt, "Engineering Manager - MLOps & Analytics", std::nullopt},
      {"Tech Lead Java - CDI - H/F", std::nullopt, "Tech Lead Java - CDI - H/F", std::nullopt},
      {"Job Title: Data Analyst", std::nullopt, "Data Analyst", std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.title);
    facts::TidyTitle tidy = facts::TidyPageTitle(c.title, c.company);
    CHECK(tidy.title == c.expected_title);
    std::optional<std::string> company = tidy.company;
    if (company && !facts::IsPlausibleCompany(*company)) company.reset();
    CHECK(company == (c.company ? c.company : c.expected_company));
  }
}

TEST_CASE("CompanyFromAboutHeading names the company, not us or the role") {
  CHECK(facts::CompanyFromAboutHeading("About Northwind Labs") == std::optional<std::string>("Northwind Labs"));
  CHECK(facts::CompanyFromAboutHeading("Über Beispiel GmbH") == std::optional<std::string>("Beispiel GmbH"));
  CHECK(facts::CompanyFromAboutHeading("À propos de Acme") == std::optional<std::string>("Acme"));
  for (const char* heading : {"About us", "About the job", "About the role", "About the team", "About you",
                              "About Us:", "Über uns"}) {
    INFO(heading);
    CHECK_FALSE(facts::CompanyFromAboutHeading(heading).has_value());
  }
}

std::optional<std::string> CompanyOf(std::initializer_list<facts::TextLine> lines) {
  auto guess = facts::FindCompany(lines);
  if (!guess) return std::nullopt;
  return guess->name;
}

TEST_CASE("FindCompany reads labels, headings and sentences that name the company") {
  CHECK(CompanyOf({{"Company: Blue Harbor Analytics", facts::LineOrigin::kItem}}) == "Blue Harbor Analytics");
  CHECK(CompanyOf({{"Empresa:", facts::LineOrigin::kProse}, {"Lumen Energia S.A.", facts::LineOrigin::kHeading}}) ==
        "Lumen Energia S.A.");
  CHECK(CompanyOf({{"About Quillfeather", facts::LineOrigin::kHeading}}) == "Quillfeather");
  CHECK(CompanyOf({{"Quillfeather is an equal opportunity employer.", facts::LineOrigin::kHeading}}) == "Quillfeather");
  CHECK(CompanyOf({{"We value diversity. Quillfeather Inc. is an equal opportunity employer.", facts::LineOrigin::kProse}}) ==
        "Quillfeather Inc.");
  CHECK(CompanyOf({{"The role of a Data Lead at Quillfeather", facts::LineOrigin::kHeading}}) == "Quillfeather");
  CHECK(CompanyOf({{"As an Engineering Manager at Quillfeather, you will grow people.", facts::LineOrigin::kProse}}) ==
        "Quillfeather");
  CHECK(CompanyOf({{"Join Orbital Foods and shape how cities eat.", facts::LineOrigin::kProse}}) == "Orbital Foods");
  CHECK(CompanyOf({{"Orbital Foods is hiring a Line Cook.", facts::LineOrigin::kProse}}) == "Orbital Foods");
  CHECK(CompanyOf({{"Le Petit Atelier recrute un graphiste.", facts::LineOrigin::kProse}}) == "Le Petit Atelier");
  CHECK(CompanyOf({{"Die Muster Logistik GmbH sucht Verstärkung.", facts::LineOrigin::kProse}}) ==
        "Muster Logistik GmbH");
  CHECK(CompanyOf({{"We are an equal opportunity employer.", facts::LineOrigin::kProse},
                   {"Join our team today!", facts::LineOrigin::kProse}}) == std::nullopt);
  // The statement's other common opening.
  CHECK(CompanyOf({{"Quillfeather is dedicated to creating an equitable, inclusive, and supportive workplace.",
                    facts::LineOrigin::kProse}}) == "Quillfeather");
  CHECK(CompanyOf({{"Orbital Foods is committed to building a diverse team.", facts::LineOrigin::kProse}}) ==
        "Orbital Foods");
  CHECK(CompanyOf({{"We are committed to creating an inclusive workplace.", facts::LineOrigin::kProse}}) == std::nullopt);
  CHECK(CompanyOf({{"Our team is dedicated to providing inclusive care.", facts::LineOrigin::kProse}}) == std::nullopt);
  CHECK(CompanyOf({{"Quillfeather is committed to building great software.", facts::LineOrigin::kProse}}) ==
        std::nullopt);
}

TEST_CASE("ReadHeaderCard splits a paste's card into its facts") {
  facts::HeaderCard card = facts::ReadHeaderCard({"https://www.linkedin.com/jobs/view/1/", "Data Platform Engineer",
                                    "Northwind · Berlin, Germany (Hybrid)", "Full-time · Mid-Senior level",
                                    "2 weeks ago · Over 100 applicants"},
                                   false);
  CHECK(card.title == "Data Platform Engineer");
  CHECK(card.company == "Northwind");
  CHECK(card.location == "Berlin, Germany (Hybrid)");
  CHECK(card.workplace == "hybrid");
  CHECK(card.employment_type == "full_time");
  CHECK(card.seniority == "mid_senior");

  // LinkedIn's newer card puts the company above the title.
  card = facts::ReadHeaderCard({"Northwind", "Data Platform Engineer", "Remote"}, false);
  CHECK(card.title == "Data Platform Engineer");
  CHECK(card.company == "Northwind");
  CHECK(card.workplace == "remote");

  // Lever's team line repeats a word of the title: the department.
  card = facts::ReadHeaderCard({"Customer Success Manager, EMEA", "London", "Customer Success – Account Management",
                         "Full-time", "Hybrid"},
                        false);
  CHECK(card.title == "Customer Success Manager, EMEA");
  CHECK_FALSE(card.company.has_value());
  CHECK(card.department == "Customer Success – Account Management");

  // A name of two or more words before "City, Country" on one comma line.
  card = facts::ReadHeaderCard({"Research Scientist", "Institute for Agroecological Systems (IAS), Wageningen, the Netherlands"},
                        false);
  CHECK(card.company == "Institute for Agroecological Systems (IAS)");
  CHECK(card.location == "Wageningen, the Netherlands");
  card = facts::ReadHeaderCard({"Research Scientist", "San Francisco, CA"}, false);
  CHECK(card.location == "San Francisco, CA");
  CHECK_FALSE(card.company.has_value());

  // "Name – Place": a dash between a name and a known place splits them; a
  // dash before a way of working alone, or after a place, does not.
  card = facts::ReadHeaderCard({"Systemutvikler", "Fjordnett AS – Bergen"}, false);
  CHECK(card.company == "Fjordnett AS");
  CHECK(card.location == "Bergen");
  card = facts::ReadHeaderCard({"Data Analyst", "Lumen Retail - Milano (ibrido)"}, false);
  CHECK(card.company == "Lumen Retail");
  CHECK(card.location == "Milano (ibrido)");
  CHECK(card.workplace == "hybrid");
  card = facts::ReadHeaderCard({"Frontend Developer", "Berlin – Remote"}, false);
  CHECK(card.location == "Berlin – Remote");
  CHECK_FALSE(card.company.has_value());
  card = facts::ReadHeaderCard({"Volunteer Coordinator", "Open Harbour – Remote Volunteer"}, false);
  CHECK(card.location != "Remote Volunteer");

  // Chinese and Japanese: a space between two of their characters ends the
  // name when a place (with its districts) follows.
  card = facts::ReadHeaderCard({"バックエンドエンジニア", "株式会社ミライワークス\u3000東京都渋谷区"}, false);
  CHECK(card.company == "株式会社ミライワークス");
  CHECK(card.location == "東京都渋谷区");
  card = facts::ReadHeaderCard({"后端工程师", "杭州云栈科技有限公司 杭州市西湖区"}, false);
  CHECK(card.company == "杭州云栈科技有限公司");
  CHECK(card.location == "杭州市西湖区");
  card = facts::ReadHeaderCard({"后端工程师", "资深服务端架构师 负责架构设计"}, false);
  CHECK_FALSE(card.location.has_value());
  card = facts::ReadHeaderCard({"백엔드 개발자", "주식회사 한빛소프트 · 서울 강남구"}, false);
  CHECK(card.company == "주식회사 한빛소프트");
  CHECK(card.location == "서울 강남구");

  card = facts::ReadHeaderCard({"Mobile Engineer", "Pocketgarden", "Remote (UK or Ireland) · Full-time"}, false);
  CHECK(card.location == "UK or Ireland");
  CHECK(card.workplace == "remote");

  // A title that says its type is still the title ("(正社員)": a permanent
  // employee); a line of the type alone is not.
  card = facts::ReadHeaderCard({"Backend Engineer (Full-time)", "Acme Robotics", "Full-time"}, false);
  CHECK(card.title == "Backend Engineer (Full-time)");
  CHECK(card.company == "Acme Robotics");
  CHECK(card.employment_type == "full_time");
  card = facts::ReadHeaderCard({"バックエンドエンジニア（正社員）", "株式会社ミライワークス"}, false);
  CHECK(card.title == "バックエンドエンジニア（正社員）");
  CHECK(card.company == "株式会社ミライワークス");

  // A labelled company line wins over the names around it.
  card = facts::ReadHeaderCard({"Platform Engineer", "**Company:** Fernhill Robotics", "**Employment:** Full-time"}, false);
  CHECK(card.title == "Platform Engineer");
  CHECK(card.company == "Fernhill Robotics");

  // A card part that only says the way of working, with a note.
  card = facts::ReadHeaderCard({"Product Designer", "Saltmarsh Bank", "Edinburgh, Scotland · Hybrid (2 days in the office)"},
                        false);
  CHECK(card.location == "Edinburgh, Scotland");
  CHECK(card.workplace == "hybrid");
  CHECK(card.company == "Saltmarsh Bank");

  // Indeed's card: place with a ZIP code, pay and hours on one line.
  card = facts::ReadHeaderCard({"Warehouse Supervisor", "Lakeside Supply Co.", "Austin, TX 78701",
                         "$52,000 - $60,000 a year - Full-time"},
                        false);
  CHECK(card.company == "Lakeside Supply Co.");
  CHECK(card.location == "Austin, TX 78701");
  REQUIRE(card.salary.has_value());
  CHECK(card.salary->text == "$52,000 - $60,000 a year");
  CHECK(card.salary->period == "year");
  CHECK(card.employment_type == "full_time");

  // LinkedIn chrome around the facts.
  card = facts::ReadHeaderCard({"Northwind", "Platform Engineer", "Home based - Worldwide · 3 weeks ago · Over 100 applicants",
                         "Promoted by hirer · Responses managed off LinkedIn", "Remote", "Full-time", "Easy Apply",
                         "Save"},
                        false);
  CHECK(card.title == "Platform Engineer");
  CHECK(card.company == "Northwind");
  CHECK(card.location == "Home based - Worldwide");
  CHECK(card.workplace == "remote");
  CHECK(card.employment_type == "full_time");

  // A markdown page's leading headings with emoji badges.
  card = facts::ReadHeaderCard({"Site Reliability Engineer", "Acme Robotics", "💰 90k-120k USD 🌎 Canada"}, true);
  CHECK(card.title == "Site Reliability Engineer");
  CHECK(card.company == "Acme Robotics");
  CHECK(card.location == "Canada");
  REQUIRE(card.salary.has_value());
  CHECK(card.salary->min == 90000);

  // URL slugs and placeholders are not names; a section heading is not a company.
  card = facts::ReadHeaderCard({"site-reliability-engineer", "Site Reliability Engineer", "None", "Overview"}, true);
  CHECK(card.title == "Site Reliability Engineer");
  CHECK_FALSE(card.company.has_value());
}

}  // namespace
}  // namespace jobpipe
