#include "app/tracker/check_command.h"

#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>

#include "app/tracker/application_row.h"
#include "app/tracker/calendar.h"
#include "app/tracker/check_classify.h"
#include "app/tracker/record_files.h"
#include "app/tracker/record_text.h"
#include "app/tracker/status_command.h"
#include "app/tracker/status_edit.h"
#include "app/tracker/statuses.h"

namespace jobpipe::tracker {
namespace {

struct Checked {
  CheckResult result;
  std::optional<RecordText> record;  // set for records with a URL
};

// CLOSED with a History line saying why, read again just before writing
// so that an edit made while the check ran is not lost.
void MarkClosed(const std::string& today, CheckResult* result) {
  std::string_view key = CanonicalStatus(result->status).value_or("");
  if (key != "PENDING" && key != "APPLIED") return;
  Result<std::string> bytes = ReadRecordFile(result->file);
  Result<RecordText> record = bytes ? RecordText::Parse(std::move(*bytes), result->file)
                                    : Result<RecordText>(bytes.error());
  Result<std::string> changed =
      record ? ApplyStatusChange(*record, {"CLOSED", today, "jobpipe check: " + result->detail},
                                 result->file)
             : Result<std::string>(record.error());
  Result<bool> written = changed ? RewriteRecord(result->file, *changed) : Result<bool>(changed.error());
  if (written) {
    result->marked_closed = true;
    return;
  }
  result->state = CheckState::kFailed;
  result->reason = std::string(ErrorCodeName(written.error().code));
  result->detail = "closed (" + result->detail + "), but marking it failed: " + written.error().message;
}

std::string SummaryLine(const CheckSummary& s) {
  std::string line = "jobpipe: check: " + std::to_string(s.results.size()) + " records: " +
                     std::to_string(s.open) + " open, " + std::to_string(s.changed) + " changed, " +
                     std::to_string(s.closed) + " closed";
  if (s.marked > 0) line += " (" + std::to_string(s.marked) + " marked CLOSED)";
  line += ", " + std::to_string(s.failed) + " failed, " + std::to_string(s.skipped) +
          " skipped (no URL)";
  if (s.interrupted) line += "; interrupted";
  return line + "\n";
}

}  // namespace

std::string CheckTextLine(const CheckResult& r) {
  std::string line = std::string(CheckStateName(r.state)) + "\t" + r.file;
  std::string detail = r.detail;
  if (r.marked_closed) detail += " (marked CLOSED)";
  if (!detail.empty()) line += "\t" + detail;
  return line + "\n";
}

std::string CheckJsonLine(const CheckResult& r) {
  auto text = [](const std::string& v) { return v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v); };
  nlohmann::ordered_json line;
  line["file"] = r.file;
  line["url"] = text(r.url);
  line["status"] = text(r.status);
  line["state"] = CheckStateName(r.state);
  line["reason"] = text(r.reason);
  line["detail"] = text(r.detail);
  line["http_status"] = r.http_status ? nlohmann::ordered_json(r.http_status) : nlohmann::ordered_json(nullptr);
  line["changed"] = r.changed;
  line["marked_closed"] = r.marked_closed;
  return line.dump() + "\n";
}

Result<CheckSummary> RunCheck(const CheckOptions& options, std::ostream& out,
                              std::ostream& progress) {
  Result<std::vector<std::string>> files = FindRecordFiles(options.dir, options.recursive);
  if (!files) return files.error();
  const std::string today = options.today.empty() ? TodayLocal() : options.today;

  std::vector<Checked> checked;
  std::vector<std::string> urls;
  std::vector<std::size_t> fetched_index;  // url -> index into checked
  for (const std::string& file : *files) {
    Result<std::string> bytes = ReadRecordFile(file);
    Result<ApplicationRow> row = bytes ? ReadApplicationRow(file, *bytes, today)
                                       : Result<ApplicationRow>(bytes.error());
    if (!row) {
      progress << "jobpipe: warning: " << row.error().message << "; skipped\n";
      continue;
    }
    Checked item;
    item.result.file = file;
    item.result.url = row->url;
    item.result.status = row->status;
    if (row->url.empty()) {
      item.result.state = CheckState::kSkipped;
      item.result.reason = "no_url";
      item.result.detail = "the record has no Job URL";
    } else {
      item.record = *RecordText::Parse(std::move(*bytes), file);
      urls.push_back(row->url);
      fetched_index.push_back(checked.size());
    }
    checked.push_back(std::move(item));
  }

  std::mutex progress_mutex;
  int done = 0;
  const int total = static_cast<int>(urls.size());
  FetchPolitely(urls, options.fetch, [&](std::size_t index, Result<Document> document) {
    CheckResult& result = checked[fetched_index[index]].result;
    if (!document && document.error().code == ErrorCode::kInterrupted) {
      result.state = CheckState::kFailed;
      result.reason = "interrupted";
    } else {
      ClassifyFetch(*checked[fetched_index[index]].record, document, today, &result);
      if (options.mark_closed && result.state == CheckState::kClosed) MarkClosed(today, &result);
    }
    std::lock_guard lock(progress_mutex);
    ++done;
    if (!options.quiet && result.reason != "interrupted") {
      progress << "[" << done << "/" << total << "] " << CheckStateName(result.state) << " "
               << result.url << (result.detail.empty() ? "" : " (" + result.detail + ")")
               << (result.marked_closed ? " -> marked CLOSED" : "") << "\n";
      progress.flush();
    }
  });

  CheckSummary summary;
  for (Checked& item : checked) {
    CheckResult& r = item.result;
    switch (r.state) {
      case CheckState::kOpen: ++summary.open; break;
      case CheckState::kChanged: ++summary.changed; break;
      case CheckState::kClosed: ++summary.closed; break;
      case CheckState::kFailed: ++summary.failed; break;
      case CheckState::kSkipped: ++summary.skipped; break;
    }
    if (r.marked_closed) ++summary.marked;
    if (r.reason == "interrupted") summary.interrupted = true;
    out << (options.jsonl ? CheckJsonLine(r) : CheckTextLine(r));
    summary.results.push_back(std::move(r));
  }
  out.flush();
  progress << SummaryLine(summary);
  progress.flush();
  if (!out) return MakeError(ErrorCode::kWriteFailed, "stdout: write failed");
  return summary;
}

}  // namespace jobpipe::tracker
