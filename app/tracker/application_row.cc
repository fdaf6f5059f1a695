#include "app/tracker/application_row.h"

#include "app/tracker/calendar.h"
#include "app/tracker/record_text.h"
#include "app/tracker/status_edit.h"
#include "export/record_reader.h"

namespace jobpipe::tracker {

Result<ApplicationRow> ReadApplicationRow(const std::string& file, std::string bytes,
                                          const std::string& today) {
  Result<Posting> posting = ReadRecord(bytes);
  if (!posting) return MakeError(ErrorCode::kNotARecord, file + ": " + posting.error().message);
  Result<RecordText> record = RecordText::Parse(std::move(bytes), file);
  if (!record) return record.error();

  const Facts& facts = posting->facts;
  ApplicationRow row;
  row.file = file;
  row.date = posting->application.date;
  row.status = CurrentStatus(*record);
  row.company = facts.company.value_or("");
  row.position = facts.title.value_or("");
  row.location = facts.location.value_or("");
  row.salary = facts.salary ? facts.salary->text : "";
  row.url = facts.url.value_or("");
  row.last_change = IsCalendarDate(row.date) ? row.date : "";
  for (const HistoryEntry& entry : ReadHistory(*record)) {
    if (IsCalendarDate(entry.date) && entry.date > row.last_change) row.last_change = entry.date;
  }
  if (!row.last_change.empty()) row.days = DaysBetween(row.last_change, today);
  return row;
}

}  // namespace jobpipe::tracker
