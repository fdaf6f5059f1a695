// ContainsAnyFolded: the keyword test run before a (?i) pattern; it must
// say true whenever RE2 could match, so it folds case as RE2 does.
#include <catch2/catch.hpp>

#include "core/text/regex_fold.h"
#include "normalize/facts/dates.h"
#include "normalize/facts/text_lines.h"

namespace jobpipe {
namespace {

TEST_CASE("ContainsAnyFolded ignores case as RE2's (?i) does") {
  CHECK(textkit::ContainsAnyFolded("APPLICATION DEADLINE: soon", {"deadline"}));
  CHECK(textkit::ContainsAnyFolded("Apply By March", {"closes", "apply b"}));
  CHECK(
      textkit::ContainsAnyFolded("Clo\xC5\xBF"
                        "es 1 May 2025",
                        {"closes"}));  // LONG S
  CHECK(
      textkit::ContainsAnyFolded("\xE2\x84\xAA"
                        "ey date",
                        {"key"}));  // KELVIN SIGN
  CHECK_FALSE(textkit::ContainsAnyFolded("Dead line", {"deadline"}));
  CHECK_FALSE(textkit::ContainsAnyFolded("", {"a"}));
}

TEST_CASE("Deadline cues written with RE2's other case forms still give the date") {
  CHECK(facts::FindValidThrough({facts::TextLine{"Clo\xC5\xBF"
                                   "es 1 May 2025"}}) == "2025-05-01");
  CHECK(facts::FindValidThrough({facts::TextLine{"Send your CV before 3 March 2025"}}) == "2025-03-03");
  CHECK(facts::FindValidThrough({facts::TextLine{"Closes soon"}}) == std::nullopt);
}

}  // namespace
}  // namespace jobpipe
