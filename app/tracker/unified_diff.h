// A unified diff (`diff -u` style, 3 lines of context) between two texts,
// for `jobpipe update --dry-run`: what would change, readable by people
// and by `patch -p0`. Lines are compared with their line ends, so a CRLF
// file's diff shows its own line ends.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::tracker {

/// "--- NAME\n+++ NAME\n" and the hunks from `before` to `after`; "" when
/// they are equal. A last line without a line end is followed by
/// "\ No newline at end of file".
std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& name);

}  // namespace jobpipe::tracker
