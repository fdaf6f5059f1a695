// The rows of `jobpipe list` in each output format. Columns, in order:
// date, status, days (since the last status change), company, position,
// location, salary, url, file. One renderer per format, same signature.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/tracker/application_row.h"
#include "core/error.h"

namespace jobpipe::tracker {

enum class ListFormat { kTable, kTsv, kCsv, kJson, kJsonl, kMarkdown };

/// "table", "tsv", "csv", "json", "jsonl", "markdown" (or "md").
Result<ListFormat> ParseListFormat(const std::string& name);

/// The aligned table with a header and, last, the count per status.
/// `width` > 0: each line is cut to that many columns (the widest columns
/// give way first); 0 = no limit.
std::string RenderTable(const std::vector<ApplicationRow>& rows, std::size_t width);
/// A header line, then one line per row; tabs and line breaks in values
/// become spaces.
std::string RenderTsv(const std::vector<ApplicationRow>& rows);
std::string RenderCsv(const std::vector<ApplicationRow>& rows);  // RFC 4180, CRLF
std::string RenderListJson(const std::vector<ApplicationRow>& rows);   // one array
std::string RenderListJsonl(const std::vector<ApplicationRow>& rows);  // one object a line
std::string RenderMarkdownTable(const std::vector<ApplicationRow>& rows);

std::string RenderList(const std::vector<ApplicationRow>& rows, ListFormat format,
                       std::size_t width);

/// "3 applications: APPLIED 1, PENDING 2" (counted under StatusKey).
std::string StatusCounts(const std::vector<ApplicationRow>& rows);

}  // namespace jobpipe::tracker
