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
      // The C1 CSI and OSC go with their parameters, as ESC [ and ESC ] do
      // (their remains once reached the record and its file name).
      {"c1\xC2\x9B" "31mred", "c1red"},
      {"osc\xC2\x9D" "0;pwned\xC2\x9C title", "osc title"},
      {"csi \x1b[1;31mred", "csi red"},
      {"cut \x1b[\xC3\xA9t\xC3\xA9", "cut \xC3\xA9t\xC3\xA9"},  // no final byte: the text stays
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
    CHECK(EscapeMarkdownLine(c.in) == c.escaped);
    CHECK(UnescapeMarkdownLine(c.escaped) == c.in);
  }
}

TEST_CASE("inline links, autolinks and HTML tags are escaped anywhere in a line and restored") {
  struct Case {
    std::string in, escaped;
  } cases[] = {
      {"Engineer [x](javascript:alert(1))", "Engineer [x]\\(javascript:alert(1))"},
      {"[x](javascript:alert(1))", "[x]\\(javascript:alert(1))"},
      {"see <javascript:alert(1)> now", "see \\<javascript:alert(1)> now"},
      {"a <img src=x onerror=alert(1)> b", "a \\<img src=x onerror=alert(1)> b"},
      {"<b>bold</b>", "\\<b>bold\\</b>"},
      {"x <!-- c --> y", "x \\<!-- c --> y"},
      {"1. [a](b)", "1\\. [a]\\(b)"},
      {"\\<a", "\\\\\\<a"},
      // "C<T>" looks like a tag and is escaped (the reader restores it); a
      // "<" before a digit or a space and a "(" not after "]" stay as written.
      {"<5 years, C<T>? no: C\\<T>", "\\<5 years, C\\<T>? no: C\\\\<T>"},
      {"pay (USD) [remote]", "pay (USD) [remote]"},
      {"a < b and (c)", "a < b and (c)"},
  };
  for (const auto& c : cases) {
    INFO(c.in);
    CHECK(EscapeMarkdownLine(c.in) == c.escaped);
    CHECK(UnescapeMarkdownLine(c.escaped) == c.in);
  }
}
