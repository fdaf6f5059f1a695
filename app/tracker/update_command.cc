#include "app/tracker/update_command.h"

#include <filesystem>
#include <mutex>
#include <optional>

#include "app/tracker/calendar.h"
#include "app/tracker/check_classify.h"
#include "app/tracker/record_files.h"
#include "app/tracker/record_text.h"
#include "app/tracker/status_command.h"
#include "app/tracker/unified_diff.h"
#include "export/record_reader.h"

namespace jobpipe::tracker {
namespace {

struct Target {
  std::string file;
  bool named = false;  // given by name, not found in a folder
};

Result<std::vector<Target>> ExpandTargets(const UpdateOptions& options) {
  std::vector<Target> targets;
  for (const std::string& target : options.targets) {
    std::error_code error;
    if (!std::filesystem::is_directory(target, error)) {
      targets.push_back({target, true});
      continue;
    }
    Result<std::vector<std::string>> files = FindRecordFiles(target, options.recursive);
    if (!files) return files.error();
    for (const std::string& file : *files) targets.push_back({file, false});
  }
  return targets;
}

void Fail(UpdateResult* result, const Error& error) {
  result->state = UpdateState::kFailed;
  result->error = error.code;
  result->detail = error.message;
  result->message = error.message;
}

std::string Join(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return list;
}

std::string KeptList(const std::vector<KeptPart>& kept) {
  std::vector<std::string> names;
  for (const KeptPart& part : kept) names.push_back(part.part);
  return Join(names);
}

// The record as it is now (read again: it may have been edited while its
// posting was fetched) refreshed from `document`, and written unless
// this is a dry run.
void UpdateOne(const UpdateOptions& options, const std::string& today,
               const Result<Document>& document, UpdateResult* result) {
  if (!document && document.error().code == ErrorCode::kInterrupted) {
    return Fail(result, document.error());
  }
  Result<std::string> bytes = ReadRecordFile(result->file);
  if (!bytes) return Fail(result, bytes.error());
  Result<RecordText> record = RecordText::Parse(std::move(*bytes), result->file);
  if (!record) return Fail(result, record.error());

  CheckResult check;
  check.file = result->file;
  check.url = result->url;
  std::optional<RecordText> fresh;
  ClassifyFetch(*record, document, today, &check, &fresh);
  if (check.state == CheckState::kClosed) {
    result->state = UpdateState::kClosed;
    result->detail = check.detail + "; not updated";
    return;
  }
  if (!fresh) {
    result->state = UpdateState::kFailed;
    result->error = document ? ErrorCode::kNotAPosting : document.error().code;
    result->detail = check.detail.empty() ? check.reason : check.detail;
    result->message = result->file + ": " + (result->url.empty() ? options.input : result->url) +
                      ": " + result->detail + "; not updated";
    return;
  }
  Result<RecordRefresh> refresh = RefreshRecord(*record, *fresh, result->file);
  if (!refresh) return Fail(result, refresh.error());
  result->refreshed = refresh->refreshed;
  result->kept = refresh->kept;
  if (refresh->bytes == record->bytes()) {
    result->state = UpdateState::kUnchanged;
  } else {
    if (options.dry_run) {
      result->diff = UnifiedDiff(record->bytes(), refresh->bytes, result->file);
    } else if (Result<bool> written = RewriteRecord(result->file, refresh->bytes); !written) {
      Error error = written.error();
      error.message += "; left as it was";
      return Fail(result, error);
    }
    result->state = UpdateState::kUpdated;
  }
  std::string detail;
  if (!result->refreshed.empty()) detail = "refreshed " + Join(result->refreshed);
  if (refresh->digests_added) detail += std::string(detail.empty() ? "" : "; ") + "digests added";
  if (!result->kept.empty()) {
    detail += std::string(detail.empty() ? "" : "; ") + "kept " + KeptList(result->kept);
  }
  result->detail = detail;
}

std::string SummaryLine(const UpdateSummary& s, bool dry_run) {
  std::string line = "jobpipe: update: " + std::to_string(s.results.size()) + " records: " +
                     std::to_string(s.updated) + (dry_run ? " to update, " : " updated, ") +
                     std::to_string(s.unchanged) + " unchanged, " + std::to_string(s.closed) +
                     " closed, " + std::to_string(s.failed) + " failed, " +
                     std::to_string(s.skipped) + " skipped (no URL); " + std::to_string(s.kept) +
                     " parts kept as you have them";
  if (dry_run) line += "; dry run, nothing written";
  if (s.interrupted) line += "; interrupted";
  return line + "\n";
}

}  // namespace

const char* UpdateStateName(UpdateState state) {
  switch (state) {
    case UpdateState::kUpdated: return "updated";
    case UpdateState::kUnchanged: return "unchanged";
    case UpdateState::kClosed: return "closed";
    case UpdateState::kFailed: return "failed";
    case UpdateState::kSkipped: return "skipped";
  }
  return "failed";
}

Result<UpdateSummary> RunUpdate(const UpdateOptions& options, std::ostream& out,
                                std::ostream& progress) {
  if (options.targets.empty()) return MakeError(ErrorCode::kUsage, "update: expected RECORD or DIR");
  Result<std::vector<Target>> targets = ExpandTargets(options);
  if (!targets) return targets.error();
  std::optional<Document> saved;
  if (!options.input.empty()) {
    if (targets->size() != 1 || !targets->front().named) {
      return MakeError(ErrorCode::kUsage, "update: --input FILE goes with one RECORD");
    }
    Result<Document> document = ReadLocalInput(options.input);
    if (!document) return document.error();
    saved = std::move(*document);
  }
  const std::string today = options.today.empty() ? TodayLocal() : options.today;

  std::vector<UpdateResult> results;
  std::vector<std::string> urls;
  std::vector<std::size_t> fetched_index;  // url -> index into results
  for (const Target& target : *targets) {
    UpdateResult result;
    result.file = target.file;
    Result<std::string> bytes = ReadRecordFile(target.file);
    Result<Posting> record = bytes ? ReadRecord(*bytes) : Result<Posting>(bytes.error());
    if (!record) {
      Error error = bytes ? MakeError(ErrorCode::kNotARecord,
                                      target.file + ": " + record.error().message)
                          : bytes.error();
      if (!target.named) {  // a folder's other files: notes, a reading list
        progress << "jobpipe: warning: " << error.message << "; skipped\n";
        continue;
      }
      error.message += "; left as it was";
      Fail(&result, error);
    } else if (saved) {
      result.url = record->facts.url.value_or("");
    } else if (!record->facts.url) {
      result.state = UpdateState::kSkipped;
      result.detail = "the record has no Job URL";
    } else {
      result.url = *record->facts.url;
      urls.push_back(result.url);
      fetched_index.push_back(results.size());
    }
    results.push_back(std::move(result));
  }

  std::mutex progress_mutex;
  int done = 0;
  auto finish = [&](UpdateResult& result) {
    std::lock_guard lock(progress_mutex);
    ++done;
    if (options.quiet || result.error == ErrorCode::kInterrupted) return;
    progress << "[" << done << "/" << (saved ? 1 : urls.size()) << "] "
             << UpdateStateName(result.state) << " " << result.file
             << (result.detail.empty() ? "" : " (" + result.detail + ")") << "\n";
    progress.flush();
  };
  if (saved) {
    UpdateResult& result = results.front();
    if (!result.error) {
      UpdateOne(options, today, *saved, &result);
      finish(result);
    }
  } else {
    FetchPolitely(urls, options.fetch, [&](std::size_t index, Result<Document> document) {
      UpdateResult& result = results[fetched_index[index]];
      UpdateOne(options, today, document, &result);
      finish(result);
    });
  }

  UpdateSummary summary;
  for (UpdateResult& r : results) {
    switch (r.state) {
      case UpdateState::kUpdated: ++summary.updated; break;
      case UpdateState::kUnchanged: ++summary.unchanged; break;
      case UpdateState::kClosed: ++summary.closed; break;
      case UpdateState::kFailed: ++summary.failed; break;
      case UpdateState::kSkipped: ++summary.skipped; break;
    }
    if (r.error == ErrorCode::kInterrupted) {
      summary.interrupted = true;
    } else if (!r.message.empty()) {
      progress << "jobpipe: " << r.message << "\n";
    }
    for (const KeptPart& part : r.kept) {
      ++summary.kept;
      progress << "jobpipe: " << r.file << ": " << part.part << ": " << KeptReason(part.because)
               << ", and the posting now says otherwise: kept as it is\n";
    }
    if (options.dry_run) {
      out << r.diff;
    } else {
      out << UpdateStateName(r.state) << "\t" << r.file
          << (r.detail.empty() ? "" : "\t" + r.detail) << "\n";
    }
    summary.results.push_back(std::move(r));
  }
  out.flush();
  progress << SummaryLine(summary, options.dry_run);
  progress.flush();
  if (!out) return MakeError(ErrorCode::kWriteFailed, "stdout: write failed");
  return summary;
}

}  // namespace jobpipe::tracker
