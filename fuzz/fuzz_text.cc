// libFuzzer target: bytes as pasted text, through the whole pipeline.
#include "fuzz/fuzz_pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  jobpipe::fuzz::RunPipeline(jobpipe::fuzz::Bytes(data, size), "text");
  return 0;
}
