// Ingest() sends names with a scheme to FetchUrl and the rest to
// ReadLocalInput.
#include <catch2/catch.hpp>
#include <string>

#include "tests/ingest/fetch_test_support.h"
#include "tests/support/temp_dir.h"

using jobpipe::ErrorCode;
using jobpipe::Ingest;
using jobpipe::LooksLikeUrl;
using jobpipe::SourceType;
using jobpipe::testing::FastOptions;
using jobpipe::testing::Server;
using jobpipe::testing::TempDir;

TEST_CASE("LooksLikeUrl: a scheme and :// make a URL") {
  CHECK(LooksLikeUrl("https://example.com/job/1"));
  CHECK(LooksLikeUrl("ftp://example.com/x"));
  CHECK_FALSE(LooksLikeUrl("-"));
  CHECK_FALSE(LooksLikeUrl("postings/job.html"));
  CHECK_FALSE(LooksLikeUrl("C:\\jobs\\job.txt"));
}

TEST_CASE("Ingest dispatches URLs and files") {
  auto fetched = Ingest(Server().url("/job/dispatch"), FastOptions());
  REQUIRE(fetched.ok());
  CHECK(fetched->source.type == SourceType::kUrl);

  TempDir dir;
  auto local = Ingest(dir.Write("job.txt", "Data Engineer\n"), FastOptions());
  REQUIRE(local.ok());
  CHECK(local->source.type == SourceType::kText);

  auto blocked = Ingest("file:///etc/passwd", FastOptions());
  REQUIRE_FALSE(blocked.ok());
  CHECK(blocked.error().code == ErrorCode::kBlockedScheme);
}
