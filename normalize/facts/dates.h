// Dates a posting states: when it was posted and the application deadline.
// Only dates that are certain become YYYY-MM-DD ("03/04/2025" is not).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/text_lines.h"

namespace jobpipe::facts {

/// The first certain date in the text as YYYY-MM-DD: ISO "2025-03-01",
/// "March 1, 2025", "1 March 2025", "1. März 2025", "1er mars 2025",
/// "1 de marzo de 2025", "01.03.2025"; "03/04/2025" only when the day is
/// over 12 and so cannot be the month.
std::optional<std::string> ParseDate(std::string_view text);

/// "Posted on 2025-03-01", "Date posted:", "Veröffentlicht am", "Publié le",
/// or a date alone in a header line.
std::optional<std::string> FindDatePosted(const std::vector<TextLine>& lines);

/// "Apply by", "Application deadline", "Closing date", "Bewerbungsfrist",
/// "Date limite", "Fecha límite", "Hakuaika päättyy", ... then a date.
std::optional<std::string> FindValidThrough(const std::vector<TextLine>& lines);

}  // namespace jobpipe::facts
