// Setting a record's status in its bytes: the "### Application" value is
// replaced and a dated line is appended to the "### History" list of the
// "## Status" part (created after the status when first needed):
//
//   ## Status
//   ### Application
//   INTERVIEWING
//
//   ### History
//   - 2026-12-01: APPLIED
//   - 2026-12-07: INTERVIEWING — phone screen with Dana
//
// Nothing else changes: not a byte outside the lines written, new lines in
// the file's own line ends.
#pragma once

#include <string>
#include <vector>

#include "app/tracker/record_text.h"
#include "core/error.h"

namespace jobpipe::tracker {

inline constexpr std::string_view kHistoryHeading = "### History";
/// Between a History line's status and its note.
inline constexpr std::string_view kNoteSeparator = " \xE2\x80\x94 ";  // " — "

struct StatusChange {
  std::string status;  // one line, as it is to be written
  std::string date;    // YYYY-MM-DD
  std::string note;    // "" = none; one line
};

/// The record's bytes with the change made. Fails with kNotARecord (naming
/// `name`) when the record has no "## Status" part.
Result<std::string> ApplyStatusChange(const RecordText& record, const StatusChange& change,
                                      const std::string& name);

struct HistoryEntry {
  std::string date;    // YYYY-MM-DD as written
  std::string status;
  std::string note;
};

/// The History lines of the record's Status part that have the documented
/// shape ("- YYYY-MM-DD: STATUS[ — note]"), in file order; others (the
/// user's own words) are left out.
std::vector<HistoryEntry> ReadHistory(const RecordText& record);

/// The "### Application" value ("" when empty or missing).
std::string CurrentStatus(const RecordText& record);

}  // namespace jobpipe::tracker
