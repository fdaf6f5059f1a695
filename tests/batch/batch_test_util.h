// Shared by the batch suite: lists written to temp folders, RunBatch in
// process with captured streams, and reading an output folder back.
#pragma once

#include <atomic>
#include <set>
#include <string>
#include <vector>

#include "app/batch.h"
#include "tests/support/run_binary.h"

namespace jobpipe::batch_test {

/// Path of a fixture under fixtures/batch/.
std::string Fixture(const std::string& name);

/// Writes `lines` (each followed by '\n') to `path`.
void WriteLines(const std::string& path, const std::vector<std::string>& lines);

/// Splits text into lines (without '\n'); a last line without '\n' counts.
std::vector<std::string> Lines(const std::string& text);

struct BatchRun {
  Result<BatchSummary> summary = MakeError(ErrorCode::kUsage, "not run");
  std::string out;       // JSONL
  std::string progress;  // progress lines and summary
};

/// Options for a quick in-process run: jsonl and/or records, no delay,
/// plain progress lines, the given cancel flag for both batch and fetch.
BatchOptions QuickOptions(const std::string& list, const std::string& out_dir, bool jsonl,
                          const std::atomic<bool>* cancel);

BatchRun Run(const BatchOptions& options);

/// Names (not paths) of the files in `dir`, sorted; hidden files included.
std::vector<std::string> FilesIn(const std::string& dir);

/// Names in `dir` ending in ".md", sorted.
std::vector<std::string> RecordsIn(const std::string& dir);

/// The first line under `heading` ("## Job URL") in each record of `dir`:
/// one value per record file.
std::multiset<std::string> RecordValues(const std::string& dir, const std::string& heading);

/// The "source"."name" of each JSONL line ("" when absent), in order.
std::vector<std::string> SourceNames(const std::string& jsonl);

/// The "error"."code" of each JSONL line ("" for a posting), in order.
std::vector<std::string> ErrorCodes(const std::string& jsonl);

}  // namespace jobpipe::batch_test
