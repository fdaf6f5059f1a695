// Markdown links keep only their text in blocks ("[application form](url)"
// becomes "application form"), so the address of the one that leads to the
// application is read here, before the markup goes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::text {

/// The target of the first markdown link whose text, or the words just
/// before it, speak of applying ("Fill in the short [application
/// form](https://...)", "[Apply here](https://...)"), as written.
std::optional<std::string> FindApplyLink(std::string_view body);

}  // namespace jobpipe::text
