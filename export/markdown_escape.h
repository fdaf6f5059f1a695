// Posting text never creates markdown structure or a live link: a line that
// would start a heading, list, quote, code fence, HTML block or thematic
// break is escaped with a backslash, and so is, anywhere in the line, the
// "(" of "[x](javascript:...)" and the "<" of an autolink or an HTML tag;
// only that (the text stays readable as written).
#pragma once

#include <string>
#include <string_view>

namespace jobpipe {

/// Escapes one line of posting text.
std::string EscapeMarkdownLine(std::string_view line);

/// Removes what EscapeMarkdownLine added (for reading a record back). A
/// backslash the text itself had right before such markup goes too.
std::string UnescapeMarkdownLine(std::string_view line);

}  // namespace jobpipe
