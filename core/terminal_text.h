// Text from postings and servers (titles, URLs, HTTP reason phrases, batch
// lines) made safe to print on a terminal: it must not be able to set the
// window title, clear the screen, move the cursor, or reorder what the
// user reads. Control characters become visible escapes instead.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe {

/// `text` with every C0 control but tab, DEL, C1 control (as UTF-8 or as a
/// lone byte), bidi control and invalid UTF-8 byte written as \xNN or
/// \uNNNN; everything else, including all other UTF-8, unchanged.
/// Line breaks are kept only when `keep_newlines` (text of several lines).
std::string TerminalSafe(std::string_view text, bool keep_newlines = false);

}  // namespace jobpipe
