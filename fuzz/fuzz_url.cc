// libFuzzer target: URL canonicalisation and the site adapters' rewriting.
// Canonicalising is idempotent (a record's URL, read back and canonicalised
// again, must name the same posting), and a rewritten URL stays on the
// adapter's host.
#include <map>
#include <string>

#include "fuzz/fuzz_pipeline.h"
#include "ingest/site_urls.h"
#include "normalize/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string url(jobpipe::fuzz::Bytes(data, size));
  std::string once = jobpipe::CanonicalPostingUrl(url);
  if (jobpipe::CanonicalPostingUrl(once) != once) {
    jobpipe::fuzz::Fail("CanonicalPostingUrl is not idempotent on: " + url);
  }
  (void)jobpipe::RewriteForSite(url, {});
  const std::string base = "http://127.0.0.1:8080";
  const std::map<std::string, std::string> bases = {
      {"linkedin", base}, {"greenhouse", base}, {"lever", base}};
  jobpipe::SiteTarget target = jobpipe::RewriteForSite(url, bases);
  if (!target.site.empty() && target.url.rfind(base + "/", 0) != 0) {
    jobpipe::fuzz::Fail("a rewritten URL left the adapter's host: " + target.url);
  }
  return 0;
}
