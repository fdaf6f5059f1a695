// The toolkit's HTML5 reference decoding (core/text/entities.h) against
// gumbo's, which reads references as a browser does: every name of the
// table with and without its ';' and before the characters that change a
// match, numeric references across the ranges HTML5 treats apart, and
// random mixtures. What a page's text becomes must not depend on which of
// the two decoded it.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "core/text/entities.h"
#include "parse/html/gumbo_dom.h"

namespace jobpipe::html {
namespace {

// A textarea's content is RCDATA: gumbo decodes references, not tags.
std::string GumboDecoded(std::string_view text) {
  std::string wrapped = "<textarea>\n";  // gumbo drops one leading newline
  wrapped.append(text);
  const Dom dom = BuildDom(wrapped);
  const int textarea = dom.FindTag(Tag::kTextarea);
  std::string out;
  for (int i = textarea + 1; textarea >= 0 && i < dom.nodes[textarea].subtree_end; ++i) {
    if (dom.nodes[i].tag == Tag::kText) out.append(dom.Text(i));
  }
  return out;
}

// Each text between brackets: gumbo's tree (parse/gumbo_dom.h) keeps a
// text of nothing but white space as " ", which is no decoding.
void CheckSameAsGumbo(const std::vector<std::string>& unbracketed) {
  for (const std::string& inner : unbracketed) {
    const std::string text = "[" + inner + "]";
    CAPTURE(text);
    CHECK(textkit::DecodeEntities(text, textkit::kHtmlEntityRules) == GumboDecoded(text));
  }
}

TEST_CASE("Named references decode as gumbo decodes them", "[entities][gumbo]") {
  std::vector<std::string> texts;
  for (std::string_view name : {"amp",
                                "AMP",
                                "lt",
                                "gt",
                                "quot",
                                "nbsp",
                                "copy",
                                "reg",
                                "eacute",
                                "Eacute",
                                "not",
                                "notin",
                                "euro",
                                "hellip",
                                "mdash",
                                "rsquo",
                                "szlig",
                                "yuml",
                                "Ouml",
                                "NotNestedGreaterGreater",
                                "CounterClockwiseContourIntegral",
                                "nosuch",
                                "A"}) {
    for (std::string_view after : {";", "", " ", "x", "it;", "1", "=", ";;", "&amp;"}) {
      texts.push_back("a&" + std::string(name) + std::string(after) + "b");
      texts.push_back("&" + std::string(name) + std::string(after));
    }
  }
  CheckSameAsGumbo(texts);
}

TEST_CASE("Numeric references decode as gumbo decodes them", "[entities][gumbo]") {
  std::vector<std::string> texts;
  for (unsigned value : {0u,      9u,      10u,     13u,     38u,      60u,       65u,
                         127u,    128u,    129u,    141u,    150u,     153u,      159u,
                         160u,    173u,    255u,    0x2019u, 0xD7FFu,  0xD800u,   0xDFFFu,
                         0xE000u, 0xFDD0u, 0xFFFEu, 0xFFFFu, 0x1F600u, 0x10FFFFu, 0x110000u}) {
    texts.push_back("&#" + std::to_string(value) + ";");
    texts.push_back("&#" + std::to_string(value) + " x");
    char hex[16];
    std::snprintf(hex, sizeof hex, "%x", value);
    texts.push_back("&#x" + std::string(hex) + ";");
    texts.push_back("&#X" + std::string(hex) + "z");
  }
  for (std::string_view odd :
       {"&#", "&#;", "&#x", "&#x;", "&#xg;", "&# 1;", "&#0000065;", "&#x0041", "&#65&#66;"}) {
    texts.emplace_back(odd);
  }
  CheckSameAsGumbo(texts);
}

TEST_CASE("Random mixtures of text and references decode as gumbo decodes them",
          "[entities][gumbo]") {
  const std::vector<std::string> pieces = {
      "&",  "#",  "x", ";",  "amp", "lt", "copy",     "eacute",       "not",
      "in", "12", "0", "9F", "a",   " ",  "\xC3\xA9", "\xE2\x80\x94", "Q&A"};
  std::mt19937 random(20261207);
  std::vector<std::string> texts;
  for (int n = 0; n < 2000; ++n) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 12);
    for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    texts.push_back(text);
  }
  CheckSameAsGumbo(texts);
}

}  // namespace
}  // namespace jobpipe::html
