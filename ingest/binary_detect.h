// Tells text from binary data before anything tries to read a posting out of
// it: a PDF or a Word file given by mistake must fail clearly (kBinary), not
// turn into a page of replacement characters.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe {

/// Why `bytes` look like binary data ("PDF document", "NUL bytes", "many
/// control characters", ...), or nullopt when they look like text in some
/// 8-bit or UTF-8 encoding. UTF-16 text (which has NULs) must be converted
/// before this check.
std::optional<std::string> DetectBinary(std::string_view bytes);

}  // namespace jobpipe
