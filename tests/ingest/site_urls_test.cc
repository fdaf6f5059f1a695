// RewriteForSite: table-driven.
#include "ingest/site_urls.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

using jobpipe::RewriteForSite;

TEST_CASE("RewriteForSite maps job page URLs to the sites' posting data") {
  struct Case {
    std::string url;
    std::string expected;
    std::string site;
  };
  const std::string li = "https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/";
  const std::string gh = "https://boards-api.greenhouse.io/v1/boards/";
  const std::string lever = "https://api.lever.co/v0/postings/";
  const std::string uuid = "6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11";
  const Case cases[] = {
      // LinkedIn: every shape of job URL people copy.
      {"https://www.linkedin.com/jobs/view/3900000001", li + "3900000001", "linkedin"},
      {"https://www.linkedin.com/jobs/view/3900000001/", li + "3900000001", "linkedin"},
      {"https://www.linkedin.com/jobs/view/3900000001/?trk=abc&refId=x", li + "3900000001",
       "linkedin"},
      {"https://www.linkedin.com/jobs/view/senior-data-engineer-at-acme-3900000001",
       li + "3900000001", "linkedin"},
      {"https://it.linkedin.com/jobs/view/ingegnere-software-3900000002", li + "3900000002",
       "linkedin"},
      {"https://linkedin.com/jobs/view/3900000003", li + "3900000003", "linkedin"},
      {"https://www.linkedin.com/comm/jobs/view/3900000004", li + "3900000004", "linkedin"},
      {"https://www.linkedin.com/jobs/search/?currentJobId=3900000005&keywords=rust",
       li + "3900000005", "linkedin"},
      {"https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3900000006",
       li + "3900000006", "linkedin"},
      {"https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/3900000007", li + "3900000007",
       "linkedin"},
      {"HTTPS://WWW.LINKEDIN.COM/jobs/view/3900000008#top", li + "3900000008", "linkedin"},
      // LinkedIn pages that are not one job stay as they are.
      {"https://www.linkedin.com/company/acme/", "https://www.linkedin.com/company/acme/", ""},
      {"https://www.linkedin.com/jobs/search/?keywords=rust",
       "https://www.linkedin.com/jobs/search/?keywords=rust", ""},
      {"https://notlinkedin.com/jobs/view/1", "https://notlinkedin.com/jobs/view/1", ""},
      // Greenhouse boards, old and new hosts, EU, embed links.
      {"https://boards.greenhouse.io/harbourlight/jobs/4100000002",
       gh + "harbourlight/jobs/4100000002", "greenhouse"},
      {"https://job-boards.greenhouse.io/harbourlight/jobs/4100000002?gh_src=abc",
       gh + "harbourlight/jobs/4100000002", "greenhouse"},
      {"https://job-boards.eu.greenhouse.io/harbourlight/jobs/4100000002",
       "https://boards-api.eu.greenhouse.io/v1/boards/harbourlight/jobs/4100000002", "greenhouse"},
      {"https://boards.greenhouse.io/embed/job_app?for=harbourlight&token=4100000002",
       gh + "harbourlight/jobs/4100000002", "greenhouse"},
      {"https://boards.greenhouse.io/harbourlight", "https://boards.greenhouse.io/harbourlight",
       ""},
      {"https://www.example.com/careers?gh_jid=4100000002",
       "https://www.example.com/careers?gh_jid=4100000002", ""},
      // Lever, with or without /apply, EU.
      {"https://jobs.lever.co/quillmark/" + uuid, lever + "quillmark/" + uuid, "lever"},
      {"https://jobs.lever.co/quillmark/" + uuid + "/apply", lever + "quillmark/" + uuid, "lever"},
      {"https://jobs.eu.lever.co/quillmark/" + uuid,
       "https://api.eu.lever.co/v0/postings/quillmark/" + uuid, "lever"},
      {"https://jobs.lever.co/quillmark", "https://jobs.lever.co/quillmark", ""},
      {"https://jobs.lever.co/quillmark/not-a-uuid", "https://jobs.lever.co/quillmark/not-a-uuid",
       ""},
      // Anything else.
      {"https://example.com/job/1", "https://example.com/job/1", ""},
      {"not a url", "not a url", ""},
  };
  for (const auto& c : cases) {
    INFO(c.url);
    auto target = RewriteForSite(c.url, {});
    CHECK(target.url == c.expected);
    CHECK(target.site == c.site);
  }
}

TEST_CASE("RewriteForSite uses the adapter bases tests give") {
  std::map<std::string, std::string> bases = {{"linkedin", "http://127.0.0.1:8080/"},
                                              {"greenhouse", "http://127.0.0.1:8081"},
                                              {"lever", "http://127.0.0.1:8082"}};
  CHECK(RewriteForSite("https://www.linkedin.com/jobs/view/42", bases).url ==
        "http://127.0.0.1:8080/jobs-guest/jobs/api/jobPosting/42");
  CHECK(RewriteForSite("https://boards.greenhouse.io/b/jobs/7", bases).url ==
        "http://127.0.0.1:8081/v1/boards/b/jobs/7");
  CHECK(RewriteForSite("https://jobs.lever.co/c/6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11", bases).url ==
        "http://127.0.0.1:8082/v0/postings/c/6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11");
  CHECK(RewriteForSite("http://127.0.0.1:8080/job/1", bases).url == "http://127.0.0.1:8080/job/1");
}
