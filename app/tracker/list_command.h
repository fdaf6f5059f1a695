// `jobpipe list DIR`: every record of a folder as one row, filtered by
// status and sorted; files that are not records are skipped with a
// warning each. Rendering is list_render.h's.
#pragma once

#include <string>
#include <vector>

#include "app/tracker/application_row.h"
#include "core/error.h"

namespace jobpipe::tracker {

enum class ListSort { kDate, kCompany, kStatus };

struct ListOptions {
  std::string dir;
  bool recursive = false;
  std::vector<std::string> statuses;  // only these (names or aliases); empty = all
  ListSort sort = ListSort::kDate;
  std::string today;                  // YYYY-MM-DD; "" = today
};

struct ListResult {
  std::vector<ApplicationRow> rows;
  std::vector<std::string> warnings;  // one per skipped file, naming it
};

/// kUnreadable when DIR cannot be listed; a record that cannot be read is a
/// warning, not a failure.
Result<ListResult> ListApplications(const ListOptions& options);

/// The status a row is counted and filtered under: the known name for a
/// known status or alias ("Applied" -> APPLIED), else as written.
std::string StatusKey(const std::string& status);

}  // namespace jobpipe::tracker
