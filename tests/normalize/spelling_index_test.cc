// SpellingIndex: the longest spelling at a place, case ignored as RE2's
// (?i) ignores it (the skills regex it replaced).
#include "normalize/spelling_index.h"

#include <catch2/catch.hpp>

namespace jobpipe {
namespace {

TEST_CASE("SpellingIndex finds the longest spelling written at a place") {
  const SpellingIndex index({".NET", ".NET Core", "C", "C++", "C#", "Node.js", "python 3"});
  struct Case {
    const char* text;
    std::size_t at;
    std::size_t expected;
  };
  const Case cases[] = {
      {".NET Core 8", 0, 9},    // longest wins: ".NET Core" over ".NET"
      {".net core", 0, 9},      // case ignored
      {".NET Cor", 0, 4},       // only what is fully written
      {"C++ and C#", 0, 3},     // "C++" over "C"
      {"C++ and C#", 8, 2},
      {"C++ and C#", 1, 0},     // nothing starts with "+"
      {"in NODE.JS", 3, 7},
      {"Python 3.12", 0, 8},    // spaces are literal
      {"Python  3", 0, 0},
      {"C", 1, 0},              // past the end
      {"", 0, 0},
      {"\xC3\x87++", 0, 0},     // non-ASCII letters never fold to ASCII
  };
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.at);
    CHECK(index.LongestAt(c.text, c.at) == c.expected);
  }
}

TEST_CASE("SpellingIndex folds KELVIN SIGN to k and LONG S to s, as RE2 does") {
  const SpellingIndex index({"Kubernetes", "Spark", "SQL"});
  CHECK(index.LongestAt("\xE2\x84\xAAubernetes", 0) == 12);  // 3-byte K
  CHECK(index.LongestAt("\xC5\xBFpark", 0) == 6);             // 2-byte s
  CHECK(index.LongestAt("S\xC5\xBFL", 0) == 0);               // s in place of q
  CHECK(index.LongestAt("\xC5\xBFQL", 0) == 4);
}

TEST_CASE("SpellingIndex ignores empty and non-ASCII spellings") {
  const SpellingIndex index({"", "Jäger", "Go"});
  CHECK(index.LongestAt("Jäger", 0) == 0);
  CHECK(index.LongestAt("go", 0) == 2);
}

}  // namespace
}  // namespace jobpipe
