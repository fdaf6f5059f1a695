// DetectFormat and FormatFromContentType: table-driven.
#include "ingest/format_detect.h"

#include <catch2/catch.hpp>
#include <string>

using jobpipe::DetectFormat;
using jobpipe::FormatFromContentType;

TEST_CASE("DetectFormat tells HTML, JSON and text apart by content and name") {
  struct Case {
    const char* what;
    std::string text;
    std::string name;
    std::string expected;
  };
  const Case cases[] = {
      {"doctype", "<!DOCTYPE html><title>x</title>", "-", "html"},
      {"doctype lower case, leading space", "\n  <!doctype html>", "-", "html"},
      {"html tag", "<html lang=\"en\"><body>Job</body></html>", "-", "html"},
      {"saved-page comment first", "<!-- saved from url=(0040)x -->\n<html><body></body></html>",
       "-", "html"},
      {"fragment with many tags",
       "<h2>Role</h2><p>Build things.</p><ul><li>C++</li><li>Go</li></ul>", "-", "html"},
      {"plain text with one angle bracket", "Requirements\n- <5 years is fine\n- C++ and Go\n", "-",
       "text"},
      {"text mentioning a tag once", "Experience with <div> layouts and CSS grids.", "-", "text"},
      {"html extension", "Just some words", "saved/posting.HTML", "html"},
      {"htm extension", "Just some words", "posting.htm", "html"},
      {"JSON object", "  {\"title\": \"Engineer\", \"content\": \"<p>x</p>\"}\n", "-", "json"},
      {"JSON object from a .txt file", "{\"text\": \"Designer\"}", "a.txt", "json"},
      {"JSON array of records (a scraper's export)", "[{\"title\": \"x\"}]", "-", "json"},
      {"JSON array without objects is not a posting", "[1, 2, 3]", "-", "text"},
      {"markdown with front matter and inline HTML is text",
       "---\ntitle: Dev\n---\n\n<strong>Missions</strong>\n\n- <b>one</b>\n- <em>two</em>\n<strong>Profil</strong>\n- "
       "<i>three</i>\n",
       "post.md", "text"},
      {"braces but not JSON", "{ Senior Engineer }", "-", "text"},
      {"pasted LinkedIn text", "Senior Engineer\nAcme · Berlin (Hybrid)\n\nAbout the job\n", "-",
       "text"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    CHECK(DetectFormat(c.text, c.name) == c.expected);
  }
}

TEST_CASE("FormatFromContentType maps media types and leaves unknown ones to sniffing") {
  struct Case {
    std::string content_type;
    std::string expected;
  };
  const Case cases[] = {
      {"text/html", "html"},
      {"text/html; charset=ISO-8859-1", "html"},
      {"TEXT/HTML;charset=utf-8", "html"},
      {"application/xhtml+xml", "html"},
      {"application/json", "json"},
      {"application/json; charset=utf-8", "json"},
      {"application/ld+json", "json"},
      {"text/plain; charset=utf-8", "text"},
      {"", ""},
      {"application/octet-stream", ""},
  };
  for (const auto& c : cases) {
    INFO(c.content_type);
    CHECK(FormatFromContentType(c.content_type) == c.expected);
  }
}
