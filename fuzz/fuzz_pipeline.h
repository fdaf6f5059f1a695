// What every fuzz target shares: bytes through the real pipeline (ingest's
// decoding, parse, normalize) and every renderer, as a user's input would
// go. Output is rendered, not checked against anything but the invariants
// each target states; a crash, leak, sanitizer report or timeout is the
// finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace jobpipe::fuzz {

/// The fuzzer's bytes as a string_view.
inline std::string_view Bytes(const uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// `bytes` as an input of `format` ("text", "html", "json" or "" to detect
/// it): Document, Posting, then markdown, JSON and JSONL. The markdown
/// record must read back (ReadRecord) with the title it was written with;
/// a record jobpipe cannot read again would be written twice on a rerun.
/// The stage dumps (core/posting_dump.h) must keep each value on its line:
/// one line per section, text and item, 16 for the facts (20 with a
/// salary), one per skill, and no control character but the line ends.
void RunPipeline(std::string_view bytes, const char* format);

/// Ends the run with a message on stderr: libFuzzer keeps the input.
[[noreturn]] void Fail(std::string_view what);

}  // namespace jobpipe::fuzz
