// Code point helpers of the text parser. FoldSpaces returns text that is
// already folded as it is, found by a byte scan that must know every
// space IsSpace knows; it is compared with the plain decode-and-test loop
// on texts made of those spaces, their look-alikes and broken UTF-8.
#include "parse/text/utf8.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "parse/text/line_shapes.h"

namespace jobpipe::text {
namespace {

std::string ReferenceFoldSpaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = DecodeAt(text, at);
    if (IsSpace(point.value)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(text.substr(at, point.length));
    }
    at += point.length;
  }
  return out;
}

TEST_CASE("FoldSpaces folds every space IsSpace knows, and nothing else") {
  CHECK(FoldSpaces("  Build\t and \xE2\x80\x83 ship \n") == "Build and ship");  // EM SPACE
  CHECK(FoldSpaces("Already folded, caf\xC3\xA9") == "Already folded, caf\xC3\xA9");
  static const std::string_view kPieces[] = {
      "a", "Q", " ", "\t", "\n", "\r", "\v", "\f", ".",
      "\xC2\x85", "\xC2\xA0", "\xC2\xA9",                                  // NEL, NBSP; © is no space
      "\xE1\x9A\x80", "\xE1\x9A\x81",                                      // OGHAM SPACE; next is none
      "\xE2\x80\x80", "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\xA8",      // EN QUAD, HAIR, ZWSP (none), LS
      "\xE2\x80\xA9", "\xE2\x80\xAF", "\xE2\x80\x99", "\xE2\x81\x9F",      // PS, NNBSP, ’ (none), MMSP
      "\xE3\x80\x80", "\xE3\x80\x81",                                      // IDEOGRAPHIC SPACE; comma
      "\xC2", "\xE2\x80", "\xE3\x80", "\x80", "\xFF"};                     // broken
  std::mt19937 random(20261123);  // fixed: the same texts on every run
  std::uniform_int_distribution<int> length(0, 10);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  for (int i = 0; i < 200000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += kPieces[piece(random)];
    INFO(text);
    REQUIRE(FoldSpaces(text) == ReferenceFoldSpaces(text));
  }
}

TEST_CASE("WordCount with a limit stops one word past it") {
  CHECK(WordCount("one two three four") == 4);
  CHECK(WordCount("one two three four", 10) == 4);
  CHECK(WordCount("one two three four", 2) == 3);
  CHECK(WordCount("one two three four", 3) == 4);
  CHECK(WordCount("- -- one", 0) == 1);  // a word needs a letter or digit
  CHECK(WordCount("", 0) == 0);
}

}  // namespace
}  // namespace jobpipe::text
