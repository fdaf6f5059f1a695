#include "normalize/sections.h"

namespace jobpipe {

// Placeholder until the classifier lands: headings start sections of kind
// "other"; everything before the first heading is the intro.
std::vector<Section> BuildSections(const std::vector<Block>& blocks,
                                   std::vector<std::string>* warnings) {
  std::vector<Section> sections;
  for (const Block& block : blocks) {
    if (block.type == BlockType::kHeading || sections.empty()) {
      Section section;
      section.kind = sections.empty() && block.type != BlockType::kHeading ? SectionKind::kIntro
                                                                           : SectionKind::kOther;
      if (block.type == BlockType::kHeading) {
        section.heading = block.text;
        sections.push_back(section);
        continue;
      }
      sections.push_back(section);
    }
    Section& current = sections.back();
    if (block.type == BlockType::kListItem) {
      current.items.push_back(block.text);
    } else {
      if (!current.text.empty()) current.text += "\n\n";
      current.text += block.text;
    }
  }
  return sections;
}

}  // namespace jobpipe
