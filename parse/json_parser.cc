#include "parse/parse.h"

namespace jobpipe {

// Placeholder until the Greenhouse/Lever adapters land.
ParsedDocument ParseJson(const Document& document) {
  ParsedDocument parsed;
  parsed.source = document.source;
  parsed.warnings = document.warnings;
  return parsed;
}

}  // namespace jobpipe
