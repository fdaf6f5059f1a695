// Issue 11: the site URL rewriter copied path parts unchecked, so %2F, ..,
// NUL or another scheme reached the API path. Such URLs are now read as
// plain pages (site ""), never rewritten onto the API host.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "ingest/site_urls.h"

TEST_CASE("RewriteForSite keeps hostile board and company names out of API paths") {
  const std::string uuid = "6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11";
  const std::string urls[] = {
      "https://boards.greenhouse.io/..%2F..%2Fadmin/jobs/123",
      "https://boards.greenhouse.io/%2e%2e/jobs/123",
      "https://boards.greenhouse.io/acme%00x/jobs/123",
      "https://boards.greenhouse.io/embed/job_app?for=../../x&token=123",
      "https://boards.greenhouse.io/embed/job_app?for=a%2Fb&token=123",
      "https://boards.greenhouse.io/embed/job_app?for=javascript:alert(1)&token=123",
      "https://jobs.lever.co/..%2Fv1/" + uuid,
      "https://jobs.lever.co/http:%2F%2Fevil/" + uuid,
      "https://jobs.lever.co/ac me/" + uuid,
  };
  const std::map<std::string, std::string> no_bases;
  for (const std::string& url : urls) {
    INFO(url);
    jobpipe::SiteTarget target = jobpipe::RewriteForSite(url, no_bases);
    CHECK(target.site == "");
    CHECK(target.url == url);
  }
  // Ordinary names still are rewritten.
  CHECK(jobpipe::RewriteForSite("https://boards.greenhouse.io/acme-co.eu_2/jobs/123", no_bases).site ==
        "greenhouse");
  CHECK(jobpipe::RewriteForSite("https://jobs.lever.co/acme/" + uuid, no_bases).site == "lever");
}
