// Inline clean-up of one line of pasted text or markdown: what the reader
// sees, without the markup. **bold**, *em*, _em_, ~~strike~~ and `code`
// lose their delimiters, [text](url) keeps its text, images disappear, stray
// HTML tags are removed and HTML entities (&amp; &#8217; and the legacy
// semicolon-less &amp) decoded. The result is one line, spaces folded.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::text {

/// Markdown/HTML inline markup removed, white space folded, trimmed.
std::string StripInlineMarkup(std::string_view line);

}  // namespace jobpipe::text
