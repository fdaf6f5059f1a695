// Site adapters end to end: the URL a user copies from LinkedIn, Greenhouse
// or Lever, rewritten to the site's public posting page or API (here served
// by the loopback server through --adapter-base), parsed into a record.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/loopback_server.h"
#include "tests/support/run_binary.h"
#include "tests/support/schema_check.h"

using jobpipe::testing::LoopbackServer;
using jobpipe::testing::SharedLoopbackServer;
using jobpipe::testing::RunJobpipe;
using nlohmann::json;

namespace {

json FetchJson(const LoopbackServer& server, const std::string& site, const std::string& url) {
  auto r = RunJobpipe({"--format", "json", "--date", "2025-01-15", "--adapter-base",
                       site + "=" + server.base_url(), url});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  json out = json::parse(r.out);
  CHECK(jobpipe::testing::SchemaErrors(out) == "");
  return out;
}

std::size_t ItemsOfKind(const json& out, const std::string& kind) {
  std::size_t n = 0;
  for (const auto& s : out["sections"]) {
    if (s["kind"] == kind) n += s["items"].size();
  }
  return n;
}

}  // namespace

TEST_CASE("a LinkedIn search URL is read through the guest posting page") {
  LoopbackServer& server = SharedLoopbackServer();
  std::string asked = "https://www.linkedin.com/jobs/search/?currentJobId=3900000001&trk=abc";
  json out = FetchJson(server, "linkedin", asked);
  CHECK(out["url"] == "https://www.linkedin.com/jobs/view/3900000001/");
  CHECK(out["source"]["name"] == asked);
  CHECK(out["source"]["fetched_url"] ==
        server.url("/jobs-guest/jobs/api/jobPosting/3900000001"));
  CHECK(out["title"] == "Senior Data Platform Engineer");
  CHECK(out["company"] == "Northwind Logistics");
  CHECK(out["location"] == "Leipzig, Saxony, Germany");
  CHECK(out["seniority"] == "mid_senior");
  CHECK(out["employment_type"] == "full_time");
  CHECK(out["date_posted"] == "2025-01-01");  // the card's "2 weeks ago" before --date
  CHECK(ItemsOfKind(out, "responsibilities") > 0);
  CHECK(ItemsOfKind(out, "requirements") > 0);
}

TEST_CASE("a Next.js page that ships its posting only in __NEXT_DATA__ is read from it") {
  LoopbackServer& server = SharedLoopbackServer();
  auto r = RunJobpipe({"--format", "json", "--date", "2026-01-01",
                       server.url("/html/nextjs-app-state.html")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  json out = json::parse(r.out);
  CHECK(jobpipe::testing::SchemaErrors(out) == "");
  CHECK(out["title"] == "Logistiek planner");
  CHECK(out["company"] == "Brugwerk Transport B.V.");
  CHECK(out["location"] == "Waalhaven Zuidzijde 12, Rotterdam");
  CHECK(out["date_posted"] == "2026-10-02");
  CHECK(ItemsOfKind(out, "responsibilities") == 3);
  CHECK(ItemsOfKind(out, "requirements") == 3);
  CHECK(ItemsOfKind(out, "benefits") == 3);
}

TEST_CASE("a Greenhouse board URL is read through the boards API") {
  LoopbackServer& server = SharedLoopbackServer();
  json out = FetchJson(server, "greenhouse",
                       "https://boards.greenhouse.io/harbourlight/jobs/4100000002");
  CHECK(out["source"]["fetched_url"] == server.url("/v1/boards/harbourlight/jobs/4100000002"));
  CHECK(out["title"] == "Gameplay Programmer (C++)");
  CHECK(out["company"] == "Harbour Light Games");
  CHECK(out["location"] == "Lisbon, Portugal");
  CHECK(ItemsOfKind(out, "responsibilities") > 0);
  CHECK(ItemsOfKind(out, "requirements") > 0);
}

TEST_CASE("a Lever posting URL is read through the postings API") {
  LoopbackServer& server = SharedLoopbackServer();
  json out = FetchJson(server, "lever",
                       "https://jobs.lever.co/tulipworks/6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11");
  CHECK(out["source"]["fetched_url"] ==
        server.url("/v0/postings/tulipworks/6f1c2a4e-8b7d-4c3a-9e15-2d4b6a8c0e11"));
  CHECK(out["title"] == "Senior Product Designer");
  CHECK(out["location"] == "Remote - Netherlands");
  CHECK(out["workplace"] == "remote");
  CHECK(out["employment_type"] == "full_time");
  // Lever names a team inside a department; the team says more to a job seeker.
  CHECK(out["department"] == "Design Systems");
  CHECK(ItemsOfKind(out, "requirements") > 0);
}

TEST_CASE("an unknown posting id is an HTTP error naming the URL") {
  LoopbackServer& server = SharedLoopbackServer();
  auto r = RunJobpipe({"--adapter-base", "linkedin=" + server.base_url(),
                       "https://www.linkedin.com/jobs/view/1234/"});
  CHECK(r.exit_code == 25);
  CHECK(r.err.find("https://www.linkedin.com/jobs/view/1234/") != std::string::npos);
  CHECK(r.out.empty());
}
