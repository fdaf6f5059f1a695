// Stage 2, parse: turns a Document into blocks (headings, paragraphs, list
// items in reading order) plus the facts that structured data states
// outright (JSON-LD, a site's top card, an API's fields).
//
// Input:  Document (UTF-8; format "text", "html" or "json").
// Output: ParsedDocument. Parsing is total: any input gives a result, doubts
//         go to warnings. Never throws.
#pragma once

#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe {

/// Dispatches on document.format.
ParsedDocument Parse(const Document& document);

/// Plain or pasted text to blocks; splits LinkedIn's run-together items.
ParsedDocument ParseText(const Document& document);

/// An HTML page (or fragment) to blocks, with JSON-LD/meta/site facts.
ParsedDocument ParseHtml(const Document& document);

/// A job board API answer (Greenhouse, Lever) to blocks and facts.
ParsedDocument ParseJson(const Document& document);

}  // namespace jobpipe
