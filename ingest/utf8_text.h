// UTF-8 cleaning shared by local input and fetched pages: after it, a body
// is valid UTF-8 with plain line ends and no invisible characters that would
// split words or confuse the parser.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/text/utf8.h"

namespace jobpipe {

struct SanitizedText {
  std::string text;
  /// How many ill-formed byte sequences became U+FFFD (one per maximal
  /// ill-formed subpart, as Unicode recommends).
  std::size_t invalid_sequences = 0;
};

/// Validates and cleans UTF-8:
///  - ill-formed sequences (overlongs, surrogates, truncated, > U+10FFFF)
///    become U+FFFD and are counted;
///  - a leading byte order mark is dropped;
///  - CRLF and lone CR become LF;
///  - no-break spaces (U+00A0, U+202F) become a plain space;
///  - zero-width characters (U+200B-U+200D, U+2060, U+FEFF) are removed;
///  - everything else (tabs, smart quotes, emoji) is kept as it is.
SanitizedText SanitizeUtf8(std::string_view bytes);

/// True when `bytes` is well-formed UTF-8 (an empty string is).
using textkit::IsValidUtf8;

/// True when the text has nothing but whitespace (ASCII whitespace; run it
/// after SanitizeUtf8, which has turned no-break spaces into spaces).
bool IsBlank(std::string_view text);

}  // namespace jobpipe
