// The command line, parsed into one plain struct. Boost.Program_options is
// used here and nowhere else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/batch.h"
#include "app/pipeline.h"
#include "app/stage_dump.h"
#include "core/error.h"
#include "export/export.h"

namespace jobpipe::cli {

struct CliOptions {
  std::string input = "-";   // path, URL or "-" (stdin)
  OutputFormat format = OutputFormat::kMarkdown;
  std::string output_path;   // -o; "" = stdout
  bool force = false;
  bool quiet = false;
  PipelineOptions pipeline;
  /// --resume FILE, else $JOBPIPE_RESUME; "" = none. main loads it once.
  std::string resume_path;
  bool batch_mode = false;
  BatchOptions batch;        // when batch_mode
  /// --dump STAGE: print that stage's output instead of the record.
  std::optional<DumpStage> dump;
  bool show_help = false;
  bool show_version = false;
};

/// Parses argv. Fails with kUsage and a message saying what is wrong.
Result<CliOptions> ParseCommandLine(int argc, const char* const* argv);

/// The --help text (options, exit codes).
std::string HelpText();

}  // namespace jobpipe::cli
