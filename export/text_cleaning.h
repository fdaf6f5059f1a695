// Text as the renderers write it: no control characters (terminal escape
// sequences included), whitespace folded. Posting text is untrusted: it may
// carry escape sequences that would repaint a terminal that cats the record.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe {

/// One line: control characters and escape sequences removed, every run of
/// whitespace (line breaks included) folded into one space, trimmed.
std::string CleanInline(std::string_view text);

/// Prose: like CleanInline within each paragraph; paragraphs (separated by
/// one or more blank lines) joined by exactly one blank line.
std::string CleanProse(std::string_view text);

}  // namespace jobpipe
