// File names for records: "YYYY-MM-DD-company-title.md", lowercase ASCII,
// whatever the posting says. A name made here never leaves the output
// folder: it holds only [a-z0-9-] and ".md", never starts with a dot, and
// is never empty or a name Windows reserves.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jobpipe {

/// Longest record file name, suffix and ".md" included.
inline constexpr std::size_t kMaxRecordNameBytes = 100;

/// Lowercase ASCII words joined by '-': accents transliterated ("é" -> "e"),
/// apostrophes dropped ("O'Neil" -> "oneil"), '&' spelled "and", anything
/// else (punctuation, emoji, other scripts, bad UTF-8) a word break.
/// "" when nothing is left.
std::string Slugify(std::string_view text);

/// The record's file name. `date` is the application date (used only when
/// it is YYYY-MM-DD); `copy` 1 gives the plain name, 2 and up add "-2",
/// "-3" (the next free name after a collision). Company and title are
/// shortened so that the whole name fits kMaxRecordNameBytes; when both
/// slug to nothing the name says "posting".
std::string RecordFileName(std::string_view date, std::string_view company,
                           std::string_view title, int copy);

}  // namespace jobpipe
