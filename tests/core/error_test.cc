#include <catch2/catch.hpp>
#include <set>

#include "core/error.h"

using jobpipe::ErrorCode;

TEST_CASE("every error code has its own exit code and name") {
  std::set<int> exit_codes;
  std::set<std::string> names;
  for (int c = static_cast<int>(ErrorCode::kUsage); c <= static_cast<int>(ErrorCode::kInterrupted); ++c) {
    auto code = static_cast<ErrorCode>(c);
    int exit_code = jobpipe::ExitCodeFor(code);
    CHECK(exit_code != 0);
    CHECK(exit_code != 1);  // 1 means "a batch had failures"
    exit_codes.insert(exit_code);
    names.insert(std::string(jobpipe::ErrorCodeName(code)));
  }
  int count = static_cast<int>(ErrorCode::kInterrupted) + 1;
  CHECK(exit_codes.size() == static_cast<std::size_t>(count));
  CHECK(names.size() == static_cast<std::size_t>(count));
}

TEST_CASE("Result holds a value or an error") {
  jobpipe::Result<int> good = 7;
  REQUIRE(good.ok());
  CHECK(*good == 7);
  jobpipe::Result<int> bad = jobpipe::MakeError(ErrorCode::kEmpty, "x: empty");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kEmpty);
  CHECK(bad.error().message == "x: empty");
}
