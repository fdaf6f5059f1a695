#include "parse/parse.h"

namespace jobpipe {

// Placeholder until the gumbo-based parser lands.
ParsedDocument ParseHtml(const Document& document) {
  ParsedDocument parsed;
  parsed.source = document.source;
  parsed.warnings = document.warnings;
  parsed.warnings.push_back("HTML parsing is not implemented yet");
  return parsed;
}

}  // namespace jobpipe
