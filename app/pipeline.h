// The four stages chained for one input: Ingest -> Parse -> Normalize.
// Export stays with the caller, which knows the output format.
#pragma once

#include <string>

#include "core/error.h"
#include "core/posting.h"
#include "ingest/ingest.h"
#include "normalize/normalize.h"

namespace jobpipe {

struct PipelineOptions {
  FetchOptions fetch;
  NormalizeOptions normalize;
};

/// One input (a path, "-" or a URL) to a Posting, or the first stage's error.
Result<Posting> ProcessInput(const std::string& input, const PipelineOptions& options);

/// A Document already in hand (tests, benchmarks, batch workers).
Result<Posting> ProcessDocument(const Document& document, const NormalizeOptions& options);

}  // namespace jobpipe
