// StripScriptBodies must never change the tree the parse stage sees: for
// every input, BuildPageDom's tree (gumbo's of the stripped page, lifted
// JSON bodies put back) is compared node by node with BuildDom's tree of the
// page as given. The inputs are the tokenizer's corners where a naive
// "<script>...</script>" cut goes wrong, gumbo 0.10's own quirks, every HTML
// fixture of the project, and random edits of an invented page.
#include "parse/html/raw_text.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <string>

#include "parse/html/gumbo_dom.h"
#include "tests/support/run_binary.h"

namespace jobpipe::html {
namespace {

// Every node with its tag, place in the tree, text and attributes.
std::string DomDump(const Dom& dom) {
  std::string out;
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    const Node& node = dom.nodes[i];
    out += std::to_string(static_cast<int>(node.tag)) + " " + std::to_string(node.parent) + " " +
           std::to_string(node.subtree_end) + " [" + std::string(dom.Text(static_cast<int>(i))) +
           "]";
    for (std::uint32_t a = 0; a < node.attribute_count; ++a) {
      const Attribute& attribute = dom.attributes[node.first_attribute + a];
      out.append(" ").append(dom.Str(attribute.name)).append("=").append(dom.Str(attribute.value));
    }
    out += "\n";
  }
  return out;
}

void CheckSameTree(const std::string& html) {
  INFO("stripped: " << StripScriptBodies(html).html);
  CHECK(DomDump(BuildPageDom(html)) == DomDump(BuildDom(html)));
}

std::string Stripped(std::string_view html) { return StripScriptBodies(html).html; }

TEST_CASE("raw text: script and style bodies go, JSON data is lifted out", "[html][raw-text]") {
  CHECK(Stripped("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>") ==
        "<p>a</p><script></script><p>b</p>");
  CHECK(Stripped("<STYLE media=\"x>y\">p > a { color: red }</StyLe >") ==
        "<STYLE media=\"x>y\"></StyLe >");
  const StrippedPage page =
      StripScriptBodies(R"(<p>a</p><script type="application/ld+json">{"title": "Welder"}</script>)"
                        R"(<script id="__NEXT_DATA__" type="application/json">{"a": 1}</script>)");
  CHECK(page.html == R"(<p>a</p><script type="application/ld+json"></script>)"
                     R"(<script id="__NEXT_DATA__" type="application/json"></script>)");
  REQUIRE(page.json_bodies.size() == 2);
  CHECK(page.json_bodies[0].at == 43);  // just after the start tag
  CHECK(page.json_bodies[0].text == R"({"title": "Welder"})");
  CHECK(page.json_bodies[1].text == R"({"a": 1})");
  // A body gumbo would not keep byte for byte stays for gumbo to read.
  const std::string carriage_return = "<script type=\"application/json\">{\r\n}</script>";
  CHECK(Stripped(carriage_return) == carriage_return);
}

TEST_CASE("raw text: the tree is the same as gumbo's of the whole page", "[html][raw-text]") {
  const char* const cases[] = {
      // End tags: case, whitespace, a name that only starts like script.
      "<script>a</SCRIPT\n>after</p>",
      "<script>if (a </scripts) b();</script ><p>after</p>",
      "<script>a</script/><p>after</p>",
      // A '>' or a script tag inside quoted attributes of the start tag.
      "<div title='<script>'>x</div><script data-x=\"a>b\">c</script><p>y</p>",
      "<div title=<script>>x</div><p>y</p>",
      "<script src=x defer>var s='</scr'+'ipt>';</script><p>after</p>",
      // Script data escaped and double escaped states.
      "<script><!-- document.write('<script>x</script>'); --></script><p>after</p>",
      "<script><!-- a <script> b </script> c --></script><p>after</p>",
      "<script><!-- a </script><p>after</p>",
      "<script><!--><script></script><p>after</p>",
      "<script><!---><script></script><p>after</p>",
      "<script><!-- <script> --> </script><p>after</p>",
      // Comments that hide tags, and comments' odd endings.
      "<!-- <script> --><p>shown</p><script>x</script>",
      "<!--><script>x</script><p>a</p>",
      "<!---><script>x</script><p>a</p>",
      "<!-- a --!><script>x</script><p>a</p>",
      "<? pi <script> ?><p>a</p><!doctype html><! bogus <style> ><p>b</p>",
      "</ <script> ><p>a</p></><p>b</p>",
      // RCDATA and other raw-text elements hold "<script>" as text.
      "<title>A <script>x</script> title</title><p>a</p>",
      "<textarea><script>x</script></textarea><p>a</p>",
      "<xmp><script>x</script></xmp><iframe><style>x</style></iframe><p>a</p>",
      "<noembed><script>x</noembed><noframes><style></noframes><p>a</p>",
      "<noscript><style>p{}</style><p>no js</p></noscript><script>x</script>",
      "<head><noscript><style>p{}</style></noscript></head><body><p>a</p></body>",
      // Foreign content: svg's style and script are elements with children.
      "<svg><style>.a{fill:red}</style><script>x<b>y</b></script></svg><script>z</script><p>a</p>",
      "<svg><![CDATA[<script>]]></svg><script>z</script><p>a</p>",
      "<math><mi><style>a</style></mi></math><style>b</style><p>a</p>",
      "<svg><p>out</p><style>x</style><script>y</script>",
      "<svg><foreignObject><style>x</style></foreignObject></svg><p>a</p>",
      "<svg/><style>x</style><p>a</p>",
      // Select ignores style; textarea leaves the select.
      "<select><option>a<style>b</style><script>c</script></select><p>d</p>",
      "<select><option>a<textarea><script>x</script></textarea><p>d</p>",
      // Templates parse their content like a document.
      "<template><script>x</script><p>a</p></template><style>y</style>",
      // Unclosed at the end of input, and a tag cut off.
      "<p>a</p><script>never closed",
      "<p>a</p><style>never closed",
      "<p>a</p><script",
      "<p>a</p><script type='application/ld+json'>{\"a\":",
      // JSON data: lifted, or left to gumbo when it would change the bytes.
      "<script type=application/ld+json>{\"a\": \"caf\xC3\xA9 \xE2\x80\x94\"}</script><p>b</p>",
      "<script type=application/json>{\"a\": \"\xC3\"}</script><p>b</p>",
      "<script type=application/json>{\"a\": \"\x01\xC2\x85\"}</script><p>b</p>",
      "<script type=application/json>{\"a\":\r\n1}</script><p>b</p>",
      "<script type=application/json>  \n </script><script type=application/json></script>",
      // One input in two literals, in parentheses: not a missing comma.
      ("<table><tr><td><script type=application/ld+json>{}</script></table><script "
       "type=application/json>[]</script>"),
      "<script type=\"text/javascript\" type=application/json>{}</script><p>b</p>",
      "<p>a < b</p><script>x</script><p>c <</p>",
      "<plaintext><script>x</script>",
      "<frameset><script>x</script></frameset>",
      // Where gumbo 0.10 strays from the specification, the scan stops.
      "<b>w</><svg><path/></svg><script>x<p>y</p></script>",
      "<svg></svg ><script><t>x</t></script>",
      "<svg></svg x><script><t>x</t></script>",
      "<svg><style>.</math>s{}</style></svg><script>a<b>c</b></script>",
      "<div><svg><path></div><script>x<b>y</b></script>",
      "<select><template><option>o</select></template><style>q{}</style><p>End</p>",
      "<script type=json><style>z",
      "<table><select><table><xmp><script>x</script></xmp>",
      "<table><tr><td><select><option>a</td><style>s{}</style><p>b</p>",
  };
  for (const char* html : cases) {
    SECTION(html) { CheckSameTree(html); }
  }
}

TEST_CASE("raw text: bodies after an svg with a title are still dropped", "[html][raw-text]") {
  CHECK(Stripped("<svg><title>Close</title><path d='M0'/></svg><script>x()</script>") ==
        "<svg><title>Close</title><path d='M0'/></svg><script></script>");
}

TEST_CASE("raw text: random edits of a page never change the tree", "[html][raw-text]") {
  const std::string page =
      "<!DOCTYPE html><html><head><title>T</title><style>a>b{c:d}</style>"
      "<script>var a = '<p>' + '</scr' + 'ipt>'; if (a < b) {}</script>"
      "<script type=\"application/ld+json\">{\"title\":\"X <b>y</b>\"}</script></head>"
      "<body><div class=\"x\" data-a='1>2'><p>Hello <b>world</b></p>"
      "<svg><style>.s{}</style><path d=\"M0\"/></svg>"
      "<script>document.write(\"<!-- <script>x</script> -->\")</script>"
      "<select><option>o</option><style>z</style></select>"
      "<textarea><script>t</script></textarea><ul><li>a</li><li>b</li></ul>"
      "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"p\":{\"q\":\"r\"}}</script>"
      "<noscript><img src=x></noscript><template><script>y</script></template>"
      "<style>q{}</style><p>End</p></div></body></html>";
  const char* const pieces[] = {"<script>",
                                "</script>",
                                "<script type=application/json>",
                                "<!--",
                                "-->",
                                "--!>",
                                "<svg>",
                                "</svg>",
                                "<math>",
                                "</math>",
                                "<style>",
                                "</style>",
                                "'",
                                "\"",
                                ">",
                                "<",
                                "</",
                                "<select>",
                                "</select>",
                                "<textarea>",
                                "</textarea>",
                                "<![CDATA[",
                                "]]>",
                                "<table>",
                                "<template>",
                                "</template>",
                                "<noscript>",
                                "<title>",
                                "</title>",
                                "<p>",
                                "<div>",
                                "<foreignObject>",
                                "<iframe>",
                                "<xmp>",
                                "<!-- <script>",
                                "<script><!--",
                                "<input>",
                                "<font color=red>",
                                "\r\n",
                                "<frameset>",
                                "<plaintext>",
                                "<a title='x>y'>",
                                "<br/>",
                                "<svg/>",
                                "</body>",
                                "x",
                                " ",
                                "\xC3\xA9",
                                "\x01"};
  std::mt19937 random(20261123);  // fixed: the same edits on every run
  for (int run = 0; run < 3000; ++run) {
    std::string html = page;
    for (int edit = 1 + static_cast<int>(random() % 12); edit > 0; --edit) {
      const std::size_t at = random() % html.size();
      if (random() % 4 == 0) {
        html.erase(at, random() % 8);
      } else {
        html.insert(at, pieces[random() % (sizeof pieces / sizeof *pieces)]);
      }
    }
    INFO("edited page: " << html);
    REQUIRE(DomDump(BuildPageDom(html)) == DomDump(BuildDom(html)));
  }
}

TEST_CASE("raw text: the project's HTML fixtures keep their trees", "[html][raw-text]") {
  int pages = 0;
  for (const char* folder : {"/html", "/http"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::string(JOBPIPE_FIXTURES_DIR) + folder)) {
      if (entry.path().extension() != ".html") continue;
      INFO(entry.path().filename().string());
      CheckSameTree(testing::ReadFile(entry.path().string()));
      ++pages;
    }
  }
  CHECK(pages >= 9);  // fixtures/html and the served pages
}

}  // namespace
}  // namespace jobpipe::html
