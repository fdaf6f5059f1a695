// The pasted-text reader's entry point: plain text or markdown (with front
// matter, embedded JSON-LD, a header card) to blocks and facts. parse/parse.h
// exposes it to the other stages as ParseText.
#pragma once

#include "core/posting.h"

namespace jobpipe::text {

ParsedDocument ParsePaste(const Document& document);

}  // namespace jobpipe::text
