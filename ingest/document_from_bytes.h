// The common end of local input and fetching: raw bytes -> Document (binary
// check, charset decoding, empty check, format).
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "core/posting.h"
#include "ingest/text_decode.h"

namespace jobpipe {

/// Fails with kBinary or kEmpty (messages name `name`). `known_format` is
/// the format a Content-Type gave ("" = detect from content and name).
/// Sets source.name and source.type (kText/kHtml/kJson); fetching then
/// overrides type with kUrl and adds the fetch fields.
Result<Document> DocumentFromBytes(const std::string& name, std::string_view bytes,
                                   DecodeHints hints, const std::string& known_format);

}  // namespace jobpipe
