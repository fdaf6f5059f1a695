// Duplicates and already recorded postings: the registry's decisions, and
// the scan of an output folder that feeds it.
#include <catch2/catch.hpp>

#include <fstream>

#include "app/posting_registry.h"
#include "app/record_index.h"
#include "export/export.h"
#include "tests/support/run_binary.h"

namespace jobpipe {
namespace {

TEST_CASE("registry: the same input twice is a duplicate of the first line", "[registry]") {
  PostingRegistry registry({}, /*force=*/false);
  CHECK(registry.ClaimInput("url:https://a/1", 3).kind == Claim::kNew);
  Claim again = registry.ClaimInput("url:https://a/1", 9);
  CHECK(again.kind == Claim::kDuplicate);
  CHECK(again.line == 3);
  CHECK(registry.ClaimInput("", 10).kind == Claim::kNew);  // no identity: never a duplicate
  CHECK(registry.ClaimInput("", 11).kind == Claim::kNew);
}

TEST_CASE("registry: an input already recorded is skipped, or redone with --force", "[registry]") {
  PostingRegistry keep({{"url:https://a/1", "out/a.md"}}, /*force=*/false);
  Claim claim = keep.ClaimInput("url:https://a/1", 1);
  CHECK(claim.kind == Claim::kRecorded);
  CHECK(claim.record_path == "out/a.md");
  CHECK(keep.ClaimPosting("url:https://a/1", 1).kind == Claim::kRecorded);

  PostingRegistry force({{"url:https://a/1", "out/a.md"}}, /*force=*/true);
  CHECK(force.ClaimInput("url:https://a/1", 1).kind == Claim::kNew);
  Claim replace = force.ClaimPosting("url:https://a/1", 1);
  CHECK(replace.kind == Claim::kReplace);
  CHECK(replace.record_path == "out/a.md");
  // Even with --force, one run writes a posting once.
  Claim second = force.ClaimPosting("url:https://a/1", 5);
  CHECK(second.kind == Claim::kDuplicate);
  CHECK(second.line == 1);
}

TEST_CASE("registry: a posting delivered by one line is a duplicate for others", "[registry]") {
  PostingRegistry registry({}, false);
  CHECK(registry.ClaimPosting("posting:Acme\nEngineer", 4).kind == Claim::kNew);
  registry.Recorded("posting:Acme\nEngineer", "out/acme.md");
  Claim claim = registry.ClaimPosting("posting:Acme\nEngineer", 2);
  CHECK(claim.kind == Claim::kDuplicate);
  CHECK(claim.line == 4);
}

TEST_CASE("registry: a failed delivery gives the posting back", "[registry]") {
  PostingRegistry registry({}, false);
  CHECK(registry.ClaimPosting("url:https://a/1", 4).kind == Claim::kNew);
  registry.Release("url:https://a/1", 4);
  CHECK(registry.ClaimPosting("url:https://a/1", 6).kind == Claim::kNew);
  registry.Release("url:https://a/1", 4);  // not the holder: no effect
  CHECK(registry.ClaimPosting("url:https://a/1", 7).kind == Claim::kDuplicate);
}

TEST_CASE("identity: canonical URL, else title (and company), else none", "[registry]") {
  Facts facts;
  CHECK(PostingIdentity(facts) == "");
  facts.company = "Acme";
  CHECK(PostingIdentity(facts) == "");  // a company alone identifies nothing
  facts.company.reset();
  facts.title = "Engineer";
  CHECK(PostingIdentity(facts) == "posting:\nEngineer");
  facts.company = "Acme";
  CHECK(PostingIdentity(facts) == "posting:Acme\nEngineer");
  facts.url = "https://example.com/jobs/1";
  CHECK(PostingIdentity(facts) == UrlIdentity("https://example.com/jobs/1"));
  CHECK(UrlIdentity("https://example.com/jobs/1").rfind("url:", 0) == 0);
}

Posting SamplePosting(const std::string& company, const std::string& title,
                      const std::optional<std::string>& url) {
  Posting posting;
  posting.facts.company = company;
  posting.facts.title = title;
  posting.facts.url = url;
  posting.summary = "An invented posting for the record scan.";
  posting.application.date = "2026-11-23";
  return posting;
}

TEST_CASE("record scan: records are found by identity, other files ignored", "[registry]") {
  testing::TempDir dir;
  std::ofstream(dir / "a.md") << RenderMarkdown(
      SamplePosting("Acme", "Engineer", std::string("https://example.com/jobs/1")));
  std::ofstream(dir / "b.md") << RenderMarkdown(SamplePosting("Beta", "Designer", std::nullopt));
  std::ofstream(dir / "notes.md") << "# My notes\n\nnot a record\n";
  std::ofstream(dir / ".hidden.md") << RenderMarkdown(SamplePosting("Hidden", "X", std::nullopt));
  std::ofstream(dir / "c.txt") << RenderMarkdown(SamplePosting("Text", "Y", std::nullopt));

  Result<RecordIndex> index = ScanRecords(dir.path());
  REQUIRE(index.ok());
  CHECK(index->records == 2);
  CHECK(index->unreadable == 1);
  CHECK(index->path_by_identity.size() == 2);
  CHECK(index->path_by_identity.at(UrlIdentity("https://example.com/jobs/1")) == dir / "a.md");
  CHECK(index->path_by_identity.at("posting:Beta\nDesigner") == dir / "b.md");

  Result<RecordIndex> missing = ScanRecords(dir / "not-there");
  REQUIRE(missing.ok());
  CHECK(missing->records == 0);
}

}  // namespace
}  // namespace jobpipe
