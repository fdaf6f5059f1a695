// Whole invented pages in fixtures/html/ through ParseHtml: the blocks
// (DebugString) and the facts structured data states.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "tests/support/run_binary.h"

namespace jobpipe {
namespace {

ParsedDocument ParseFixture(const std::string& name, const std::string& fetched_url = "") {
  Document document;
  document.format = "html";
  document.source.type = SourceType::kHtml;
  document.source.name = std::string(JOBPIPE_FIXTURES_DIR) + "/html/" + name;
  document.source.fetched_url = fetched_url;
  document.body = testing::ReadFile(document.source.name);
  REQUIRE(!document.body.empty());
  return ParseHtml(document);
}

TEST_CASE("HTML page: LinkedIn guest job page", "[html][site]") {
  const ParsedDocument parsed = ParseFixture("linkedin-guest.html");
  CHECK(DebugString(parsed.blocks) == R"(H0 About Lumenfold
P Lumenfold builds scheduling software for community clinics in nine countries.
P We are a remote-first team of forty people.
H0 What you will do
L0 Own the Kubernetes platform that runs our booking services
L0 Design the CI/CD pipelines every team uses
L0 Lead incident reviews and on-call improvements
H0 What we are looking for
L0 7+ years building infrastructure for production systems
L0 Deep experience with Terraform and AWS
L0 Clear written English
H0 Nice to have
L0 Experience with Go
P Lumenfold is an equal opportunity employer.
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Staff Platform Engineer");
  CHECK(facts.company == "Lumenfold");
  CHECK(facts.company_url == "https://pt.linkedin.com/company/lumenfold");
  CHECK(facts.location == "Lisbon, Lisbon, Portugal");
  CHECK(facts.seniority == "mid_senior");
  CHECK(facts.employment_type == "full_time");
  CHECK(facts.department == "Engineering and Information Technology");
  CHECK(facts.language == "en");
  CHECK(facts.identifier == "4012345678");
  CHECK(facts.url == "https://www.linkedin.com/jobs/view/4012345678/");
  CHECK(facts.posted_ago == "3 days ago");  // normalize dates it from the run's date
  CHECK(!facts.date_posted);
  CHECK(parsed.warnings.empty());
}

TEST_CASE("HTML page: the guest API URL names the job", "[html][site]") {
  const ParsedDocument parsed =
      ParseFixture("linkedin-guest.html", "http://127.0.0.1:8080/jobs-guest/jobs/api/jobPosting/4099999999");
  // The canonical link of the page is not the URL asked for; the fetched one wins.
  CHECK(parsed.facts.identifier == "4099999999");
}

TEST_CASE("HTML page: broken JSON-LD is repaired", "[html][jsonld]") {
  const ParsedDocument parsed = ParseFixture("broken-jsonld.html");
  CHECK(DebugString(parsed.blocks) == R"(P Corbel Analytics turns retail sales data into forecasts.
H3 Responsibilities
L0 Build batch and streaming pipelines
L0 Keep our warehouse tidy
H3 Requirements
L0 3 years of Python and SQL
L0 Experience with Airflow
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Data Engineer");
  CHECK(facts.company == "Corbel Analytics");
  CHECK(facts.company_url == "https://corbel.example");
  CHECK(facts.location == "Leeds");  // the city alone: region and country are coarser
  CHECK(facts.employment_type == "full_time");
  CHECK(facts.date_posted == "2026-09-14");
  CHECK(facts.valid_through == "2026-10-31");
  CHECK(facts.identifier == "CA-0193");
  CHECK(facts.language == "en");
  REQUIRE(facts.salary);
  CHECK(facts.salary->text == "48000-56000 GBP per year");  // as written, never re-formatted
  CHECK(facts.salary->min == 48000);
  CHECK(facts.salary->max == 56000);
  CHECK(facts.salary->currency == "GBP");
  CHECK(facts.salary->period == "year");
}

TEST_CASE("HTML page: @graph JSON-LD with an escaped description", "[html][jsonld]") {
  const ParsedDocument parsed = ParseFixture("graph-jsonld.html");
  CHECK(DebugString(parsed.blocks) == R"(P Tidewell makes tide tables for sailors.
H0 What you will do
L0 Design our mobile charts
L0 Run user interviews
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Product Designer");
  CHECK(facts.company == "Tidewell & Co");
  CHECK(facts.company_url == "https://tidewell.example");
  CHECK(facts.location == "Canada; United States");
  CHECK(facts.workplace == "remote");
  CHECK(facts.employment_type == "contract");
  CHECK(facts.apply_url == "https://apply.tidewell.example/pd");
  CHECK(facts.url == "https://careers.tidewell.example/jobs/product-designer");
  CHECK(facts.identifier == "TW-77");
  REQUIRE(facts.salary);
  CHECK(facts.salary->text == "65 USD per hour");
  CHECK(facts.salary->period == "hour");
}

TEST_CASE("HTML page: Greenhouse board without JSON-LD", "[html][site]") {
  const ParsedDocument parsed = ParseFixture("greenhouse-board.html");
  CHECK(DebugString(parsed.blocks) == R"(H0 Who we are
P Orchard Ledger runs accounting for 12,000 small farms. We are 60 people in Berlin and Vienna.
H0 Your tasks
L0 Build the payment reconciliation service in Kotlin
L0 Work with finance on ledger correctness
L1 double-entry invariants
L1 audit trails
H0 Your profile
L0 4+ years of backend development
L0 Solid SQL and PostgreSQL
L0 German is a plus, English is required
P Salary: €70,000 – €85,000
P Start: As soon as possible
P Contact: Mira Hoffmann, Talent
)");
  CHECK(parsed.facts.title == "Backend Engineer, Payments");
  CHECK(parsed.facts.company == "Orchard Ledger");
  CHECK(parsed.facts.location == "Berlin, Germany");  // the header card
  CHECK(parsed.facts.url == "https://job-boards.greenhouse.io/orchardledger/jobs/6101234");
}

TEST_CASE("HTML page: Workday shell with content only in JSON-LD", "[html][jsonld]") {
  const ParsedDocument parsed = ParseFixture("workday-jsonld-only.html");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Clinical Data Manager");
  CHECK(facts.company == "Veltris Health");
  CHECK(facts.company_url == std::nullopt);  // "sameAs": "" states nothing
  CHECK(facts.location == "Boston, MA; Raleigh, NC");  // a short region code stays with its city
  CHECK(facts.identifier == "R-20431");
  CHECK(facts.date_posted == "2026-07-21");
  CHECK(facts.language == "en");
  // A plain-text description goes through the text parser: lines stay lines.
  REQUIRE(parsed.blocks.size() >= 5);
  CHECK(parsed.blocks.front().text == "Veltris Health runs clinical trials for rare diseases.");
  bool found_item = false;
  for (const Block& block : parsed.blocks) {
    if (block.type == BlockType::kListItem && block.text == "Review trial data for completeness") found_item = true;
    CHECK(block.text.find("JavaScript") == std::string::npos);
  }
  CHECK(found_item);
}

TEST_CASE("HTML page: careers page found by text density", "[html]") {
  const ParsedDocument parsed = ParseFixture("careers-density.html");
  CHECK(DebugString(parsed.blocks) ==
        R"(P Kestrel Robotics builds autonomous inspection drones for wind farms. Our drones fly in gale-force winds, so our firmware has to be right the first time.
H2 The role
P You will own the flight controller firmware, from the sensor drivers up to the control loops, and work closely with our hardware and test teams in Gothenburg.
H2 What we expect
L0 Six or more years writing embedded C or C++ for microcontrollers
L0 Experience with real-time operating systems such as Zephyr or FreeRTOS
L0 Comfort with oscilloscopes, logic analysers and reading schematics
H2 What we offer
L0 Five weeks of vacation and a yearly wellness allowance
L0 A test field by the sea where you can see your code fly
P Send your application by 30 November.
)");
  CHECK(parsed.facts.title == "Senior Firmware Engineer");
  CHECK(parsed.facts.company == "Kestrel Robotics");
}

TEST_CASE("HTML page: German page", "[html][jsonld]") {
  const ParsedDocument parsed = ParseFixture("german-page.html");
  CHECK(DebugString(parsed.blocks) == R"(H2 Ihre Aufgaben
L0 Mitarbeit an unserer Tourenplanungssoftware in Java
L0 Automatisierte Tests schreiben & pflegen
H2 Ihr Profil
L0 Eingeschriebene*r Student*in der Informatik
L0 Gute Deutschkenntnisse
H2 Wir bieten
P Flexible Arbeitszeiten, 20 Stunden pro Woche, Jobticket.
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.language == "de");
  CHECK(facts.title == "Werkstudent (m/w/d) Softwareentwicklung");
  CHECK(facts.company == "Brunnhofer Logistik GmbH");
  CHECK(facts.location == "Würzburg");
  CHECK(facts.employment_type == "part_time");
  REQUIRE(facts.salary);
  CHECK(facts.salary->min == 16.5);
  CHECK(facts.salary->text == "16,50 EUR per hour");
}

TEST_CASE("HTML page: French page", "[html]") {
  const ParsedDocument parsed = ParseFixture("french-page.html");
  CHECK(DebugString(parsed.blocks) == R"(H1 Chargé·e de communication
P Lyon (69) — CDI — Hybride
H2 Vos missions
L0 Piloter nos réseaux sociaux et notre lettre d’information
L0 Organiser deux salons professionnels par an
H2 Votre profil
P Bac+3 en communication ; vous aimez écrire et vous avez l’œil pour les visuels.
)");
  CHECK(parsed.facts.language == "fr");
  CHECK(parsed.facts.title == "Chargé·e de communication");
  CHECK(parsed.facts.company == "Maison Vériel");
}

TEST_CASE("HTML page: a static-site source with front matter", "[html]") {
  Document document;
  document.format = "html";
  document.body = "---\ntitle: Night Desk Editor\ncompany: Harbor Street Daily\n---\n<p>We are hiring an editor.</p>\n";
  const ParsedDocument parsed = ParseHtml(document);
  CHECK(parsed.facts.title == "Night Desk Editor");
  CHECK(parsed.facts.company == "Harbor Street Daily");
  CHECK(DebugString(parsed.blocks) == "P We are hiring an editor.\n");
}

TEST_CASE("HTML page: adversarial input is total", "[html]") {
  Document document;
  document.format = "html";
  for (const char* body : {"", "<", "<html><body></body>", "<script type=\"application/ld+json\">{{{",
                           "<script type=\"application/ld+json\">not json at all</script><p>Text</p>",
                           "\xff\xfe<p>bytes</p>"}) {
    document.body = body;
    const ParsedDocument parsed = ParseHtml(document);
    CHECK(parsed.facts.title == std::nullopt);
  }
  document.body = "<script type=\"application/ld+json\">not json at all</script><p>Text</p>";
  const ParsedDocument parsed = ParseHtml(document);
  CHECK(DebugString(parsed.blocks) == "P Text\n");
  REQUIRE(parsed.warnings.size() == 1);
  CHECK(parsed.warnings[0] == "JSON-LD script 1: no JSON value found");
}

TEST_CASE("HTML page: 10,000-deep page through ParseHtml", "[html]") {
  Document document;
  document.format = "html";
  for (int i = 0; i < 10000; ++i) document.body += "<div><span>";
  document.body += "A posting buried very deep in a page that nests without end.";
  const ParsedDocument parsed = ParseHtml(document);
  CHECK(DebugString(parsed.blocks) == "P A posting buried very deep in a page that nests without end.\n");
}

TEST_CASE("HTML page: Next.js shell with the posting only in __NEXT_DATA__", "[html][app-state]") {
  const ParsedDocument parsed = ParseFixture("nextjs-app-state.html");
  CHECK(DebugString(parsed.blocks) == R"(H2 Over de functie
P Brugwerk Transport rijdt dagelijks met 140 vrachtwagens tussen Rotterdam en het Ruhrgebied. Als planner houd je de ritten op schema.
H2 Wat ga je doen?
L0 Ritten plannen voor 40 chauffeurs in ons planningssysteem
L0 Klanten informeren over vertragingen
L0 Samen met de werkplaats onderhoud inplannen
H2 Wat vragen wij?
L0 Een mbo-diploma logistiek
L0 Twee jaar ervaring in transportplanning
L0 Goede beheersing van Nederlands en Duits
H2 Benefits
L0 Reiskostenvergoeding
L0 pensioenregeling
L0 27 vakantiedagen
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Logistiek planner");  // not the site header's "title", not a related job's
  CHECK(facts.company == "Brugwerk Transport B.V.");
  CHECK(facts.location ==
        "Waalhaven Zuidzijde 12, Rotterdam");  // the id-only location object is skipped
  CHECK(facts.date_posted == "2026-10-02");
}

TEST_CASE("HTML page: Inertia page with the posting in data-page", "[html][app-state]") {
  const ParsedDocument parsed = ParseFixture("inertia-app-state.html");
  CHECK(DebugString(parsed.blocks) ==
        R"(P Tallyforge reconciles invoices for small accounting firms.
H3 What you will do
L0 Build the pipelines that import bank statements
L0 Own our Postgres schema and its migrations
H3 About you
L0 Three years writing Python in production
L0 Comfortable talking to customers
)");
  const Facts& facts = parsed.facts;
  CHECK(facts.title == "Founding Data Engineer");
  CHECK(facts.company == "Tallyforge");  // props.company, beside props.job
  CHECK(facts.location == "Lisbon, PT / Remote (EU)");
  CHECK(facts.employment_type == "full_time");
}

}  // namespace
}  // namespace jobpipe
