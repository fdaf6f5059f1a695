#include "parse/parse.h"

#include "parse/html/html_parser.h"
#include "parse/sites/json_parser.h"
#include "parse/text/text_parser.h"

namespace jobpipe {

ParsedDocument Parse(const Document& document) {
  if (document.format == "html") return ParseHtml(document);
  if (document.format == "json") return ParseJson(document);
  return ParseText(document);
}

ParsedDocument ParseText(const Document& document) { return text::ParsePaste(document); }
ParsedDocument ParseHtml(const Document& document) { return html::ParsePage(document); }
ParsedDocument ParseJson(const Document& document) { return sites::ParseAnswer(document); }

}  // namespace jobpipe
