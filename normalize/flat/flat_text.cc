#include "normalize/flat/flat_text.h"

#include "normalize/flat/headings.h"
#include "normalize/flat/items.h"
#include "normalize/flat/words.h"

namespace jobpipe::flat {
namespace {

constexpr std::size_t kMinHeadings = 2;

// A heading (if any) and the words it heads, up to the next heading or
// rule.
struct Part {
  std::optional<FlatHeading> heading;
  std::size_t first = 0;  // body words [first, end)
  std::size_t end = 0;
  std::optional<FlatList> list;
};

std::vector<Part> CutIntoParts(const std::vector<FlatWord>& words,
                               const std::vector<FlatHeading>& headings) {
  std::vector<Part> parts;
  Part current;
  std::size_t next_heading = 0;
  for (std::size_t i = 0; i < words.size();) {
    if (next_heading < headings.size() && headings[next_heading].first == i) {
      current.end = i;
      parts.push_back(current);
      current = Part{};
      current.heading = headings[next_heading];
      current.first = i = headings[next_heading++].end;
    } else if (words[i].is_rule) {
      current.end = i;
      parts.push_back(current);
      current = Part{};
      current.first = ++i;
    } else {
      ++i;
    }
  }
  current.end = words.size();
  parts.push_back(current);
  return parts;
}

void Add(std::vector<Block>& blocks, BlockType type, std::string_view text) {
  if (!text.empty()) blocks.push_back(Block{type, std::string(text), 0});
}

}  // namespace

std::vector<Block> UnflattenParagraph(std::string_view paragraph) {
  if (paragraph.size() < kMinFlatBytes || paragraph.size() > kMaxFlatBytes) return {};
  const std::vector<FlatWord> words = SplitFlatWords(paragraph);
  const std::vector<FlatHeading> headings = FindFlatHeadings(paragraph, words);
  if (headings.size() < kMinHeadings) return {};
  std::vector<Part> parts = CutIntoParts(words, headings);
  bool any_list = false;
  for (Part& part : parts) {
    part.list = SplitFlatList(paragraph, words, part.first, part.end);
    any_list = any_list || part.list.has_value();
  }
  if (!any_list) return {};

  std::vector<Block> blocks;
  for (const Part& part : parts) {
    if (part.heading) {
      Add(blocks, BlockType::kHeading,
          WordsText(paragraph, words, part.heading->first, part.heading->end));
    }
    if (!part.list) {
      Add(blocks, BlockType::kParagraph, WordsText(paragraph, words, part.first, part.end));
      continue;
    }
    Add(blocks, BlockType::kParagraph, part.list->lead);
    for (const std::string& item : part.list->items) Add(blocks, BlockType::kListItem, item);
    Add(blocks, BlockType::kParagraph, part.list->tail);
  }
  return blocks;
}

std::optional<std::vector<Block>> UnflattenBlocks(const std::vector<Block>& blocks) {
  std::optional<std::vector<Block>> out;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Block& block = blocks[i];
    std::vector<Block> read;
    if (block.type == BlockType::kParagraph && block.text.size() >= kMinFlatBytes) {
      read = UnflattenParagraph(block.text);
    }
    if (!read.empty()) {
      if (!out) out.emplace(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(i));
      out->insert(out->end(), std::make_move_iterator(read.begin()),
                  std::make_move_iterator(read.end()));
    } else if (out) {
      out->push_back(block);
    }
  }
  return out;
}

}  // namespace jobpipe::flat
