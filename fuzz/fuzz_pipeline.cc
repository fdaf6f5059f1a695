#include "fuzz/fuzz_pipeline.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "app/pipeline.h"
#include "core/posting_dump.h"
#include "export/export.h"
#include "export/record_reader.h"
#include "ingest/document_from_bytes.h"

namespace jobpipe::fuzz {

void Fail(std::string_view what) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

namespace {

// `dump` has `lines` lines and no control character but their ends.
void CheckDump(const std::string& dump, std::size_t lines, const char* stage) {
  std::size_t ends = 0;
  for (char c : dump) {
    if (c == '\n') {
      ++ends;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
      Fail(std::string("a control character in the dump of the ") + stage);
    }
  }
  if (ends != lines || (!dump.empty() && dump.back() != '\n')) {
    Fail(std::string("a value of the ") + stage + " dump broke its line");
  }
}

void CheckDumps(const Posting& posting) {
  std::size_t section_lines = 0;
  for (const Section& section : posting.sections) {
    section_lines += 1 + (section.text.empty() ? 0 : 1) + section.items.size();
  }
  CheckDump(DebugString(posting.sections), section_lines, "sections");
  CheckDump(DebugString(posting.facts), posting.facts.salary ? 20 : 16, "facts");
  CheckDump(DebugString(posting.skill_details), posting.skill_details.size(), "skills");
}

}  // namespace

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
  CheckDumps(*posting);
  Result<Posting> read_back = ReadRecord(record);
  if (!read_back) Fail("a rendered record does not read back: " + read_back.error().message);
}

}  // namespace jobpipe::fuzz
