// The only door to gumbo-parser: parses HTML and copies the tree into our
// flat html::Dom (parse/html/dom.h), then frees gumbo's output.
#pragma once

#include <string>
#include <string_view>

#include "parse/html/dom.h"

namespace jobpipe::html {

/// Parses a whole page or a fragment (gumbo wraps fragments in html/body).
/// Comments are dropped; scripts keep their text only when they are JSON data.
Dom BuildDom(std::string_view html);

/// A whole page, the same tree as BuildDom(page) but cheaper: gumbo parses
/// the page without its script and style bodies and JSON data bodies are
/// copied in without gumbo tokenizing them (parse/html/raw_text.h).
Dom BuildPageDom(std::string_view page);

/// HTML character references decoded ("AT&amp;T" -> "AT&T"), tags left as
/// text. Uses gumbo's RCDATA rules, so every named entity is known.
std::string DecodeEntities(std::string_view text);

}  // namespace jobpipe::html
