#include "app/batch.h"

#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "app/batch_list.h"
#include "app/batch_progress.h"
#include "app/batch_runner.h"
#include "core/clock.h"
#include "app/closed_pipe.h"
#include "app/failed_list.h"
#include "app/posting_registry.h"
#include "app/record_index.h"
#include "core/terminal_text.h"

namespace jobpipe {
namespace {

ProgressStyle ResolveStyle(const BatchOptions& options, const std::ostream& progress) {
  if (options.quiet) return ProgressStyle::kNone;
  if (options.progress != ProgressStyle::kAuto) return options.progress;
  // A live line only makes sense on a terminal; logs and pipes get lines.
  bool is_stderr = &progress == &std::cerr || &progress == &std::clog;
  return is_stderr && ::isatty(STDERR_FILENO) ? ProgressStyle::kLive : ProgressStyle::kLines;
}

Result<bool> MakeOutputFolder(const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error || !std::filesystem::is_directory(dir, error)) {
    return MakeError(ErrorCode::kWriteFailed,
                     dir + ": cannot create the output folder" +
                         (error ? ": " + error.message() : ": not a folder"));
  }
  return true;
}

/// The failed list goes to the output folder, else beside the list file.
std::string FailedListFolder(const BatchOptions& options) {
  if (!options.out_dir.empty()) return options.out_dir;
  if (!options.failed_list_dir.empty()) return options.failed_list_dir;
  if (options.list_path == "-") return ".";
  std::string parent = std::filesystem::path(options.list_path).parent_path().string();
  return parent.empty() ? "." : parent;
}

}  // namespace

Result<BatchSummary> RunBatch(const BatchOptions& options, std::ostream& out,
                              std::ostream& progress) {
  const bool from_stdin = options.list_path == "-";
  const std::string origin = from_stdin ? "stdin" : options.list_path;
  std::ifstream list_file;
  if (!from_stdin) {
    list_file.open(options.list_path, std::ios::binary);
    if (!list_file) {
      return MakeError(ErrorCode::kUnreadable, options.list_path + ": cannot open the batch list");
    }
  }
  Result<RecordIndex> records = RecordIndex{};
  if (!options.out_dir.empty()) {
    if (auto made = MakeOutputFolder(options.out_dir); !made) return made.error();
    records = ScanRecords(options.out_dir);
    if (!records) return records.error();
  }

  std::optional<int> listed = CountListEntries(options.list_path);
  Clock& clock = options.clock != nullptr ? *options.clock : SteadyClock();
  ProgressReporter reporter(progress, ResolveStyle(options, progress), listed, clock.Now());
  // Identities and fingerprints have distinct prefixes: one map holds both.
  records->path_by_identity.merge(records->path_by_fingerprint);
  PostingRegistry registry(std::move(records->path_by_identity), options.force);
  BatchListReader reader(from_stdin ? std::cin : list_file, origin);

  BatchTally tally;
  {
    BatchRunner runner(options, registry, out, reporter);
    tally = runner.Run(reader);
  }
  BatchSummary& summary = tally.summary;
  if (summary.interrupted && listed && *listed > summary.total) {
    summary.not_done += *listed - summary.total;
  }
  if (!tally.failed.empty()) {
    Result<std::string> written =
        WriteFailedList(FailedListFolder(options), origin, std::move(tally.failed), std::time(nullptr));
    if (written) {
      summary.failed_list_path = *written;
    } else {
      summary.failed_list_error = written.error().message;
    }
  }

  reporter.Close();
  // JSONL into `... | head -1`: the reader has what it wanted; saying so
  // on stderr would only be noise.
  if (tally.output_failed && &out == &std::cout && ReaderClosed(STDOUT_FILENO)) {
    return MakeError(ErrorCode::kWriteFailed, std::string(kStdoutClosedMessage));
  }
  bool worth_saying = summary.failed > 0 || summary.interrupted || tally.output_failed;
  if (!options.quiet || worth_saying) progress << TerminalSafe(SummaryText(summary, !options.out_dir.empty()), true);
  progress.flush();
  if (!reader.ok()) {
    return MakeError(ErrorCode::kUnreadable, origin + ": reading the batch list failed");
  }
  if (tally.output_failed) return MakeError(ErrorCode::kWriteFailed, "stdout: write failed");
  return summary;
}

}  // namespace jobpipe
