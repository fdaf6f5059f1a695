// Last pass of the text parser: blocks still holding their source text
// (markdown, joined lines) become the final one-line blocks. Run-together
// lines are split into items here, inline markup is stripped, list items
// and headings are trimmed of what only decorated them, and a guessed
// heading with nothing after it becomes a paragraph again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::text {

struct RawBlock {
  BlockType type = BlockType::kParagraph;
  std::string raw;  // source text, lines joined by a space
  int level = 0;
  bool guessed_heading = false;  // a level-0 heading guessed from text
  bool code = false;             // a line of a fenced code block: kept as is
};

std::vector<Block> FinishBlocks(const std::vector<RawBlock>& raw_blocks);

/// An item's text without stray bullets around it and without a trailing
/// semicolon or comma (its own final period stays).
std::string CleanItemText(std::string_view text);

}  // namespace jobpipe::text
