// libFuzzer target: batch list lines (a file or stdin of URLs and paths).
// Every entry's message is shown on a terminal, so once made terminal-safe
// it must hold no control character but tab.
#include <sstream>
#include <string>

#include "app/batch_list.h"
#include "app/record_index.h"
#include "core/terminal_text.h"
#include "fuzz/fuzz_pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::istringstream in{std::string(jobpipe::fuzz::Bytes(data, size))};
  jobpipe::BatchListReader reader(in, "fuzz-list.txt");
  while (std::optional<jobpipe::BatchEntry> entry = reader.Next()) {
    (void)jobpipe::UrlHost(entry->text);
    if (entry->kind == jobpipe::EntryKind::kUrl) (void)jobpipe::UrlIdentity(entry->text);
    if (entry->kind != jobpipe::EntryKind::kInvalid) continue;
    for (unsigned char c : jobpipe::TerminalSafe(entry->error.message)) {
      if ((c < 0x20 && c != '\t') || c == 0x7f) jobpipe::fuzz::Fail("a control byte in a batch message");
    }
  }
  return 0;
}
