// The schema check itself: a validator that passed everything would make
// every "SchemaErrors(...) == \"\"" in the suite meaningless.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/schema_check.h"

TEST_CASE("the schema check reports a document that breaks the schema") {
  nlohmann::json wrong = {{"schema_version", "one"}};
  std::string errors = jobpipe::testing::SchemaErrors(wrong);
  CHECK(errors != "");
  CHECK(errors.find("schema_version") != std::string::npos);
}
