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

std::string Render(const Posting& posting, OutputFormat format);

}  // namespace jobpipe
