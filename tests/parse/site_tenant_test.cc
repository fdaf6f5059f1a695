// The employer named by an applicant tracking system's URL, spelled as the
// posting writes it (parse/sites/tenant.h), and through ParseHtml for a page
// that states no company anywhere else.
#include "parse/sites/tenant.h"

#include <catch2/catch.hpp>

#include "parse/parse.h"

namespace jobpipe::html {
namespace {

TEST_CASE("ats tenant: the account name in job URLs", "[site]") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"https://tallyforge.wd3.myworkdayjobs.com/en-US/External/job/Lisbon/Engineer_R-120",
       "tallyforge"},
      {"https://Tallyforge.myworkdayjobs.com/careers", "tallyforge"},
      {"https://boards.greenhouse.io/harbourlight/jobs/4100000002", "harbourlight"},
      {"https://job-boards.eu.greenhouse.io/orchard-ledger/jobs/6101234?gh_src=x",
       "orchard-ledger"},
      {"https://jobs.lever.co/fernhill/2a1b-44c9", "fernhill"},
      {"https://jobs.ashbyhq.com/lumenfold/0f6e", "lumenfold"},
      {"https://brugwerk.jobs.personio.de/job/88120?language=nl", "brugwerk"},
      {"https://kestrel.teamtailor.com/jobs/5120-firmware", "kestrel"},
      {"https://careers.smartrecruiters.com/CorbelAnalytics/7440", "corbelanalytics"},
      {"https://apply.workable.com/veltris/j/AB12/", "veltris"},
      // Not a tenant: embeds, other hosts, look-alikes, no URL at all.
      {"https://boards.greenhouse.io/embed/job_app?for=acme", std::nullopt},
      {"https://boards.greenhouse.io/", std::nullopt},
      {"https://www.linkedin.com/jobs/view/4012345678/", std::nullopt},
      {"https://myworkdayjobs.com.example/jobs", std::nullopt},
      {"https://notlever.co/acme/1", std::nullopt},
      {"fixtures/html/greenhouse-board.html", std::nullopt},
  };
  for (const auto& [url, tenant] : cases) {
    INFO(url);
    CHECK(sites::AtsTenant(url) == tenant);
  }
}

TEST_CASE("ats tenant: spelled as the text writes it", "[site]") {
  CHECK(sites::TenantAsWritten("tallyforge", "Join TALLYFORGE. At Tallyforge we... TallyForge") ==
        "TALLYFORGE");  // ties: the first spelling seen
  CHECK(sites::TenantAsWritten("tallyforge", "Tallyforge builds. Tallyforge ships. TALLYFORGE") ==
        "Tallyforge");
  CHECK(sites::TenantAsWritten("harbourlight", "Harbour Light Games is hiring.") == "Harbour Light");
  CHECK(sites::TenantAsWritten("orchard-ledger", "Orchard Ledger runs accounting.") == "Orchard Ledger");
  CHECK(sites::TenantAsWritten("fernhill", "A bakery in Fernhillside.") == std::nullopt);
  CHECK(sites::TenantAsWritten("fernhill", "No name here.") == std::nullopt);
  CHECK(sites::TenantAsWritten("", "Anything") == std::nullopt);
}

TEST_CASE("ats tenant: a Workday page without a stated company", "[site][html]") {
  Document document;
  document.format = "html";
  document.source.name = "saved.html";
  document.body = R"(<html><head><title>Robotics Test Engineer</title>
<meta property="og:url" content="https://tallyforge.wd3.myworkdayjobs.com/en-US/External/job/Lisbon/Robotics-Test-Engineer_R-120">
</head><body><div data-automation-id="jobPostingDescription">
<p>TALLYFORGE builds warehouse robots. As a test engineer at TALLYFORGE you plan test campaigns.</p>
<ul><li>Write test plans for new robot models</li><li>Run field tests in our Lisbon lab</li></ul>
</div></body></html>)";
  const ParsedDocument parsed = ParseHtml(document);
  CHECK(parsed.facts.company == "TALLYFORGE");
}

}  // namespace
}  // namespace jobpipe::html
