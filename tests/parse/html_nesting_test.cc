// Deeply nested markup (issue 11): 262k nested <div>s ran for minutes in
// gumbo and then overflowed the stack destroying its tree; 225 KB of nested
// <ul><li> took 4 s. Nesting is bounded before gumbo sees the page.
#include <catch2/catch.hpp>
#include <string>

#include "parse/html/gumbo_dom.h"
#include "parse/html/nesting.h"
#include "parse/parse.h"
#include "tests/support/linear_time.h"

namespace {

std::string Nested(const std::string& open, const std::string& close, int depth,
                   const std::string& inner) {
  std::string html;
  for (int i = 0; i < depth; ++i) html += open;
  html += inner;
  for (int i = 0; i < depth; ++i) html += close;
  return html;
}

void ParseOnce(const std::string& html) {
  jobpipe::Document document;
  document.format = "html";
  document.body = html;
  jobpipe::ParsedDocument parsed = jobpipe::ParseHtml(document);
  CHECK_FALSE(parsed.blocks.empty());
}

}  // namespace

TEST_CASE("nesting within the bound leaves the page as it is") {
  std::string html = Nested("<div class=\"a>b\">", "</div>", 500, "<p>Senior engineer</p>");
  std::string storage;
  CHECK(jobpipe::html::BoundHtmlNesting(html, &storage).data() == html.data());
  std::string lists = Nested("<ul><li>", "</li></ul>", 200, "x") + std::string(2000, ' ');
  for (int i = 0; i < 2000; ++i) lists += "<p>unclosed paragraph ";  // each closes the last
  CHECK(jobpipe::html::BoundHtmlNesting(lists, &storage).data() == lists.data());
}

TEST_CASE("start tags beyond the bound are blanked, every offset kept") {
  const std::size_t bound = jobpipe::html::kMaxHtmlNesting;
  std::string html = Nested("<div>", "</div>", static_cast<int>(bound) + 88, "deep text");
  std::string storage;
  std::string_view bounded = jobpipe::html::BoundHtmlNesting(html, &storage);
  REQUIRE(bounded.size() == html.size());
  CHECK(bounded.substr(0, 5 * bound) == html.substr(0, 5 * bound));
  // Blanked into tags gumbo reads as comments, not into text.
  std::string blanked;
  for (int i = 0; i < 88; ++i) blanked += "</  >";
  CHECK(bounded.substr(5 * bound, 5 * 88) == blanked);
  const std::size_t text = html.find("deep text");
  CHECK(bounded.find("deep text") == text);
  // The end tags: as many as were kept open close them, the rest (those of
  // the blanked start tags) are blanked too.
  const std::size_t closes = text + 9;
  CHECK(bounded.substr(closes, 6 * bound) == html.substr(closes, 6 * bound));
  std::string blanked_ends;
  for (int i = 0; i < 88; ++i) blanked_ends += "</   >";
  CHECK(bounded.substr(closes + 6 * bound) == blanked_ends);
}

TEST_CASE("formatting elements open only so deep, end tags of p and br stay") {
  const int bound = jobpipe::html::kMaxFormattingDepth;
  std::string html = Nested("<b>", "</b>", bound + 2, "bold") + "</p></br></i>";
  std::string storage;
  std::string_view bounded = jobpipe::html::BoundHtmlNesting(html, &storage);
  REQUIRE(bounded.size() == html.size());
  CHECK(bounded.substr(3 * bound, 6) == "</></>");
  CHECK(bounded.substr(bounded.size() - 13) == "</p></br></ >");
  // Below the bound nothing changes, and no end tag is touched.
  std::string shallow = Nested("<b>", "</b>", bound, "bold") + "</i></span>";
  CHECK(jobpipe::html::BoundHtmlNesting(shallow, &storage).data() == shallow.data());
}

TEST_CASE("262k nested divs parse, without a crash, keeping the text") {
  std::string html = Nested("<div>", "</div>", 262144, "<p>Data Engineer at Acme</p>");
  jobpipe::Document document;
  document.format = "html";
  document.body = html;
  jobpipe::ParsedDocument parsed = jobpipe::ParseHtml(document);
  bool found = false;
  for (const auto& block : parsed.blocks) found = found || block.text.find("Data Engineer") != std::string::npos;
  CHECK(found);
}

TEST_CASE("nested markup grows linearly: 16 times the input, at most 40 times the time") {
  // (A pair, not a structured binding: clang 14 cannot capture those.)
  for (const auto& tags : {std::pair{"<div>", "</div>"}, std::pair{"<ul><li>", "</li></ul>"}}) {
    INFO(tags.first);
    double growth = jobpipe::testing::TimeGrowth(
        [&tags](int depth) { return Nested(tags.first, tags.second, depth, "<p>text</p>"); }, 100000,
        [](const std::string& html) { ParseOnce(html); });
    INFO("16 times the nesting took " << growth << " times as long");
    CHECK(growth < jobpipe::testing::kMaxTimeFactor);
  }
}
