// A program outside the jobpipe tree, built against an installed jobpipe
// (CMake package or pkg-config): runs one posting through the library and
// prints its markdown record, as `jobpipe --date DATE FILE` would.
#include <iostream>

#include "app/pipeline.h"
#include "export/export.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: consumer YYYY-MM-DD FILE\n";
    return 2;
  }
  jobpipe::PipelineOptions options;
  options.normalize.date = argv[1];
  auto posting = jobpipe::ProcessInput(argv[2], options);
  if (!posting) {
    std::cerr << "consumer: " << posting.error().message << '\n';
    return 1;
  }
  std::cout << jobpipe::RenderMarkdown(*posting);
  return 0;
}
