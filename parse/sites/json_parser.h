// The JSON reader's entry point: a job board API answer or a JSON record.
// Its shape (and the URL it came from) says whose it is: Greenhouse, Lever,
// a bare schema.org JobPosting, or another tool's record. parse/parse.h
// exposes it to the other stages as ParseJson.
#pragma once

#include "core/posting.h"

namespace jobpipe::sites {

ParsedDocument ParseAnswer(const Document& document);

}  // namespace jobpipe::sites
