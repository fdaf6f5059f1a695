#include "app/tracker/list_command.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "app/tracker/calendar.h"
#include "app/tracker/record_files.h"
#include "app/tracker/record_text.h"
#include "app/tracker/statuses.h"
#include "core/text/ascii.h"

namespace jobpipe::tracker {
namespace {

// Sort keys: the chosen field first, then date and file so the order is
// stable whatever the folder listing gave.
bool Before(const ApplicationRow& a, const ApplicationRow& b, ListSort sort) {
  auto tail = [](const ApplicationRow& r) { return std::tie(r.date, r.file); };
  switch (sort) {
    case ListSort::kCompany: {
      std::string ca = textkit::AsciiLower(a.company);
      std::string cb = textkit::AsciiLower(b.company);
      if (ca != cb) return ca < cb;
      return tail(a) < tail(b);
    }
    case ListSort::kStatus: {
      std::string sa = StatusKey(a.status);
      std::string sb = StatusKey(b.status);
      if (sa != sb) return sa < sb;
      return tail(a) < tail(b);
    }
    case ListSort::kDate: break;
  }
  return tail(a) < tail(b);
}

}  // namespace

std::string StatusKey(const std::string& status) {
  if (auto known = CanonicalStatus(status)) return std::string(*known);
  return status;
}

Result<ListResult> ListApplications(const ListOptions& options) {
  Result<std::vector<std::string>> files = FindRecordFiles(options.dir, options.recursive);
  if (!files) return files.error();
  const std::string today = options.today.empty() ? TodayLocal() : options.today;
  std::set<std::string> wanted;
  for (const std::string& status : options.statuses) wanted.insert(textkit::AsciiLower(StatusKey(status)));

  ListResult result;
  for (const std::string& file : *files) {
    Result<std::string> bytes = ReadRecordFile(file);
    if (!bytes) {
      result.warnings.push_back(bytes.error().message + "; skipped");
      continue;
    }
    Result<ApplicationRow> row = ReadApplicationRow(file, std::move(*bytes), today);
    if (!row) {
      result.warnings.push_back(row.error().message + "; skipped");
      continue;
    }
    if (!wanted.empty() && !wanted.count(textkit::AsciiLower(StatusKey(row->status)))) continue;
    result.rows.push_back(std::move(*row));
  }
  std::stable_sort(result.rows.begin(), result.rows.end(),
                   [&](const ApplicationRow& a, const ApplicationRow& b) {
                     return Before(a, b, options.sort);
                   });
  return result;
}

}  // namespace jobpipe::tracker
