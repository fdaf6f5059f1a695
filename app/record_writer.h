// Writing one posting's record into the output folder: under its slug name
// (record_slug.h), the next free "-2", "-3" when the name is taken, always
// atomically and never over another file; or over the posting's own record
// with --force.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

/// Most copies of one name tried before giving up with kWriteFailed.
inline constexpr int kMaxRecordCopies = 1000;

/// Writes `markdown` (the posting's rendered record) as a new file in `dir`
/// and returns its path. The free name is found race-free: a name another
/// writer takes first makes WriteFileAtomically refuse, and the next suffix
/// is tried.
Result<std::string> WriteNewRecord(const std::string& dir, const Posting& posting,
                                   std::string_view markdown);

/// Replaces the record at `path` (--force) atomically.
Result<std::string> ReplaceRecord(const std::string& path, std::string_view markdown);

}  // namespace jobpipe
