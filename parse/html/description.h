// A posting description as structured sources hand it over: HTML (JSON-LD
// description, Lever's description), HTML escaped as text (Greenhouse's
// content, some JSON-LD), or plain text with line breaks. Each becomes blocks.
#pragma once

#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::html {

/// Blocks of a description, whichever of the three forms it is in.
std::vector<Block> DescriptionBlocks(std::string_view description);

/// Total text length of blocks (to compare two readings of one posting).
std::size_t TextLength(const std::vector<Block>& blocks);

}  // namespace jobpipe::html
