#include "app/pipeline.h"

#include "parse/parse.h"

namespace jobpipe {

Result<Posting> ProcessDocument(const Document& document, const NormalizeOptions& options) {
  return Normalize(Parse(document), options);
}

Result<Posting> ProcessInput(const std::string& input, const PipelineOptions& options) {
  Result<Document> document = Ingest(input, options.fetch);
  if (!document) return document.error();
  return ProcessDocument(*document, options.normalize);
}

}  // namespace jobpipe
