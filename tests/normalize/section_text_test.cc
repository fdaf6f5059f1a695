// The text helpers of section building, and the two properties section
// building needs of the toolkit that replaced its own copies. TrimDecoration
// and CollapseSpaces (now textkit::FoldSpaces with ASCII spaces) were
// rewritten for speed (from the ends only; already-collapsed text returned
// as it is): each is compared here with the plain code it replaced, on texts
// with every kind of byte they treat differently. ScoreFoldedCues relies on
// textkit::FoldForMatch being idempotent.
#include "normalize/sections/section_text.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/text/match_fold.h"
#include "core/text/whitespace.h"

namespace jobpipe {
namespace {

// The replaced TrimDecoration: decode every code point, keep the span from
// the first to the last one that is no decoration.
std::string ReferenceTrimDecoration(std::string_view text) {
  const auto decode = [&](size_t* pos) -> char32_t {
    const auto lead = static_cast<unsigned char>(text[*pos]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || *pos + length > text.size()) return ++*pos, 0xFFFD;
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(text[*pos + i]);
      if ((next >> 6) != 0x2) return ++*pos, 0xFFFD;
      cp = (cp << 6) | (next & 0x3F);
    }
    *pos += length;
    return cp;
  };
  const auto is_decoration = [](char32_t cp) {
    if (cp >= 0x2000 && cp != 0x2018 && cp != 0x2019 && cp != 0x201C && cp != 0x201D) return true;
    if (cp >= 0xA0 && cp <= 0xBF && cp != 0xBF && cp != 0xA1) return true;
    return cp == ' ' || cp == '#' || cp == '*' || cp == '_' || cp == '-' || cp == '>' || cp == '|' || cp == '~' ||
           cp == '=' || cp == ':' || cp == '\t';
  };
  size_t begin = text.size();
  size_t end = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    if (is_decoration(decode(&pos))) continue;
    if (begin == text.size()) begin = start;
    end = pos;
  }
  return begin >= end ? "" : std::string(text.substr(begin, end - begin));
}

// The replaced CollapseSpaces, one character at a time.
std::string ReferenceCollapseSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Pieces the helpers treat differently: letters, spaces, decoration,
// curly quotes (kept), emoji, valid and broken UTF-8.
std::string RandomText(std::mt19937& random) {
  static const std::string_view kPieces[] = {
      "a", "Z", "7", " ", "  ", "\t", "\n", "\r", "\v", "\f", "#", "*", "_", "-", ">", "|", "~", "=", ":", "!",
      "\xC2\xA0",          // NBSP (decoration)
      "\xC2\xBF",          // ¿ (kept)
      "\xC3\xA9",          // é
      "\xE2\x80\x99",      // ’ (kept)
      "\xE2\x80\xA2",      // • (decoration)
      "\xF0\x9F\x9A\x80",  // 🚀
      "\x80", "\xBF", "\xC3", "\xE2\x80", "\xF0\x9F\x9A", "\xFF"};  // broken
  std::uniform_int_distribution<int> length(0, 12);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::string text;
  for (int i = length(random); i > 0; --i) text += kPieces[piece(random)];
  return text;
}

TEST_CASE("TrimDecoration trims from the ends as the full scan did, on any bytes") {
  CHECK(sections::TrimDecoration("## Requirements: ") == "Requirements");
  CHECK(sections::TrimDecoration("\xF0\x9F\x9A\x80 What you'll do \xE2\x80\xA2") == "What you'll do");
  CHECK(sections::TrimDecoration("\xE2\x80\x9CQuoted\xE2\x80\x9D") == "\xE2\x80\x9CQuoted\xE2\x80\x9D");
  CHECK(sections::TrimDecoration("---").empty());
  std::mt19937 random(20261123);  // fixed: the same texts on every run
  for (int i = 0; i < 200000; ++i) {
    const std::string text = RandomText(random);
    INFO(text);
    REQUIRE(sections::TrimDecoration(text) == ReferenceTrimDecoration(text));
  }
}

TEST_CASE("FoldSpaces of ASCII spaces gives what the character-by-character CollapseSpaces gave") {
  CHECK(textkit::FoldSpaces("  Build \t and\n\nship  ", textkit::Spaces::kAscii) ==
        "Build and ship");
  CHECK(textkit::FoldSpaces("Already collapsed", textkit::Spaces::kAscii) == "Already collapsed");
  std::mt19937 random(20261124);
  for (int i = 0; i < 200000; ++i) {
    const std::string text = RandomText(random);
    INFO(text);
    REQUIRE(textkit::FoldSpaces(text, textkit::Spaces::kAscii) == ReferenceCollapseSpaces(text));
  }
}

// ScoreFoldedCues scores folded text without folding it again: that is
// ScoreCues only because folding twice changes nothing.
TEST_CASE("FoldForMatch is idempotent") {
  CHECK(textkit::FoldForMatch("L\xE2\x80\x99\xC3\xA9quipe   D'Expérience!") ==
        textkit::FoldForMatch(textkit::FoldForMatch("L\xE2\x80\x99\xC3\xA9quipe   D'Expérience!")));
  std::mt19937 random(20261125);
  for (int i = 0; i < 200000; ++i) {
    const std::string text = RandomText(random) + "l'a\xCC\x81 qu\xE2\x80\x99il \xCE\xB1\xCE\xB2" + RandomText(random);
    INFO(text);
    const std::string once = textkit::FoldForMatch(text);
    REQUIRE(textkit::FoldForMatch(once) == once);
  }
}

}  // namespace
}  // namespace jobpipe
