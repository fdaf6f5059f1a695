// Hostile or degenerate text: every input gives a result, without a crash,
// a hang or deep recursion. (Speed is measured in bench/, not here.)
#include <catch2/catch.hpp>
#include <string>

#include "core/posting.h"
#include "parse/parse.h"
#include "tests/support/linear_time.h"

namespace jobpipe {
namespace {

using testing::Repeat;

ParsedDocument ParseBody(std::string body) {
  Document document;
  document.body = std::move(body);
  return ParseText(document);
}

}  // namespace

TEST_CASE("text adversarial: a one megabyte line") {
  const ParsedDocument words = ParseBody(Repeat("word ", 200000));
  REQUIRE(words.blocks.size() == 1);
  CHECK(words.blocks[0].type == BlockType::kParagraph);

  // Glued items all along the line: one list of many items.
  const ParsedDocument glued = ParseBody(Repeat("Build many things with care", 40000));
  CHECK(glued.blocks.size() > 1000);

  const std::string no_spaces(1 << 20, 'x');
  CHECK(ParseBody(no_spaces).blocks.size() == 1);
}

TEST_CASE("text adversarial: 50k bullets and 100k lines") {
  const ParsedDocument bullets = ParseBody(Repeat("- item\n", 50000));
  CHECK(bullets.blocks.size() == 50000);
  const ParsedDocument lines = ParseBody(Repeat("Line of text that ends.\n", 100000));
  CHECK(lines.blocks.size() == 100000);
  const ParsedDocument blanks = ParseBody(Repeat("\n", 100000) + "Finally a sentence.\n");
  CHECK(DebugString(blanks.blocks) == "P Finally a sentence.\n");
}

TEST_CASE("text adversarial: deep nesting is a depth, not recursion") {
  std::string body;
  for (int depth = 0; depth < 10000; ++depth) body += std::string(depth * 2, ' ') + "- level\n";
  const ParsedDocument parsed = ParseBody(body);
  REQUIRE(parsed.blocks.size() == 10000);
  CHECK(parsed.blocks.back().level == 9999);
}

TEST_CASE("text adversarial: only markup or punctuation") {
  const char* inputs[] = {"",           "\n\n\n", "   \t  ",      "!!!???...",    "---\n---\n",
                          "+++\n+++\n", "***",    "# \n## \n",    "- \n* \n+ \n", "•\n•\n",
                          "```\n",      "[](",    "![",           "<<<>>>",       "&&&;;;",
                          "\\\\\\",     "|||",    "\x01\x02\x03", "🚀🚀🚀"};
  for (const char* input : inputs) {
    INFO(input);
    const ParsedDocument parsed = ParseBody(input);
    for (const Block& block : parsed.blocks) CHECK_FALSE(block.text.empty());
  }
  for (const std::string piece : {"[", "`", "*", "_", "<a ", "&#", "](", "**x", "\\", "#", "e.g.",
                                  "aB", ".A", "~~", "|", "&amp;"}) {
    INFO(piece);
    CHECK_NOTHROW(ParseBody(Repeat(piece, 300000)));
  }
}

TEST_CASE("text adversarial: invalid UTF-8 bytes do not break the parse") {
  const ParsedDocument parsed = ParseBody("Caf\xC3 \xFF\xFE bytes.\n\n- item \xE2\x80\n");
  CHECK(parsed.blocks.size() == 2);
}

}  // namespace jobpipe
