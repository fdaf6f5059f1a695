// Script and style elements in pasted text and markdown: removed, with the
// JSON-LD ones kept for their facts.
#include <catch2/catch.hpp>

#include <string>

#include "parse/parse.h"
#include "parse/text/scripts.h"

namespace jobpipe::text {
namespace {

TEST_CASE("script elements: cut from the text, ld+json contents kept in order", "[text]") {
  SECTION("text without a script comes back unchanged") {
    const CutScripts cut = CutScriptElements("Data Engineer\n\n- SQL <3 years\n");
    CHECK(cut.text == "Data Engineer\n\n- SQL <3 years\n");
    CHECK(cut.json_ld.empty());
  }
  SECTION("scripts and styles of any case are removed; only ld+json is kept") {
    const CutScripts cut = CutScriptElements(
        "A\n<SCRIPT type=\"application/ld+json\">{\"@type\":\"JobPosting\"}</SCRIPT>\nB\n"
        "<style>p { color: red; }</style>C\n<script src=\"menu.js\"></script>\n"
        "<script type='application/ld+json'>[1]</script>D");
    CHECK(cut.text == "A\n\nB\nC\n\nD");
    REQUIRE(cut.json_ld.size() == 2);
    CHECK(cut.json_ld[0] == "{\"@type\":\"JobPosting\"}");
    CHECK(cut.json_ld[1] == "[1]");
  }
  SECTION("an element whose name only starts like one stays text") {
    const CutScripts cut = CutScriptElements("<scripts>kept</scripts> <styles>kept too</styles>");
    CHECK(cut.text == "<scripts>kept</scripts> <styles>kept too</styles>");
  }
  SECTION("an unclosed script runs to the end; a bare '<script' at the end stays") {
    CHECK(CutScriptElements("Text\n<script>var a = 1;\nmore").text == "Text\n");
    CHECK(CutScriptElements("Text <script").text == "Text <script");
  }
}

TEST_CASE("markdown with a JSON-LD script: the script's facts fill what the text does not say", "[text]") {
  Document document;
  document.format = "text";
  document.source.type = SourceType::kText;
  document.source.name = "job.md";
  document.body =
      "### Warehouse Lead\n\nRun the night shift of our depot.\n\n"
      "<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Warehouse Lead\","
      " \"hiringOrganization\": {\"name\": \"Invented Depot Ltd\"},"
      " \"jobLocation\": {\"address\": {\"addressLocality\": \"Derby\", \"addressCountry\": \"GB\"}}}</script>\n";
  const ParsedDocument parsed = ParseText(document);
  CHECK(parsed.facts.company == "Invented Depot Ltd");
  CHECK(parsed.facts.location == "Derby");
  for (const Block& block : parsed.blocks) CHECK(block.text.find("JobPosting") == std::string::npos);
}

}  // namespace
}  // namespace jobpipe::text
