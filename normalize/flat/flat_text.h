// Descriptions that lost all their line breaks: a JSON-LD description of
// thousands of characters in one line, headings and list items run into
// the prose around them ("...travel is required. Responsibilities Define
// and articulate ... to customers Conduct thorough analysis ...").
// Normalize reads such a paragraph back into the headings, paragraphs and
// list items it had, before grouping blocks into sections.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::flat {

/// Shorter paragraphs are never flattened descriptions (a posting's worth
/// of headings and lists), longer ones are not looked at (the work grows
/// with the paragraph, and no description is that long).
inline constexpr std::size_t kMinFlatBytes = 1200;
inline constexpr std::size_t kMaxFlatBytes = 64 * 1024;

/// A paragraph is flattened when it is long (kMinFlatBytes or more), holds
/// two headings or more that sit in the running text (headings.h),
/// and at least one of the parts they head is a list that lost its breaks
/// (items.h). A rule ("-----", the line between two language versions
/// of a posting) ends a part: each version's sections are read on their
/// own and both are kept. Returns the blocks read back, or nothing when
/// the paragraph is not flattened.
std::vector<Block> UnflattenParagraph(std::string_view paragraph);

/// The blocks with each flattened paragraph read back; nullopt when there
/// is none (paragraphs shorter than kMinFlatBytes are not even looked at).
std::optional<std::vector<Block>> UnflattenBlocks(const std::vector<Block>& blocks);

}  // namespace jobpipe::flat
