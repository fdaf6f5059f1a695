// HTML character references in pasted text and markdown ("&amp;", "&#8217;",
// the legacy semicolon-less "&amp"), for the inline clean-up (inline_markup.h).
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::text {

/// HTML character references decoded: named (a common set), decimal and
/// hexadecimal. Unknown or malformed references stay as written.
std::string DecodeEntities(std::string_view text);

}  // namespace jobpipe::text
