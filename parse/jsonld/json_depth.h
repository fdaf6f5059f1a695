// JSON from pages and APIs may nest as deep as it likes. nlohmann parses it
// without recursion but copies, compares and prints values recursively:
// JSON-LD 100,000 levels deep overflowed the stack (issue 11). Arrays and
// objects that open deeper than kMaxJsonDepth are left out while parsing;
// no posting keeps its facts down there.
#pragma once

#include <string_view>

#include "parse/jsonld/values.h"

namespace jobpipe::jsonld {

inline constexpr int kMaxJsonDepth = 256;

/// Json::parse without exceptions (a discarded value when `text` is not
/// JSON), every array or object deeper than kMaxJsonDepth left out (a
/// member whose value goes goes with it).
Json ParseJsonBounded(std::string_view text, bool ignore_comments = false);

}  // namespace jobpipe::jsonld
