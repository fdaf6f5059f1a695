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

struct NewRecord {
  std::string path;
  /// Another writer (a second jobpipe on the same folder) recorded this
  /// posting at `path` first: nothing was written.
  bool recorded_by_another = false;
};

/// Writes `markdown` (the posting's rendered record) as a new file in `dir`
/// and returns its path. The free name is found race-free: a name another
/// writer takes first makes WriteFileAtomically refuse; when the record
/// there is of this posting (same PostingIdentity) nothing is written,
/// else the next suffix is tried.
Result<NewRecord> WriteNewRecord(const std::string& dir, const Posting& posting,
                                 std::string_view markdown);

/// Replaces the record at `path` (--force) atomically.
Result<NewRecord> ReplaceRecord(const std::string& path, std::string_view markdown);

}  // namespace jobpipe
