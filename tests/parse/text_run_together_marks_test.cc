// LinkedIn's run-together items that end in an acronym ("SQL.") or an
// amount ("10%"): the next item starts at the capital after the mark.
#include <catch2/catch.hpp>
#include <string>

#include "parse/run_together.h"

namespace jobpipe::text {
namespace {

std::string CutAtBreaks(const std::string& line) {
  std::string out;
  std::size_t from = 0;
  for (const LostBreak& lost : FindLostBreaks(line)) {
    out += line.substr(from, lost.at - from) + " | ";
    from = lost.at;
  }
  return out + line.substr(from);
}

TEST_CASE("run together: an item may end in an acronym and a period") {
  CHECK(CutAtBreaks("Strong SQL.Experience with a modern data stack") ==
        "Strong SQL. | Experience with a modern data stack");
  CHECK(CutAtBreaks("Know AWS.Familiarity with Terraform") == "Know AWS. | Familiarity with Terraform");
  // One capital before the dot, or a short word after it: a dotted name.
  CHECK(CutAtBreaks("served in the U.S.Army for years") == "served in the U.S.Army for years");
  CHECK(CutAtBreaks("built on ASP.Net and C#.NET") == "built on ASP.Net and C#.NET");
}

TEST_CASE("run together: an item may end in a percentage") {
  CHECK(CutAtBreaks("Annual bonus of up to 10%Pension contribution of 6%Private health insurance") ==
        "Annual bonus of up to 10% | Pension contribution of 6% | Private health insurance");
  CHECK(CutAtBreaks("a 100%EU team") == "a 100%EU team");
}

}  // namespace
}  // namespace jobpipe::text
