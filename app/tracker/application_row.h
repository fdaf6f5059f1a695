// One application at a glance: what `jobpipe list` shows of a record, read
// from its bytes (record_reader.h for the fields, status_edit.h for the
// History).
#pragma once

#include <optional>
#include <string>

#include "core/error.h"

namespace jobpipe::tracker {

struct ApplicationRow {
  std::string file;         // the path as listed
  std::string date;         // Application Date ("" when empty)
  std::string status;       // as written in the record
  std::string last_change;  // latest History date, else the Application Date
  std::optional<long> days; // days from last_change to today, when both are dates
  std::string company;
  std::string position;
  std::string location;
  std::string salary;
  std::string url;          // "" when the record has no URL (a placeholder line)
};

/// kNotARecord (naming `file`) when `bytes` is not a record.
Result<ApplicationRow> ReadApplicationRow(const std::string& file, std::string bytes,
                                          const std::string& today);

}  // namespace jobpipe::tracker
