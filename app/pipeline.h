// The four stages chained for one input: Ingest -> Parse -> Normalize.
// Export stays with the caller, which knows the output format.
#pragma once

#include <memory>
#include <string>

#include "core/error.h"
#include "core/posting.h"
#include "ingest/ingest.h"
#include "normalize/normalize.h"

namespace jobpipe {

struct PipelineOptions {
  FetchOptions fetch;
  NormalizeOptions normalize;
  /// --resume, loaded once for a whole batch; null = no resume (the record
  /// is then exactly as without the option).
  std::shared_ptr<const Resume> resume;
};

/// One input (a path, "-" or a URL) to a Posting, or the first stage's error.
Result<Posting> ProcessInput(const std::string& input, const PipelineOptions& options);

/// A Document already in hand (tests, benchmarks, batch workers).
Result<Posting> ProcessDocument(const Document& document, const NormalizeOptions& options);

/// The same, with the posting matched against `options.resume` when set.
Result<Posting> ProcessDocument(const Document& document, const PipelineOptions& options);

}  // namespace jobpipe
