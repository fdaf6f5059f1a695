#include "parse/parse.h"

namespace jobpipe {

ParsedDocument Parse(const Document& document) {
  if (document.format == "html") return ParseHtml(document);
  if (document.format == "json") return ParseJson(document);
  return ParseText(document);
}

}  // namespace jobpipe
