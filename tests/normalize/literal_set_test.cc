// LiteralSet: finds what a case-insensitive RE2 alternation of the same
// literals (with \b where asked) finds; RE2 itself is the reference here.
#include "normalize/match/literal_set.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <string>

#include "parse/text/utf8.h"

namespace jobpipe {
namespace {

std::string Utf8(char32_t cp) {
  std::string out;
  text::AppendUtf8(out, cp);
  return out;
}

TEST_CASE("LiteralSet: stems anywhere, whole words and word starts at RE2's word boundaries") {
  const match::LiteralSet set({"entwickler"}, {"lead", "head of", "confirmé"}, {"praktikant"});
  struct Case {
    const char* text;
    bool found;
  };
  const Case cases[] = {
      {"Softwareentwickler (m/w/d)", true},  // a stem inside a compound
      {"ENTWICKLER", true},
      {"Team Lead", true},
      {"Lead-Developer", true},
      {"Leads", false},          // a whole word only
      {"lead_engineer", false},  // '_' is a word character for \b
      {"2lead", false},
      {"Head of Sales", true},
      {"Head  of Sales", false},  // spaces are literal
      {"Praktikantin", true},     // a word start
      {"Expraktikant", false},
      {"Confirmé-x", false},  // after "é" (not a word character) \b needs one
      {"Confirméx", true},
      {"CONFIRMÉx", true},
      {"", false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(set.FoundIn(c.text) == c.found);
  }
}

// (The name has no backslash: ctest passes it to Catch as a filter, and a
// "\\b" in it matched no case, so this case never ran and its first
// expectations, wrong about RE2, went unnoticed.)
TEST_CASE("LiteralSet folds KELVIN SIGN and LONG S as RE2 does, and word boundaries stay ASCII") {
  const match::LiteralSet set({}, {"clerk", "sales"});
  const RE2 reference(R"((?i)\b(?:clerk|sales)\b)");
  REQUIRE(reference.ok());
  // K written as KELVIN SIGN, s as LONG S: folded to k and s, but neither
  // is an ASCII word character, so a boundary next to one is where RE2 says.
  for (const std::string text : {std::string("CLER\xE2\x84\xAA"), std::string("cler\xE2\x84\xAA" "a"),
                                 std::string("\xC5\xBF" "ales team"), std::string("the \xC5\xBF" "ales team"),
                                 std::string("xclerk"), std::string("a clerk.")}) {
    INFO(text);
    CHECK(set.FoundIn(text) == RE2::PartialMatch(text, reference));
  }
  CHECK(set.FoundIn("cler\xE2\x84\xAA" "a"));  // the sign is no word character for \b
  CHECK_FALSE(set.FoundIn("xclerk"));
}

TEST_CASE("LiteralSet: the capitals it knows are the ones RE2's (?i) matches") {
  for (const char* letter : {"á", "ä", "é", "ê", "ñ", "õ", "ö", "ü", "ż", "í", "ó", "ł"}) {
    const match::LiteralSet set({letter}, {});
    RE2::Options options;
    options.set_case_sensitive(false);
    const RE2 reference(letter, options);
    REQUIRE(reference.ok());
    for (char32_t cp = 0x80; cp < 0x3000; ++cp) {
      if (cp >= 0xD800 && cp < 0xE000) continue;
      const std::string text = Utf8(cp);
      INFO(letter << " U+" << std::hex << static_cast<unsigned>(cp));
      CHECK(set.FoundIn(text) == RE2::FullMatch(text, reference));
    }
  }
}

}  // namespace
}  // namespace jobpipe
