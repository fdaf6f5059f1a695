// Second pass of the text parser: classified lines (lines.h) to blocks.
//
// - Paragraphs: consecutive text lines joined when the break is a soft wrap:
//   the next line starts in lowercase, the line ends with a comma, hyphen or
//   a word that cannot end a sentence ("and", "the"), or the lines are hard
//   wrapped (a run of lines of similar width, and the next word would not
//   have fitted on the line). A blank line always ends a paragraph.
// - Headings: markdown "#" (its level), setext underlines, and, guessed at
//   level 0: wholly bold lines, short "Heading:" lines, ALL CAPS lines, and
//   short title-like lines (no final sentence punctuation, at most 10
//   words, standing alone and followed by content). A guessed heading with
//   no content after it becomes a paragraph again.
// - List items: lines.h markers; nesting by indentation, and by a
//   change of marker at the same indentation ("-" items under "•" items);
//   continuation lines (indented, or soft-wrapped) joined into the item.
// - Run-together lines (run_together.h) become list items.
// Every block is one line of plain text: inline markup stripped, spaces
// folded, list markers, trailing semicolons and stray bullets removed.
#pragma once

#include <cstddef>
#include <vector>

#include "core/posting.h"
#include "parse/text/lines.h"

namespace jobpipe::text {

/// Blocks of lines[first, end).
std::vector<Block> BuildBlocks(const std::vector<Line>& lines, std::size_t first);

}  // namespace jobpipe::text
