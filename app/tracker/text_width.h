// How wide text is on a terminal, and cutting it to a width, for the
// `jobpipe list` table: UTF-8 aware (one column per character, two for
// East Asian wide ones), never cutting a character in half.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jobpipe::tracker {

std::size_t DisplayWidth(std::string_view text);

/// `text` if it fits in `width` columns, else its start and "…" within them.
std::string TruncateToWidth(std::string_view text, std::size_t width);

}  // namespace jobpipe::tracker
