// JSON-LD as sites really write it: wrapped in HTML comments or CDATA,
// entity-escaped, with trailing commas, raw newlines and tabs inside strings,
// invalid escapes like \' and several objects concatenated in one script.
// This turns such text into a list of strictly valid JSON texts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::jsonld {

/// Every top-level JSON value found in `script`, each repaired. A value cut
/// off at the end is closed so that what was written can still be read.
std::vector<std::string> SplitAndRepair(std::string_view script);

}  // namespace jobpipe::jsonld
