// libFuzzer target: the record reader (batch reads every record of the
// output folder back; the tracker edits them in place). What it reads must
// render to a record it reads again.
#include <string>

#include "app/tracker/record_text.h"
#include "export/export.h"
#include "export/record_reader.h"
#include "fuzz/fuzz_pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string_view bytes = jobpipe::fuzz::Bytes(data, size);
  (void)jobpipe::tracker::RecordText::Parse(std::string(bytes), "fuzz-record.md");
  jobpipe::Result<jobpipe::Posting> posting = jobpipe::ReadRecord(bytes);
  if (!posting) return 0;
  std::string again = jobpipe::RenderMarkdown(*posting);
  if (!jobpipe::ReadRecord(again)) jobpipe::fuzz::Fail("a record read and written again does not read back");
  return 0;
}
