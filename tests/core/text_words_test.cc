// White space, words, fields, lines and sentences of the text toolkit
// (core/text/whitespace.h, words.h, sentences.h).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/text/sentences.h"
#include "core/text/whitespace.h"
#include "core/text/words.h"

namespace jobpipe::textkit {
namespace {

using Pieces = std::vector<std::string>;

Pieces Strings(const std::vector<std::string_view>& views) {
  return Pieces(views.begin(), views.end());
}

TEST_CASE("Trim and FoldSpaces, ASCII spaces or Unicode ones", "[textkit][whitespace]") {
  const std::string ideographic = "\xE3\x80\x80";  // U+3000
  CHECK(Trim(" \t a b \n") == "a b");
  CHECK(Trim(ideographic + "x" + ideographic) == "x");
  CHECK(Trim(ideographic + "x", Spaces::kAscii) == ideographic + "x");
  CHECK(Trim("\xC2\xA0x\xC2\xA0") == "x");
  CHECK(Trim("   ").empty());
  CHECK(TrimStart(" \t a b \n", Spaces::kAscii) == "a b \n");
  CHECK(FoldSpaces("  a \t b\n\nc  ") == "a b c");
  CHECK(FoldSpaces("a" + ideographic +
                   "b\xE2\x80\x83"
                   "c") == "a b c");
  CHECK(FoldSpaces("a" + ideographic + "b", Spaces::kAscii) == "a" + ideographic + "b");
  CHECK(FoldSpaces("already folded") == "already folded");
  CHECK(FoldSpaces("\xE6\x8B\x9B \xE8\x81\x98") == "\xE6\x8B\x9B \xE8\x81\x98");
}

TEST_CASE("AppendFoldedVisible drops invisible characters and keeps one pending space",
          "[textkit][whitespace]") {
  std::string out;
  CHECK(AppendFoldedVisible(out,
                            "  Senior\xC2\xA0"
                            "Engi\xC2\xAD"
                            "neer ") == 14);
  CHECK(out == "Senior Engineer ");
  AppendFoldedVisible(out, "\xE2\x80\x8B(m/w/d)\xEF\xBB\xBF");
  CHECK(out == "Senior Engineer (m/w/d)");
  std::string empty;
  CHECK(AppendFoldedVisible(empty, " \xE2\x80\x8B ") == 0);
  CHECK(empty.empty());
}

TEST_CASE("CountWords counts runs of non-spaces, up to a limit", "[textkit][words]") {
  CHECK(CountWords("") == 0);
  CHECK(CountWords("  one two\tthree\n") == 3);
  CHECK(CountWords("a b c d e f", 3) == 4);
  CHECK(CountWords("\xE6\x8B\x9B\xE8\x81\x98") == 1);
}

TEST_CASE("CountLetterWords counts words that hold a letter or digit", "[textkit][words]") {
  CHECK(CountLetterWords("- Python, Go \xE2\x80\xA2 Rust") ==
        3);  // the dash and bullet are no words
  CHECK(CountLetterWords("a\xE3\x80\x80"
                         "b") == 2);  // an ideographic space separates
  CHECK(CountLetterWords("one two three four", 2) == 3);
  CHECK(CountLetterWords("\xE6\x8B\x9B\xE8\x81\x98") == 1);
  CHECK(CountLetterWords("") == 0);
}

TEST_CASE("SplitOn keeps empty fields, SplitLines trims and drops empty lines",
          "[textkit][words]") {
  CHECK(Strings(SplitOn("a||b", '|')) == Pieces{"a", "", "b"});
  CHECK(Strings(SplitOn("none", '|')) == Pieces{"none"});
  CHECK(Strings(SplitOn("Acme | Careers | Jobs", " | ")) == Pieces{"Acme", "Careers", "Jobs"});
  CHECK(Strings(SplitLines("  first \r\n\n\t\nsecond")) == Pieces{"first", "second"});
  CHECK(SplitLines("").empty());
}

TEST_CASE("SplitProseSentences cuts where a new sentence starts", "[textkit][sentences]") {
  CHECK(SplitProseSentences("We build tools. You will help!  Ready?") ==
        Pieces{"We build tools.", "You will help!", "Ready?"});
  CHECK(SplitProseSentences("Use e.g. Python. Talk to Dr. Lee.") ==
        Pieces{"Use e.g. Python.", "Talk to Dr. Lee."});
  CHECK(SplitProseSentences("Ask J. Smith. then go") == Pieces{"Ask J. Smith. then go"});
  CHECK(SplitProseSentences("He said \"yes.\" Then\u2026 We left") ==
        Pieces{"He said \"yes.\"", "Then\u2026", "We left"});
  CHECK(SplitProseSentences("v1.2 is out") == Pieces{"v1.2 is out"});
}

TEST_CASE("SplitAtSentenceStops cuts at every stop and line end", "[textkit][sentences]") {
  CHECK(SplitAtSentenceStops("Join us for F1 races! Salary: 45,000") ==
        Pieces{"Join us for F1 races!", "Salary: 45,000"});
  CHECK(SplitAtSentenceStops("Acme Inc. is hiring. apply now") ==
        Pieces{"Acme Inc. is hiring.", "apply now"});
  CHECK(SplitAtSentenceStops("one\ntwo.three") == Pieces{"one", "two.three"});
  CHECK(SplitAtSentenceStops(" \n ").empty());
}

}  // namespace
}  // namespace jobpipe::textkit
