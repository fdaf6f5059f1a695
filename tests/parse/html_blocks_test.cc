// Block extraction rules of the HTML walk (parse/html/blocks.cc), one HTML
// snippet and its expected DebugString per row.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/html/blocks.h"

namespace jobpipe {
namespace {

struct Case {
  const char* name;
  const char* html;
  const char* blocks;
};

const std::vector<Case> kCases = {
    {"headings keep their level", "<h1>Title</h1><h3>Section</h3><p>Text.</p>",
     "H1 Title\nH3 Section\nP Text."},
    {"a heading's colon goes", "<h2>Requirements:</h2>", "H2 Requirements"},
    {"a bold-only paragraph is a guessed heading", "<p><strong>What you will do:</strong></p><p>Build.</p>",
     "H0 What you will do\nP Build."},
    {"a bold-only div is a guessed heading", "<div><b>Benefits</b></div>", "H0 Benefits"},
    {"bold inside a sentence is not a heading", "<p><b>Location:</b> Berlin</p>", "P Location: Berlin"},
    {"a bold sentence is not a heading", "<p><b>We answer every application.</b></p>",
     "P We answer every application."},
    {"a bold line ended by br is a heading", "<div><strong>About us<br></strong>We make maps.</div>",
     "H0 About us\nP We make maps."},
    {"br splits lines", "<p>One<br>Two<br/><br>Three</p>", "P One\nP Two\nP Three"},
    {"br lines with bullets become items", "<p>• Python<br>- SQL<br>· Go<br>•Rust</p>",
     "L0 Python\nL0 SQL\nL0 Go\nL0 Rust"},
    {"a hyphen without space stays prose", "<p>-5% churn</p>", "P -5% churn"},
    {"nested lists give levels",
     "<ul><li>Top<ul><li>Inner<ol><li>Deepest</li></ol></li></ul></li><li>Next</li></ul>",
     "L0 Top\nL1 Inner\nL2 Deepest\nL0 Next"},
    {"an li with paragraphs", "<ul><li><p>First part</p></li></ul>", "L0 First part"},
    {"typed bullets in items go", "<ul><li>• Kotlin</li></ul>", "L0 Kotlin"},
    {"div text runs are lines", "<div>Alpha <span>beta</span></div><div>Gamma</div>", "P Alpha beta\nP Gamma"},
    {"inline elements do not split words", "<p>Type<em>Script</em> and <a href='#'>Go</a></p>",
     "P TypeScript and Go"},
    {"table rows join cells", "<table><tr><td>Mon</td><td>9-17</td><td>Office</td></tr></table>",
     "P Mon | 9-17 | Office"},
    {"a th and a td read as key: value", "<table><tr><th>Salary</th><td>€50k</td></tr></table>",
     "P Salary: €50k"},
    {"a cell ending in a colon reads as key: value", "<table><tr><td>Start:</td><td>May</td></tr></table>",
     "P Start: May"},
    {"layout tables are containers",
     "<table><tr><td><h2>Role</h2><ul><li>Code</li></ul></td><td><p>Side</p></td></tr></table>",
     "H2 Role\nL0 Code\nP Side"},
    {"dt and dd pair up", "<dl><dt>Team</dt><dd>Payments</dd><dt>Lonely</dt></dl>",
     "P Team: Payments\nP Lonely"},
    {"entities are decoded", "<p>R&amp;D &lt;3 caf&eacute; &#8364;5</p>", "P R&D <3 café €5"},
    {"whitespace folds and zero-width goes", "<p>  a\n\t b\u00A0\u00A0c\u200Bd\uFEFF </p>", "P a b cd"},
    {"soft hyphens go", "<p>Deutsch&shy;kenntnisse</p>", "P Deutschkenntnisse"},
    {"pre keeps its lines", "<pre>line one\nline two</pre>", "P line one\nP line two"},
    {"dropped tags",
     "<nav>Menu</nav><header>Logo</header><p>Kept</p><script>x()</script><style>p{}</style>"
     "<noscript>JS</noscript><template><p>T</p></template><footer>F</footer><aside>A</aside>"
     "<form><p>Form</p></form><button>B</button><select><option>O</option></select>"
     "<svg><text>S</text></svg><iframe>I</iframe>",
     "P Kept"},
    {"hidden elements",
     "<p hidden>h</p><p aria-hidden=\"true\">a</p><p style=\"color:red; display: none\">d</p>"
     "<p style=\"visibility:hidden\">v</p><span class=\"visually-hidden\">vh</span>"
     "<span class=\"x sr-only\">sr</span><p aria-hidden=\"false\">shown</p>",
     "P shown"},
    {"furniture by class, id and role",
     "<div class=\"cookie-banner\">Cookies</div><div id=\"gdpr\">G</div><div role=\"navigation\">N</div>"
     "<section class=\"similar-jobs\">S</section><p>Kept</p>",
     "P Kept"},
    {"an other-jobs heading cuts its section",
     "<h2>Role</h2><p>Do things.</p><h2>Similar jobs</h2><p>Other job</p><h3>Sub</h3><p>More</p>"
     "<h2>Apply</h2><p>Mail us.</p>",
     "H2 Role\nP Do things.\nH2 Apply\nP Mail us."},
    {"a label joins its short value",
     "<p>Empresa:</p><h3>Acme Lda</h3><p>Requisitos:</p><ul><li>Java</li></ul><p>Nota:</p><p>Leia isto.</p>",
     "P Empresa: Acme Lda\nP Requisitos:\nL0 Java\nP Nota:\nP Leia isto."},
    {"a paragraph-long heading is a paragraph",
     "<h3>We believe in the positive power of energy and in people who are ready to shape the future with their "
     "ideas, which is why we opened a technology hub to build digital products.</h3>",
     "P We believe in the positive power of energy and in people who are ready to shape the future with their "
     "ideas, which is why we opened a technology hub to build digital products."},
    {"punctuation-only blocks go", "<p>|</p><p>—</p><p>ok</p>", "P ok"},
    {"unclosed tags", "<div><p>One<p>Two<ul><li>A<li>B</ul><b>bold", "P One\nP Two\nL0 A\nL0 B\nH0 bold"},
    {"empty document", "", ""},
    {"text only", "just text", "P just text"},
};

// DebugString ends every line with a newline.
std::string Lines(const std::string& text) { return text.empty() ? text : text + "\n"; }

TEST_CASE("HTML walk: blocks of each markup rule", "[html]") {
  for (const Case& c : kCases) {
    SECTION(c.name) { CHECK(DebugString(html::BlocksFromHtml(c.html)) == Lines(c.blocks)); }
  }
}

TEST_CASE("HTML walk: 10,000-deep nesting does not overflow", "[html]") {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "<p>deep text</p>";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  CHECK(DebugString(html::BlocksFromHtml(html)) == "P deep text\n");

  std::string lists;
  for (int i = 0; i < 10000; ++i) lists += "<ul><li>x";
  const std::vector<Block> blocks = html::BlocksFromHtml(lists);
  REQUIRE(blocks.size() == 10000);
  CHECK(blocks.back().type == BlockType::kListItem);
  CHECK(blocks.back().level == 9999);
}

TEST_CASE("HTML walk: 5 MB page", "[html]") {
  std::string html = "<html><body><h1>Big</h1>";
  const std::string row = "<div class=\"card\"><p>Some paragraph text that repeats on and on.</p></div>\n";
  while (html.size() < 5 * 1024 * 1024) html += row;
  html += "</body></html>";
  const std::vector<Block> blocks = html::BlocksFromHtml(html);
  REQUIRE(blocks.size() > 60000);
  CHECK(blocks.front().text == "Big");
  CHECK(blocks.back().text == "Some paragraph text that repeats on and on.");
}

}  // namespace
}  // namespace jobpipe
