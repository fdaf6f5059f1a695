// Posting text never creates markdown structure: a line that would start a
// heading, list, quote, code fence, HTML block or thematic break is escaped
// with a backslash, and only that (the text stays readable as written).
#pragma once

#include <string>
#include <string_view>

namespace jobpipe {

/// Escapes the start of one line of posting text.
std::string EscapeLineStart(std::string_view line);

/// Removes what EscapeLineStart added (for reading a record back).
std::string UnescapeLineStart(std::string_view line);

}  // namespace jobpipe
