#include "parse/parse.h"

#include <sstream>

namespace jobpipe {

// Placeholder: one paragraph per non-empty line.
ParsedDocument ParseText(const Document& document) {
  ParsedDocument parsed;
  parsed.source = document.source;
  parsed.warnings = document.warnings;
  std::istringstream in(document.body);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    parsed.blocks.push_back(Block{BlockType::kParagraph, line, 0});
  }
  return parsed;
}

}  // namespace jobpipe
