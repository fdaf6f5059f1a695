// libFuzzer target: JSON-LD repair. The bytes are a script's text; every
// value SplitAndRepair returns is parsed as the pipeline parses it (repair
// is best effort: text that no repair makes JSON, such as a NUL where a
// key's quote was, is refused by the parser, and that is no finding), and
// the same text inside a page's ld+json script goes through the whole
// pipeline.
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz/fuzz_pipeline.h"
#include "parse/jsonld/repair.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string_view script = jobpipe::fuzz::Bytes(data, size);
  for (const std::string& value : jobpipe::jsonld::SplitAndRepair(script)) {
    (void)nlohmann::json::parse(value, nullptr, /*allow_exceptions=*/false);
  }
  std::string page = "<html><head><title>Fuzz</title><script type=\"application/ld+json\">";
  page.append(script);
  page += "</script></head><body><h1>Fuzz</h1><p>Text.</p></body></html>";
  jobpipe::fuzz::RunPipeline(page, "html");
  return 0;
}
