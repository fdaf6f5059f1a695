// The HTML reader's entry point: a page (or a fragment) to blocks, with the
// facts its JSON-LD, head and site markup state. parse/parse.h exposes it to
// the other stages as ParseHtml.
#pragma once

#include "core/posting.h"

namespace jobpipe::html {

ParsedDocument ParsePage(const Document& document);

}  // namespace jobpipe::html
