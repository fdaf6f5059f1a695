// Turns a subtree of an html::Dom into blocks (headings, paragraphs, list
// items), in reading order, one folded line each. The walk is a loop over the
// flat node vector with an explicit stack of open elements, so any nesting
// depth is safe.
#pragma once

#include <string_view>
#include <vector>

#include "core/posting.h"
#include "parse/html/dom.h"

namespace jobpipe::html {

/// Appends the blocks of the subtree rooted at `root` to `out`. Skipped
/// elements (visibility.h) contribute nothing.
void AppendBlocks(const Dom& dom, int root, std::vector<Block>& out);

/// Parses an HTML fragment (a JSON-LD description, an API's content field)
/// and returns the blocks of its body, cleaned up (block_cleanup.h).
std::vector<Block> BlocksFromHtml(std::string_view html);

}  // namespace jobpipe::html
