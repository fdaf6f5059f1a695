// Helpers shared by the section tests: blocks in one call each, and a
// one-line-per-section dump ("kind|heading|text|item;item") to compare.
#pragma once

#include <string>
#include <vector>

#include "normalize/sections/sections.h"

namespace jobpipe::sections_test {

inline Block H(const std::string& text) { return {BlockType::kHeading, text, 2}; }
inline Block P(const std::string& text) { return {BlockType::kParagraph, text, 0}; }
inline Block L(const std::string& text, int level = 0) { return {BlockType::kListItem, text, level}; }

inline std::vector<std::string> Dump(const std::vector<Block>& blocks, const sections::SectionOptions& options = {}) {
  std::vector<std::string> lines;
  for (const Section& s : sections::BuildSections(blocks, nullptr, options)) {
    std::string items;
    for (const std::string& item : s.items) items += (items.empty() ? "" : ";") + item;
    lines.push_back(std::string(SectionKindName(s.kind)) + "|" + s.heading.value_or("-") + "|" + s.text + "|" + items);
  }
  return lines;
}

}  // namespace jobpipe::sections_test
