#include "app/pipeline.h"

#include "app/resume/resume_match.h"
#include "core/stop.h"
#include "parse/parse.h"

namespace jobpipe {

Result<Posting> ProcessDocument(const Document& document, const NormalizeOptions& options) {
  ParsedDocument parsed = Parse(document);
  // Parse ends early on a stop (core/stop.h): what it read is not the page.
  if (StopRequested()) return StoppedError(document.source.name);
  return Normalize(parsed, options);
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
