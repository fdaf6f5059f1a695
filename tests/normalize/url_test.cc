// Canonical posting URLs: every LinkedIn shape to /jobs/view/N/, tracking
// parameters dropped elsewhere, meaningful ones (gh_jid, jk) kept.
#include <catch2/catch.hpp>

#include "normalize/facts/facts.h"
#include "normalize/facts/text_lines.h"
#include "normalize/facts/url.h"

namespace jobpipe {
namespace {

TEST_CASE("CanonicalPostingUrl reduces every LinkedIn job URL to /jobs/view/N/") {
  const std::pair<const char*, const char*> cases[] = {
      {"https://www.linkedin.com/jobs/search/?currentJobId=4125010828",
       "https://www.linkedin.com/jobs/view/4125010828/"},
      {"https://www.linkedin.com/jobs/search/?currentJobId=4125010828&geoId=92000000&keywords=mlops",
       "https://www.linkedin.com/jobs/view/4125010828/"},
      {"https://www.linkedin.com/jobs/view/3998877661", "https://www.linkedin.com/jobs/view/3998877661/"},
      {"https://www.linkedin.com/jobs/view/3998877661/?trk=public_jobs_topcard&refId=abc",
       "https://www.linkedin.com/jobs/view/3998877661/"},
      {"https://www.linkedin.com/jobs/view/senior-data-engineer-at-example-corp-3998877661",
       "https://www.linkedin.com/jobs/view/3998877661/"},
      {"https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3900000001&discover=true",
       "https://www.linkedin.com/jobs/view/3900000001/"},
      {"https://uk.linkedin.com/jobs/view/backend-developer-3811112222?originalSubdomain=uk",
       "https://www.linkedin.com/jobs/view/3811112222/"},
      {"http://de.linkedin.com/jobs/view/3811112223/", "https://www.linkedin.com/jobs/view/3811112223/"},
      {"https://linkedin.com/comm/jobs/view/3811112224", "https://www.linkedin.com/jobs/view/3811112224/"},
      {"  https://www.linkedin.com/jobs/view/3811112225#apply  ", "https://www.linkedin.com/jobs/view/3811112225/"},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    CHECK(facts::CanonicalPostingUrl(input) == expected);
  }
}

TEST_CASE("CanonicalPostingUrl drops tracking parameters and the fragment, keeps the rest") {
  const std::pair<const char*, const char*> cases[] = {
      {"https://jobs.example.com/role/42?utm_source=newsletter&utm_medium=email",
       "https://jobs.example.com/role/42"},
      {"https://boards.greenhouse.io/acme/jobs/123?gh_jid=123&gh_src=abc",
       "https://boards.greenhouse.io/acme/jobs/123?gh_jid=123"},
      {"https://www.indeed.com/viewjob?jk=abc123&from=serp&vjs=3&fbclid=XYZ",
       "https://www.indeed.com/viewjob?jk=abc123&from=serp&vjs=3"},
      {"https://careers.example.org/jobs?id=7&ref=twitter&src=feed&gclid=1#section",
       "https://careers.example.org/jobs?id=7"},
      {"HTTPS://Jobs.Example.COM/Path/Case?Keep=Yes", "https://jobs.example.com/Path/Case?Keep=Yes"},
      {"https://jobs.lever.co/acme/abc-def?lever-source=LinkedIn", "https://jobs.lever.co/acme/abc-def"},
      {"https://www.linkedin.com/company/example/", "https://www.linkedin.com/company/example/"},
      {"not a url", "not a url"},
      {"", ""},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    CHECK(facts::CanonicalPostingUrl(input) == expected);
  }
}

// fuzz_url's first finding (docs/RELIABILITY.md): a host ending in a
// no-break space ended the URL once the tracking query was dropped, and
// the second call trimmed it away.
TEST_CASE("CanonicalPostingUrl is idempotent when dropping the query bares a trailing space") {
  for (const char* input : {"http://jobs.example\xC2\xA0?utm_source=letter&utm_medium=email",
                            "https://jobs.example.com/42\xC2\xA0?ref=feed", "http://\xC2\xA0?utm_x=1",
                            // fuzz_url's second: the query cut to a no-break space.
                            "https://jobs.example/42?\xC2\xA0&", "https://jobs.example/42?\xC2\xA0&utm_a=1"}) {
    INFO(input);
    const std::string once = facts::CanonicalPostingUrl(input);
    CHECK(facts::CanonicalPostingUrl(once) == once);
  }
  CHECK(facts::CanonicalPostingUrl("http://jobs.example\xC2\xA0?utm_source=letter") == "http://jobs.example");
  CHECK(facts::CanonicalPostingUrl("https://jobs.example/42?\xC2\xA0&") == "https://jobs.example/42");
  // The fuzzer's own input, NUL bytes and all.
  const std::string fuzzed("https://job.\x0e\0\x08\0\0\0\0o?\xc2\xa0&", 24);
  CHECK(facts::CanonicalPostingUrl(facts::CanonicalPostingUrl(fuzzed)) == facts::CanonicalPostingUrl(fuzzed));
}

TEST_CASE("FindPostingUrl takes the header's URL line, else the URL the user asked for") {
  ParsedDocument parsed;
  parsed.header_lines = {"https://www.linkedin.com/jobs/search/?currentJobId=123", "Data Engineer"};
  CHECK(facts::FindPostingUrl(parsed) == "https://www.linkedin.com/jobs/view/123/");

  ParsedDocument fetched;
  fetched.source.name = "https://jobs.example.com/42?utm_campaign=x";
  CHECK(facts::FindPostingUrl(fetched) == "https://jobs.example.com/42");

  ParsedDocument file;
  file.source.name = "posting.txt";
  CHECK_FALSE(facts::FindPostingUrl(file).has_value());
}

TEST_CASE("FindApplyUrl reads the URL after an apply cue") {
  auto lines = [](const char* text) { return std::vector<facts::TextLine>{facts::TextLine{text}}; };
  CHECK(facts::FindApplyUrl(lines("Apply at https://jobs.example.com/apply/9?utm_source=x.")) ==
        "https://jobs.example.com/apply/9");
  CHECK(facts::FindApplyUrl(lines("Bewerben Sie sich hier: https://karriere.example.de/stelle/5")) ==
        "https://karriere.example.de/stelle/5");
  CHECK(FindApplyUrl(lines("Pour postuler : https://emplois.example.fr/offre/3")) ==
        "https://emplois.example.fr/offre/3");
  CHECK_FALSE(FindApplyUrl(lines("Read more at https://blog.example.com/culture")).has_value());
}

}  // namespace
}  // namespace jobpipe
