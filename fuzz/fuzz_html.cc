// libFuzzer target: bytes as an HTML page, through the whole pipeline.
#include "fuzz/fuzz_pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  jobpipe::fuzz::RunPipeline(jobpipe::fuzz::Bytes(data, size), "html");
  return 0;
}
