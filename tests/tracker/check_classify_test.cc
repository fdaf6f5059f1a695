// The pure parts of `check`: when a redirect means "sent away from the
// posting", which page words mean "closed".
#include <catch2/catch.hpp>

#include "app/tracker/check_classify.h"
#include "app/tracker/closed_markers.h"

namespace jobpipe::tracker {
namespace {

TEST_CASE("check: a redirect is 'sent away' only when the final URL no longer names the posting") {
  struct Case {
    const char* asked;
    const char* final_url;
    bool away;
  };
  const std::vector<Case> cases = {
      {"https://x.test/jobs/77", "https://x.test/jobs/77", false},
      {"https://x.test/jobs/77", "", false},
      {"https://x.test/jobs/77", "https://x.test/jobs/", true},
      {"https://x.test/jobs/77", "https://x.test/careers?error=not-found", true},
      {"https://x.test/jobs/77", "https://www.x.test/jobs/77", false},       // www. added
      {"https://x.test/jobs/data-engineer/", "https://x.test/jobs/data-engineer", false},
      {"https://x.test/jobs?id=77", "https://x.test/jobs", true},
      // The token in the host or port is no page naming the posting.
      {"http://127.0.0.1:38812/retired/88", "http://127.0.0.1:38812/jobs/index.html", true},
      {"https://jobs77.x.test/jobs/77", "https://jobs77.x.test/careers", true},
      // A site adapter's API URL keeps the id: not a redirect.
      {"https://www.linkedin.com/jobs/view/3900000101/",
       "http://127.0.0.1:1/jobs-guest/jobs/api/jobPosting/3900000101", false},
  };
  for (const Case& c : cases) {
    INFO(c.asked << " -> " << c.final_url);
    CHECK(RedirectedAway(c.asked, c.final_url) == c.away);
  }
}

TEST_CASE("check: closed markers are whole phrases, any case") {
  CHECK(FindClosedMarker("<span>No longer accepting applications</span>") ==
        "no longer accepting applications");
  CHECK(FindClosedMarker("Sorry, THIS POSITION HAS BEEN FILLED.").has_value());
  CHECK_FALSE(FindClosedMarker("Our old stack is no longer used; tokens expired daily").has_value());
}

}  // namespace
}  // namespace jobpipe::tracker
