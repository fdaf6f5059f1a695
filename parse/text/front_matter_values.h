// The values of front matter entries, YAML or TOML, as strings: quoted
// scalars unquoted (with their escapes), inline arrays split into their
// elements. Numbers, dates and booleans stay as written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::text {

/// A scalar: "double" (escapes decoded), 'single', or bare (a trailing
/// " # comment" removed).
std::string UnquoteScalar(std::string_view value);

/// "[a, 'b', \"c, d\"]" -> {a, b, "c, d"}; elements empty after unquoting
/// are dropped.
std::vector<std::string> ParseInlineArray(std::string_view value);

/// Whether an inline array opened in `text` is closed in it (brackets
/// outside quotes balance), so a multi-line array can be gathered.
bool ArrayIsClosed(std::string_view text);

}  // namespace jobpipe::text
