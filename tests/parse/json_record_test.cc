// JSON records kept by other tools (scrapers, job search APIs, collectors)
// through ParseJson: their fields under common names, their descriptions
// in HTML, escaped HTML, markdown or text, parts kept in fields of their
// own. Every record here is invented.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/parse.h"

namespace jobpipe {
namespace {

ParsedDocument ParseRecord(const std::string& body) {
  Document document;
  document.format = "json";
  document.source.type = SourceType::kJson;
  document.source.name = "record.json";
  document.body = body;
  return ParseJson(document);
}

TEST_CASE("JSON record: a scraper's row with a markdown description", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({
    "id": "li-1", "site": "linkedin", "job_url": "https://www.linkedin.com/jobs/view/1200000001",
    "title": "Platform Engineer", "company": "Quillbank", "location": "Lisbon, Portugal",
    "date_posted": "2026-03-02T00:00:00.000", "job_type": "fulltime", "is_remote": true,
    "min_amount": 60000, "max_amount": 80000, "currency": "EUR", "interval": "yearly",
    "description": "Quillbank builds ledgers for credit unions.\n\n**What you will do**\n\n* Run our Kubernetes clusters\n* Automate releases\n\n**What you bring**\n\n* Three years with Terraform\n"
  })json");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Platform Engineer");
  CHECK(facts.company == "Quillbank");
  CHECK(facts.location == "Lisbon, Portugal");
  CHECK(facts.url == "https://www.linkedin.com/jobs/view/1200000001");
  CHECK(facts.date_posted == "2026-03-02");
  CHECK(facts.employment_type == "full_time");
  CHECK(facts.workplace == "remote");
  REQUIRE(facts.salary);
  CHECK(facts.salary->min == 60000);
  CHECK(facts.salary->max == 80000);
  CHECK(facts.salary->currency == "EUR");
  CHECK(facts.salary->period == "year");
  CHECK(DebugString(parsed.blocks) == R"(P Quillbank builds ledgers for credit unions.
H0 What you will do
L0 Run our Kubernetes clusters
L0 Automate releases
H0 What you bring
L0 Three years with Terraform
)");
}

TEST_CASE("JSON record: a job search API hit with nested fields", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({
    "id": "900001", "headline": "Lagerarbetare till Norrvik",
    "webpage_url": "https://jobs.example.se/annonser/900001",
    "description": {"text": "Vi söker en lagerarbetare.\n\nDina arbetsuppgifter\n- Plocka order\n- Lasta bilar", "conditions": "Heltid"},
    "employer": {"name": "Norrvik Logistik AB", "workplace": "Norrvik Logistik AB, Lager 2"},
    "workplace_address": {"municipality": "Norrvik", "region": "Norrland", "country": "Sverige"},
    "salary_description": "Undefined", "application_deadline": "2026-05-01T23:59:59"
  })json");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Lagerarbetare till Norrvik");
  CHECK(facts.company == "Norrvik Logistik AB");
  CHECK(facts.location == "Norrvik");  // the most local part of the address
  CHECK(facts.url == "https://jobs.example.se/annonser/900001");
  CHECK(facts.valid_through == "2026-05-01");
  CHECK_FALSE(facts.salary);  // "Undefined" is a placeholder, not a salary
  CHECK(DebugString(parsed.blocks).find("L0 Plocka order\nL0 Lasta bilar\n") != std::string::npos);
}

TEST_CASE("JSON record: escaped HTML, a salary as written, a list of records", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json([
    {"source": "collector", "title": "Data Scientist (H/F)", "company": "Maison Orval",
     "location": "69 - Lyon", "salary": "Mensuel de 3200 Euros à 3800 Euros",
     "description": "&lt;p&gt;Rejoignez-nous.&lt;/p&gt;&lt;h3&gt;Vos missions&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Construire des modèles&lt;/li&gt;&lt;/ul&gt;"},
    {"title": "Second posting", "description": "not read: a list gives its first posting"}
  ])json");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Data Scientist (H/F)");
  CHECK(facts.company == "Maison Orval");
  REQUIRE(facts.salary);
  CHECK(facts.salary->text == "Mensuel de 3200 Euros à 3800 Euros");
  CHECK(DebugString(parsed.blocks) == "P Rejoignez-nous.\nH3 Vos missions\nL0 Construire des modèles\n");
  CHECK(parsed.warnings == std::vector<std::string>{"JSON holds 2 postings; the first one is used"});
}

TEST_CASE("JSON record: parts of the posting in fields of their own", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({
    "companyName": "Hollow Pine", "jobTitle": "Backend Engineer", "jobLocation": ["Oslo", "Bergen"],
    "jobResponsibilities": ["Build payment APIs", "Own the billing service"],
    "jobRequirements": ["Four years of Go"],
    "benefits": ["Pension plan"]
  })json");
  CHECK(parsed.facts.title == "Backend Engineer");
  CHECK(parsed.facts.company == "Hollow Pine");
  CHECK(parsed.facts.location == "Oslo; Bergen");
  CHECK(DebugString(parsed.blocks) == R"(H2 Benefits
L0 Pension plan
H2 Job requirements
L0 Four years of Go
H2 Job responsibilities
L0 Build payment APIs
L0 Own the billing service
)");
}

TEST_CASE("JSON record: a description kept as titled parts in a nested object", "[json-record]") {
  // An applicant-tracking answer: no description field, the posting's
  // parts under jobAd.sections, each with its title and HTML text.
  const ParsedDocument parsed = ParseRecord(R"json({"id": "7440001", "name": "Backend Engineer",
    "company": {"name": "Northwind Labs"}, "location": {"city": "Lisbon", "country": "pt"},
    "jobAd": {"sections": {
      "jobDescription": {"title": "Job Description", "text": "<ul><li>Design APIs</li><li>Review code</li></ul>"},
      "qualifications": {"title": "Qualifications", "text": "<ul><li>3+ years of Go</li></ul>"}}}})json");
  CHECK(parsed.facts.title == "Backend Engineer");
  CHECK(parsed.facts.company == "Northwind Labs");
  CHECK(parsed.facts.location == "Lisbon");
  CHECK(DebugString(parsed.blocks) == R"(H2 Job Description
L0 Design APIs
L0 Review code
H2 Qualifications
L0 3+ years of Go
)");
}

TEST_CASE("JSON record: a posting inside a wrapper of any name", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({"meta": {"count": 2}, "payload": {"offers": [
    {"title": "Product Designer", "company_name": "Atelier Nord", "city": "Oslo",
     "description": "<p>Atelier Nord lager digitale tjenester for kommuner og sykehus i hele landet.</p>"},
    {"title": "Frontend Developer", "company_name": "Atelier Nord", "description": "<p>Another one entirely.</p>"}]}})json");
  CHECK(parsed.facts.title == "Product Designer");
  CHECK(parsed.facts.company == "Atelier Nord");
  CHECK(parsed.facts.location == "Oslo");
}

TEST_CASE("JSON record: a short list in a field of its own is a part", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({"title": "Data Analyst",
    "description": "<p>We are a growing fintech in Berlin with a small analytics team.</p>",
    "requirements": "<ul><li>SQL</li><li>Python</li></ul>"})json");
  CHECK(DebugString(parsed.blocks) == R"(P We are a growing fintech in Berlin with a small analytics team.
H2 Requirements
L0 SQL
L0 Python
)");
}

TEST_CASE("JSON record: a long description without a title is still a posting", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({"issue": 12, "author": "someone",
    "text": "Backend developer wanted at Birchline\n\nWe build tools for bakeries and are hiring a backend developer who knows PostgreSQL and enjoys small teams. You will own our order service and its APIs, and help us move to event sourcing.\n\nWrite to jobs@birchline.example"})json");
  CHECK_FALSE(parsed.facts.title);  // found later, in the text
  // Its first line reads as a heading; normalize takes the title from it.
  CHECK(DebugString(parsed.blocks).rfind("H0 Backend developer wanted at Birchline\nP We build tools", 0) == 0);
  const ParsedDocument too_short = ParseRecord(R"json({"issue": 12, "text": "Thanks for the report!"})json");
  CHECK(too_short.blocks.empty());
}

TEST_CASE("JSON record: a salary object, terms in words, an older currency code", "[json-record]") {
  // As a Russian job API answers: pay as {"from", "to", "currency"}, the
  // type of employment and the schedule as named values.
  const ParsedDocument parsed = ParseRecord(R"json({"id": "70001",
    "name": "Инженер данных", "area": {"id": "1", "name": "Казань"},
    "salary": {"from": 180000, "to": 240000, "currency": "RUR", "gross": false},
    "employment": {"id": "full", "name": "Полная занятость"}, "schedule": {"id": "remote", "name": "Удаленная работа"},
    "employer": {"id": "17", "name": "Зелёный Мост"}, "published_at": "2026-11-20T10:15:00+0300",
    "alternate_url": "https://jobs.example.ru/vacancy/70001",
    "description": "<p><strong>Обязанности:</strong></p><ul><li>развитие хранилища данных</li></ul>"})json");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Инженер данных");
  CHECK(facts.company == "Зелёный Мост");
  CHECK(facts.location == "Казань");
  CHECK(facts.url == "https://jobs.example.ru/vacancy/70001");
  CHECK(facts.date_posted == "2026-11-20");
  REQUIRE(facts.salary);
  CHECK(facts.salary->min == 180000);
  CHECK(facts.salary->max == 240000);
  CHECK(facts.salary->currency == "RUB");  // ISO 4217 today
  // Not schema.org words: left to normalize as card lines.
  CHECK_FALSE(facts.employment_type);
  CHECK(parsed.header_lines == std::vector<std::string>{"Полная занятость", "Удаленная работа"});
}

TEST_CASE("JSON record: the posting's fields one object down", "[json-record]") {
  // A job board API that keeps title, place and type in "position" and the
  // employer's name two objects down; no description at all.
  const ParsedDocument parsed = ParseRecord(R"json({"url": "https://jobs.example.kr/view?rec=5512",
    "company": {"detail": {"href": "https://jobs.example.kr/company/77", "name": "(주)한빛소프트웨어"}},
    "position": {"title": "백엔드 개발자 (Kotlin)", "location": {"code": "101", "name": "서울 &gt; 마포구"},
      "job-type": {"code": "1", "name": "정규직"}},
    "salary": {"code": "12", "name": "4,000~4,500만원"}, "expiration-date": "2026-12-31T23:59:59+0900"})json");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "백엔드 개발자 (Kotlin)");
  CHECK(facts.company == "(주)한빛소프트웨어");
  CHECK(facts.location == "서울 > 마포구");
  CHECK(facts.valid_through == "2026-12-31");
  REQUIRE(facts.salary);
  CHECK(facts.salary->text == "4,000~4,500만원");
  CHECK(parsed.header_lines == std::vector<std::string>{"정규직"});
  CHECK(parsed.blocks.empty());
}

TEST_CASE("JSON record: places as a list of address objects, in a register's capitals", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({"title": "Systemutvikler", "employer": {"name": "FJELLVIND DATA AS"},
    "workLocations": [{"address": "Kongens gate 3", "city": "ÅLESUND", "postalCode": "6002"},
                      {"city": "ÅLESUND"}, {"city": "MOLDE"}],
    "extent": "Heltid", "engagementtype": "Fast", "published": "2026-11-28T09:12:00",
    "description": "<h3>Arbeidsoppgaver</h3><ul><li>Utvikle tjenester i Kotlin</li></ul>"})json");
  CHECK(parsed.facts.location == "Ålesund; Molde");
  CHECK(parsed.facts.company == "FJELLVIND DATA AS");  // a name is kept as written
  CHECK(parsed.header_lines == std::vector<std::string>{"Fast", "Heltid"});
}

TEST_CASE("JSON record: one posting inside a wrapper object, dates as Unix time", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({"data": {"id": "58211", "type": "job-ads",
    "attributes": {"title": "Assistente amministrativo/a", "company": "Cooperativa Sole Alto", "city": "Torino",
      "created": 1764412800,
      "body": "<h2>Mansioni</h2><ul><li>Gestione della fatturazione</li><li>Archiviazione documenti</li></ul>"}}})json");
  CHECK(parsed.facts.title == "Assistente amministrativo/a");
  CHECK(parsed.facts.location == "Torino");
  CHECK(parsed.facts.date_posted == "2025-11-29");
  CHECK(DebugString(parsed.blocks) == "H2 Mansioni\nL0 Gestione della fatturazione\nL0 Archiviazione documenti\n");
  // Milliseconds too.
  CHECK(ParseRecord(R"json({"title": "Kokk", "company": "Fjordbua", "location": "Bergen", "postedAt": 1764412800000,
    "description": "Vi søker en kokk til vår restaurant i sentrum av Bergen."})json").facts.date_posted == "2025-11-29");
}

TEST_CASE("JSON record: a résumé is no posting, though it has a name and a summary", "[json-record]") {
  const ParsedDocument parsed = ParseRecord(R"json({"basics": {"name": "Ines Várzea", "label": "Data analyst",
    "summary": "Analyst with five years of retail forecasting, SQL and Python, looking for a team that ships.",
    "location": {"city": "Porto"}}, "work": [{"name": "Loja Norte", "position": "Analyst"}]})json");
  CHECK_FALSE(parsed.facts.title);
  CHECK(parsed.blocks.empty());
}

}  // namespace
}  // namespace jobpipe
