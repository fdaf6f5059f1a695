// HTML character references (core/text/entities.h): named ones from the
// full HTML5 table, numeric ones, and what stays text, under the HTML5
// rules and the stricter rules for pasted text.
#include <catch2/catch.hpp>
#include <string>

#include "core/text/entities.h"

namespace jobpipe::textkit {
namespace {

struct EntityCase {
  std::string text;
  std::string html;    // kHtmlEntityRules
  std::string pasted;  // kPastedTextEntityRules
};

TEST_CASE("DecodeEntities, named, numeric, invalid and unterminated", "[textkit][entities]") {
  const EntityCase cases[] = {
      {"AT&amp;T", "AT&T", "AT&T"},
      {"caf&eacute;", "caf\xC3\xA9", "caf\xC3\xA9"},
      {"&Eacute;cole",
       "\xC3\x89"
       "cole",
       "\xC3\x89"
       "cole"},
      {"&NotNestedGreaterGreater;", "\xE2\xAA\xA2\xCC\xB8",
       "\xE2\xAA\xA2\xCC\xB8"},                                               // two code points
      {"&CounterClockwiseContourIntegral;", "\xE2\x88\xB3", "\xE2\x88\xB3"},  // the longest name
      {"&AMP; &Amp;", "& &Amp;", "& &Amp;"},  // names are case-sensitive
      {"it&#8217;s", "it\xE2\x80\x99s", "it\xE2\x80\x99s"},
      {"&#x2014; &#X2014;", "\xE2\x80\x94 \xE2\x80\x94", "\xE2\x80\x94 \xE2\x80\x94"},
      {"&#150;", "\xE2\x80\x93", "\xE2\x80\x93"},  // windows-1252's en dash
      {"&#x81;", "\xC2\x81", "\xC2\x81"},          // no windows-1252 character: kept
      {"&#0; &#xD800; &#x110000;", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD",
       "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
      {"&#99999999999;", "\xEF\xBF\xBD",
       "&#99999999999;"},  // pasted: more than 8 digits is no reference
      {"&#;", "&#;", "&#;"},
      {"&#x;", "&#x;", "&#x;"},
      {"&#65", "A", "&#65"},                          // unterminated numeric
      {"&copy 2024", "\xC2\xA9 2024", "&copy 2024"},  // unterminated legacy name
      {"&amp ", "& ", "& "},                          // pastes write this one bare
      {"&notit;",
       "\xC2\xAC"
       "it;",
       "&notit;"},  // HTML5 takes the longest name, "&not"
      {"&nosuchname;", "&nosuchname;", "&nosuchname;"},
      {"Q&A, R&D & more", "Q&A, R&D & more", "Q&A, R&D & more"},
      {"trailing &", "trailing &", "trailing &"},
      {"&&amp;", "&&", "&&"},
      {"a&nbsp;b",
       "a\xC2\xA0"
       "b",
       "a b"},
      {"a&ensp;b&#8195;c&thinsp;d",
       "a\xE2\x80\x82"
       "b\xE2\x80\x83"
       "c\xE2\x80\x89"
       "d",
       "a b c d"},
      {"co&shy;op&#x200B;!",
       "co\xC2\xAD"
       "op\xE2\x80\x8B!",
       "coop!"},
  };
  for (const EntityCase& c : cases) {
    CAPTURE(c.text);
    CHECK(DecodeEntities(c.text, kHtmlEntityRules) == c.html);
    CHECK(DecodeEntities(c.text, kPastedTextEntityRules) == c.pasted);
  }
}

TEST_CASE("Text other than references passes through byte for byte", "[textkit][entities]") {
  const std::string text =
      "\xE6\x8B\x9B\xE8\x81\x98 \xE0\xB8\x87\xE0\xB8\xB2\xE0\xB8\x99 M\xC3\xBCnchen <b>";
  CHECK(DecodeEntities(text) == text);
  CHECK(DecodeEntities("") == "");
}

TEST_CASE("NamedReference looks names up in the HTML5 table", "[textkit][entities]") {
  CHECK(NamedReference("amp;") == std::optional<std::string_view>("&"));
  CHECK(NamedReference("amp") == std::optional<std::string_view>("&"));  // legacy, bare
  CHECK(NamedReference("euro;") == std::optional<std::string_view>("\xE2\x82\xAC"));
  CHECK_FALSE(NamedReference("euro").has_value());  // not a legacy name
  CHECK_FALSE(NamedReference("").has_value());
}

}  // namespace
}  // namespace jobpipe::textkit
