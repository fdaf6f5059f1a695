#include "fuzz/fuzz_pipeline.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/pipeline.h"
#include "export/export.h"
#include "export/record_reader.h"
#include "ingest/document_from_bytes.h"

namespace jobpipe::fuzz {

void Fail(std::string_view what) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

void RunPipeline(std::string_view bytes, const char* format) {
  Result<Document> document = DocumentFromBytes("fuzz-input", bytes, DecodeHints{}, format);
  if (!document) return;  // binary or empty: refused with a message, as it should be
  NormalizeOptions options;
  options.date = "2025-05-07";  // a fixed run date: the same input, the same output
  Result<Posting> posting = ProcessDocument(*document, options);
  if (!posting) return;  // not a posting
  std::string record = RenderMarkdown(*posting);
  (void)RenderJson(*posting);
  (void)RenderJsonLine(*posting);
  Result<Posting> read_back = ReadRecord(record);
  if (!read_back) Fail("a rendered record does not read back: " + read_back.error().message);
}

}  // namespace jobpipe::fuzz
