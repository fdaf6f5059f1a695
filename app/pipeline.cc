#include "app/pipeline.h"

#include "app/resume/resume_match.h"
#include "parse/parse.h"

namespace jobpipe {

Result<Posting> ProcessDocument(const Document& document, const NormalizeOptions& options) {
  return Normalize(Parse(document), options);
}

Result<Posting> ProcessDocument(const Document& document, const PipelineOptions& options) {
  Result<Posting> posting = ProcessDocument(document, options.normalize);
  if (posting && options.resume) posting->match = MatchResume(*posting, *options.resume);
  return posting;
}

Result<Posting> ProcessInput(const std::string& input, const PipelineOptions& options) {
  Result<Document> document = Ingest(input, options.fetch);
  if (!document) return document.error();
  return ProcessDocument(*document, options);
}

}  // namespace jobpipe
