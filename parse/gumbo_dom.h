// The only door to gumbo-parser: parses HTML and copies the tree into our
// flat html::Dom (parse/html_dom.h), then frees gumbo's output.
#pragma once

#include <string>
#include <string_view>

#include "parse/html_dom.h"

namespace jobpipe::html {

/// Parses a whole page or a fragment (gumbo wraps fragments in html/body).
/// Comments are dropped; scripts keep their text only when they are JSON data.
Dom BuildDom(std::string_view html);

/// HTML character references decoded ("AT&amp;T" -> "AT&T"), tags left as
/// text. Uses gumbo's RCDATA rules, so every named entity is known.
std::string DecodeEntities(std::string_view text);

}  // namespace jobpipe::html
