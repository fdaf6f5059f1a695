// JSON nested deeper than kMaxJsonDepth is left out while parsing (issue 11:
// JSON-LD 100,000 levels deep overflowed the stack when the posting was
// copied).
#include <catch2/catch.hpp>
#include <string>

#include "parse/jsonld/json_depth.h"
#include "tests/support/linear_time.h"

using jobpipe::jsonld::Json;
using jobpipe::jsonld::kMaxJsonDepth;
using jobpipe::jsonld::ParseJsonBounded;
using jobpipe::testing::Repeat;

TEST_CASE("JSON within the depth bound parses whole") {
  const std::string text = R"({"@type":"JobPosting","title":"Engineer","a":[[{"b":[1,2]}]]})";
  CHECK(ParseJsonBounded(text) == Json::parse(text));
  const std::string at_bound = Repeat("[", kMaxJsonDepth) + Repeat("]", kMaxJsonDepth);
  CHECK(ParseJsonBounded(at_bound) == Json::parse(at_bound));
  CHECK(ParseJsonBounded("{\"a\": 1 /* note */}", /*ignore_comments=*/true) == Json{{"a", 1}});
  CHECK(ParseJsonBounded("{\"a\": ").is_discarded());
}

TEST_CASE("JSON 100,000 deep keeps its shallow members and drops the deep ones") {
  const int deep = 100000;
  const std::string arrays = R"({"@type":"JobPosting","title":"Engineer","x":)" + Repeat("[", deep) +
                             Repeat("]", deep) + R"(,"y":2})";
  const Json value = ParseJsonBounded(arrays);
  REQUIRE(value.is_object());
  CHECK(value.at("title") == "Engineer");
  CHECK(value.at("y") == 2);
  const Json* x = &value.at("x");
  int levels = 2;  // the object, then "x"
  while (x->is_array() && !x->empty()) x = &x->front(), ++levels;
  CHECK(levels == kMaxJsonDepth);
  const Json copy = value;  // recursive copy: fine at this depth
  CHECK(copy == value);

  const std::string objects = R"({"title":"Engineer","x":)" + Repeat(R"({"a":)", deep) + "1" +
                              Repeat("}", deep) + "}";
  const Json members = ParseJsonBounded(objects);
  REQUIRE(members.is_object());
  CHECK(members.at("title") == "Engineer");
  CHECK(members.dump().size() < 8 * kMaxJsonDepth);
}
