// Page-title shapes and head facts (parse/html/meta.cc).
#include <catch2/catch.hpp>

#include <vector>

#include "parse/html/gumbo_dom.h"
#include "parse/html/meta.h"

namespace jobpipe::html {
namespace {

struct TitleCase {
  const char* page_title;
  const char* title;
  const char* company;  // "" for none
};

const std::vector<TitleCase> kTitles = {
    {"Acme hiring Data Analyst in Rome, Italy | LinkedIn", "Data Analyst", "Acme"},
    {"Job Application for Backend Engineer at Orchard Ledger", "Backend Engineer", "Orchard Ledger"},
    {"Backend Engineer at Acme | Y Combinator's Work at a Startup", "Backend Engineer", "Acme"},
    {"Data Engineer | Corbel", "Data Engineer", "Corbel"},
    {"Data Engineer - Corbel | Indeed", "Data Engineer", "Corbel"},
    {"Analytics Engineer \u2013 Vercel", "Analytics Engineer", "Vercel"},
    {"Senior Engineer - Payments", "Senior Engineer - Payments", ""},
    {"Platform Engineer | Remote | Australia Job in Melbourne VIC - SEEK", "Platform Engineer", ""},
    {"Designer | Careers at Tidewell", "Designer", "Tidewell"},
    {"Designer | Tidewell Careers", "Designer", "Tidewell"},
    {"Designer | LinkedIn", "Designer", ""},
};

TEST_CASE("HTML meta: page title shapes", "[html]") {
  for (const TitleCase& c : kTitles) {
    SECTION(c.page_title) {
      const TitleParts parts = ParsePageTitle(c.page_title);
      CHECK(parts.title == c.title);
      CHECK(parts.company.value_or("") == c.company);
    }
  }
}

TEST_CASE("HTML meta: language codes", "[html]") {
  CHECK(LanguageCode("de-DE") == "de");
  CHECK(LanguageCode("EN") == "en");
  CHECK(LanguageCode("pt_BR") == "pt");
  CHECK(LanguageCode("x") == std::nullopt);
  CHECK(LanguageCode("eng") == std::nullopt);
}

TEST_CASE("HTML meta: head facts and the first visible h1", "[html]") {
  const Dom dom = BuildDom(
      "<html lang=\"sv\"><head><link rel=\"canonical\" href=\"https://x.example/jobs/1\">"
      "<meta property=\"og:site_name\" content=\"Fjord Careers\"></head>"
      "<body><header><h1>Fjord</h1></header><h1>Welder</h1></body></html>");
  const Facts facts = MetaFacts(dom);
  CHECK(facts.language == "sv");
  CHECK(facts.url == "https://x.example/jobs/1");
  CHECK(facts.company == "Fjord");
  CHECK(facts.title == "Welder");
}

TEST_CASE("HTML meta: an article's own header holds the job's h1", "[html]") {
  // The site's banner header is dropped; a <header> inside an article,
  // main or section is the posting's (HTML's banner role says the same).
  const Dom dom = BuildDom(
      "<html><body><header><a href=\"/\">Logo</a></header><section class=\"single-job-view\">"
      "<header class=\"single-job-view__header\"><div>2026-01-03</div><h1>Administratör till Göteborg</h1></header>"
      "<p>Just nu söker vi en administratör.</p></section></body></html>");
  CHECK(MetaFacts(dom).title == "Administratör till Göteborg");
}

TEST_CASE("HTML meta: entities decode through gumbo", "[html]") {
  CHECK(DecodeEntities("AT&amp;T &lt;b&gt; caf&eacute; &#x20AC;") == "AT&T <b> café €");
  CHECK(DecodeEntities("no entities") == "no entities");
}

}  // namespace
}  // namespace jobpipe::html
