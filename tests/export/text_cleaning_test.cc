#include <catch2/catch.hpp>

#include "export/markdown_escape.h"
#include "export/text_cleaning.h"

using namespace jobpipe;

TEST_CASE("CleanInline folds whitespace and removes controls") {
  struct Case {
    std::string in, out;
  } cases[] = {
      {"  a \n b\t c  ", "a b c"},
      {"red \x1b[31mtext\x1b[0m", "red text"},
      {"title\x1b]0;pwned\x07 here", "title here"},
      {"bell\x07 and nul", "bell and nul"},
      {"c1\xC2\x9B" "31m", "c131m"},
      {"bidi \xE2\x80\xAE" "txet", "bidi txet"},
      {"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"},
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(CleanInline(c.in) == c.out);
  }
}

TEST_CASE("CleanProse keeps paragraphs, one blank line apart") {
  CHECK(CleanProse("one\ntwo\n\n\n  \nthree  ") == "one two\n\nthree");
  CHECK(CleanProse("\n\nonly\n\n") == "only");
  CHECK(CleanProse("") == "");
}

TEST_CASE("line starts that would make markdown structure are escaped and restored") {
  struct Case {
    std::string in, escaped;
  } cases[] = {
      {"# heading", "\\# heading"}, {"- item", "\\- item"},     {"> quote", "\\> quote"},
      {"1. first", "1\\. first"},   {"12) twelfth", "12\\) twelfth"}, {"```", "\\```"},
      {"plain", "plain"},           {"2024 was good", "2024 was good"}, {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(EscapeLineStart(c.in) == c.escaped);
    CHECK(UnescapeLineStart(c.escaped) == c.in);
  }
}
