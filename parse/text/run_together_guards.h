// Where run_together.cc must not look for lost breaks: code spans and link
// targets, addresses and identifiers, abbreviations and character
// references. Each test is cheap and bounded, so the scan stays linear.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace jobpipe::text {

using ByteRange = std::pair<std::size_t, std::size_t>;  // [first, second)

/// `code spans` and markdown link targets "](...)" of the line, in order.
std::vector<ByteRange> ProtectedRanges(std::string_view line);

/// A whitespace-free chunk that is an address or identifier as a whole:
/// URL, e-mail, #hashtag, @mention, query string, snake_case, a::b, a->b.
bool IsProtectedChunk(std::string_view chunk);

/// The period at `period` ends an abbreviation (e.g. i.e. U.S. Dr. vs.).
bool IsAbbreviationBefore(std::string_view line, std::size_t period);

/// The semicolon at `semicolon` ends a character reference ("R&amp;D").
bool EndsEntity(std::string_view line, std::size_t semicolon);

}  // namespace jobpipe::text
