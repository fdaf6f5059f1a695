// Stage 4, export: renders a Posting. One renderer per format, same shape:
// Posting in, UTF-8 text out. Escaping belongs here, never to the data.
//
// Input:  Posting (or a failed input's Source and Error, for JSONL).
// Output: the markdown record (../shared/RECORD_FORMAT.md), pretty JSON or
//         one JSONL line (../shared/JSON_CONTRACT.md). Never fails.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

enum class OutputFormat { kMarkdown, kJson, kJsonl };

std::string RenderMarkdown(const Posting& posting);
std::string RenderJson(const Posting& posting);       // pretty, ends with \n
std::string RenderJsonLine(const Posting& posting);   // one line + \n
std::string RenderErrorJsonLine(const Source& source, const Error& error);
/// A batch input that was skipped, not failed (`reason` is "duplicate" or
/// "already_recorded"): the failure line's shape, so every consumer that
/// reads failures can read it, with "skipped": true in its error object.
std::string RenderSkipJsonLine(const Source& source, std::string_view reason,
                               const std::string& message);

std::string Render(const Posting& posting, OutputFormat format);

}  // namespace jobpipe
