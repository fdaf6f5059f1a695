// SpellingIndex: the longest spelling at a place, case ignored as RE2's
// (?i) ignores it (the skills regex it replaced).
#include "normalize/skills/spelling_index.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/text/ascii.h"
#include "normalize/match/case_fold.h"

namespace jobpipe {
namespace {

TEST_CASE("SpellingIndex finds the longest spelling written at a place") {
  const skills::SpellingIndex index({".NET", ".NET Core", "C", "C++", "C#", "Node.js", "python 3"});
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
  const skills::SpellingIndex index({"Kubernetes", "Spark", "SQL"});
  CHECK(index.LongestAt("\xE2\x84\xAAubernetes", 0) == 12);  // 3-byte K
  CHECK(index.LongestAt("\xC5\xBFpark", 0) == 6);             // 2-byte s
  CHECK(index.LongestAt("S\xC5\xBFL", 0) == 0);               // s in place of q
  CHECK(index.LongestAt("\xC5\xBFQL", 0) == 4);
}

TEST_CASE("SpellingIndex ignores empty spellings and finds non-ASCII ones as written") {
  const skills::SpellingIndex index({"", "Jäger", "Go", "機械学習"});
  CHECK(index.LongestAt("Jäger", 0) == 6);
  CHECK(index.LongestAt("jäger", 0) == 6);   // ASCII letters in either case
  CHECK(index.LongestAt("JÄGER", 0) == 0);   // other letters only as written
  CHECK(index.LongestAt("機械学習の経験", 0) == 12);
  CHECK(index.LongestAt("go", 0) == 2);
}

// The skills matcher takes a skill from which spellings a match is: all
// those that lower to the bytes written, in the order given.
TEST_CASE("SpellingIndex names the spellings a match is, and none for a folded sign") {
  const skills::SpellingIndex index({"Go", "Spark", "go", "GoLang", "", "GO", "Jäger", "jäger", "Kubernetes"});
  const auto spellings_at = [&](std::string_view text) {
    const skills::SpellingIndex::Found found = index.FindLongestAt(text, 0);
    return std::pair(found.length, std::vector<std::uint32_t>(found.spellings.begin(), found.spellings.end()));
  };
  using Spellings = std::vector<std::uint32_t>;
  CHECK(spellings_at("gO on") == std::pair<std::size_t, Spellings>(2, {0, 2, 5}));
  CHECK(spellings_at("golang") == std::pair<std::size_t, Spellings>(6, {3}));
  CHECK(spellings_at("JÄGER") == std::pair<std::size_t, Spellings>(0, {}));
  CHECK(spellings_at("J\xC3\xA4ger") == std::pair<std::size_t, Spellings>(6, {6, 7}));
  CHECK(spellings_at("\xC5\xBFpark") == std::pair<std::size_t, Spellings>(6, {}));  // LONG S: found, but no spelling is it
  CHECK(spellings_at("\xE2\x84\xAAubernetes") == std::pair<std::size_t, Spellings>(12, {}));
  CHECK(spellings_at("") == std::pair<std::size_t, Spellings>(0, {}));
}

// The index looks only at the spellings that share the place's first two
// letters: it must find what a look at every spelling finds.
TEST_CASE("SpellingIndex agrees with trying every spelling, on random text") {
  const std::vector<std::string> spellings = {"C",   "R",      "C++",   "C#",    ".NET", "Go",     "GoLang",
                                              "Git", "GitHub", "gRPC",  "SQL",   "Sass", "K8s",    "Kafka",
                                              "a",   "ab",     "a b",   "abc d", "b-c",  "Ruby 3", "Scala"};
  const skills::SpellingIndex index(std::vector<std::string_view>(spellings.begin(), spellings.end()));
  const auto reference = [&](std::string_view text, std::size_t at) {
    std::size_t longest = 0;
    for (const std::string& spelling : spellings) {
      std::size_t i = at;
      bool matched = true;
      for (char wanted : spelling) {
        const char lowered = textkit::AsciiLower(wanted);
        auto [folded, length] = match::FoldedAsciiAt(text, i);
        if (length == 0 || folded != lowered) {
          matched = false;
          break;
        }
        i += length;
      }
      if (matched) longest = std::max(longest, i - at);
    }
    return longest;
  };
  static const std::string_view kPieces[] = {"c", "C", "+", "#", ".", "n", "E", "t", "g", "o", "O", "l",
                                             "a", "b", "d", " ", "-", "i", "h", "u", "r", "p", "s", "q",
                                             "k", "8", "f", "3", "\xE2\x84\xAA", "\xC5\xBF", "\xC3\xA9"};
  std::mt19937 random(20261123);  // fixed: the same texts on every run
  std::uniform_int_distribution<int> length(0, 9);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  for (int i = 0; i < 100000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += kPieces[piece(random)];
    for (std::size_t at = 0; at <= text.size(); ++at) {
      INFO(text << " at " << at);
      REQUIRE(index.LongestAt(text, at) == reference(text, at));
    }
  }
}

}  // namespace
}  // namespace jobpipe
