// Cutting text into pieces: words counted, fields split on a separator,
// lines split and trimmed.
#pragma once

#include <limits>
#include <string_view>
#include <vector>

namespace jobpipe::textkit {

/// Number of words (runs of bytes other than ASCII white space). With
/// `limit`, counting stops past it (the result is min(count, limit + 1)):
/// enough to compare with any bound up to `limit` without reading a long
/// line to its end.
int CountWords(std::string_view text, int limit = std::numeric_limits<int>::max() - 1);

/// Number of words that hold a letter or digit, between Unicode spaces: a
/// dash or a bullet alone is no word ("- Python" is one). Past `limit`
/// counting stops, as in CountWords.
std::size_t CountLetterWords(std::string_view text,
                             std::size_t limit = static_cast<std::size_t>(-1));

/// The pieces between separators, empty ones included ("a||b" -> "a", "",
/// "b"); one piece, `text` itself, when there is no separator.
std::vector<std::string_view> SplitOn(std::string_view text, char separator);
std::vector<std::string_view> SplitOn(std::string_view text, std::string_view separator);

/// The lines of `text` (split on '\n'), each trimmed of white space
/// (the Unicode spaces too), the empty ones left out.
std::vector<std::string_view> SplitLines(std::string_view text);

}  // namespace jobpipe::textkit
