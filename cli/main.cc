// jobpipe's entry point: parse the command line, run one input or a batch,
// print or write the result, and turn errors into documented exit codes.
// Everything else lives in the stage libraries.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include <malloc.h>
#include <unistd.h>

#include "app/atomic_file.h"
#include "app/batch.h"
#include "app/closed_pipe.h"
#include "app/pipeline.h"
#include "app/resume/resume_file.h"
#include "app/stage_dump.h"
#include "core/terminal_text.h"
#include "cli/commands.h"
#include "core/stop.h"
#include "cli/options.h"
#include "export/export.h"

namespace {

std::atomic<bool> g_cancel{false};

extern "C" void OnSignal(int) {
  g_cancel.store(true);
  jobpipe::RequestStop();  // parsing and normalizing notice it too
}

void InstallSignalHandlers() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error, not a death
}

int Fail(const jobpipe::Error& error) {
  std::cerr << "jobpipe: " << jobpipe::TerminalSafe(error.message) << '\n';
  return jobpipe::ExitCodeFor(error.code);
}

int RunBatchMode(jobpipe::cli::CliOptions& options) {
  options.batch.cancel = &g_cancel;
  options.batch.pipeline.fetch.cancel = &g_cancel;
  auto summary = jobpipe::RunBatch(options.batch, std::cout, std::cerr);
  if (!summary && summary.error().message == jobpipe::kStdoutClosedMessage) {
    jobpipe::DieOfClosedPipe();
  }
  if (!summary) return Fail(summary.error());
  std::cout.flush();
  if (summary->interrupted) return jobpipe::ExitCodeFor(jobpipe::ErrorCode::kInterrupted);
  return summary->failed > 0 ? 1 : 0;
}

void PrintWarnings(const jobpipe::cli::CliOptions& options, const std::vector<std::string>& warnings) {
  if (options.quiet) return;
  for (const std::string& warning : warnings) {
    std::cerr << "jobpipe: warning: " << jobpipe::TerminalSafe(options.input + ": " + warning) << '\n';
  }
}

// To -o FILE (atomically) or stdout.
int WriteOutput(const jobpipe::cli::CliOptions& options, const std::string& output) {
  if (!options.output_path.empty()) {
    auto written = jobpipe::WriteFileAtomically(
        options.output_path, output,
        options.force ? jobpipe::ExistingFile::kReplace : jobpipe::ExistingFile::kRefuse);
    if (!written) return Fail(written.error());
    return 0;
  }
  std::cout << output;
  std::cout.flush();
  if (!std::cout && jobpipe::ReaderClosed(STDOUT_FILENO)) jobpipe::DieOfClosedPipe();
  if (!std::cout) {
    return Fail(jobpipe::MakeError(jobpipe::ErrorCode::kWriteFailed, "stdout: write failed"));
  }
  return 0;
}

int RunSingle(jobpipe::cli::CliOptions& options) {
  options.pipeline.fetch.cancel = &g_cancel;
  auto posting = jobpipe::ProcessInput(options.input, options.pipeline);
  if (!posting) return Fail(posting.error());
  PrintWarnings(options, posting->warnings);
  return WriteOutput(options, jobpipe::Render(*posting, options.format));
}

// --dump STAGE: the pipeline up to that stage, its output as text.
int RunDump(jobpipe::cli::CliOptions& options) {
  options.pipeline.fetch.cancel = &g_cancel;
  auto dump = jobpipe::DumpInput(options.input, *options.dump, options.pipeline);
  if (!dump) return Fail(dump.error());
  PrintWarnings(options, dump->warnings);
  return WriteOutput(options, dump->text);
}

// A run holds a few copies of its input at once and frees them in turn.
// glibc would hand each large one back to the kernel (unmapped, or trimmed
// off the heap's top) and fault fresh pages in for the next; kept, they
// are reused: about 1 ms of a 1 MB paste's 47 (docs/BENCHMARKS.md).
void KeepFreedMemory() {
  constexpr int kLargestMapped = 64 << 20;   // bytes: larger blocks are still mmap'ed
  constexpr int kTrimAbove = 128 << 20;      // bytes free at the heap's top before it shrinks
  mallopt(M_MMAP_THRESHOLD, kLargestMapped);
  mallopt(M_TRIM_THRESHOLD, kTrimAbove);
}

int Run(int argc, char** argv) {
  KeepFreedMemory();
  InstallSignalHandlers();
  // `jobpipe status ...`: a command word first; anything else is an INPUT
  // (a file of that name is still read as ./status).
  if (argc >= 2 && jobpipe::cli::IsCommandName(argv[1])) {
    return jobpipe::cli::RunCommand(argc - 1, argv + 1, &g_cancel);
  }
  auto options = jobpipe::cli::ParseCommandLine(argc, argv);
  if (!options) {
    std::cerr << "jobpipe: " << jobpipe::TerminalSafe(options.error().message) << "\n"
              << "Try 'jobpipe --help'.\n";
    return jobpipe::ExitCodeFor(jobpipe::ErrorCode::kUsage);
  }
  if (options->show_help) {
    std::cout << jobpipe::cli::HelpText();
    return 0;
  }
  if (options->show_version) {
    std::cout << "jobpipe " << JOBPIPE_VERSION << '\n';
    return 0;
  }
  if (!options->resume_path.empty()) {
    // Loaded once, before any input is read: a batch shares it.
    auto resume = jobpipe::LoadResume(options->resume_path);
    if (!resume) return Fail(resume.error());
    auto shared = std::make_shared<const jobpipe::Resume>(std::move(*resume));
    options->pipeline.resume = shared;
    options->batch.pipeline.resume = shared;
  }
  if (options->dump) return RunDump(*options);
  return options->batch_mode ? RunBatchMode(*options) : RunSingle(*options);
}

#ifndef JOBPIPE_SANITIZED
// Ends the process without running static destructors: they would only
// free compiled patterns and lexicons, which the system reclaims anyway,
// and took 4 % of a short run. Output is flushed first.
[[noreturn]] void ExitWithoutDestructors(int code) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}
#endif

}  // namespace

int main(int argc, char** argv) {
#ifdef JOBPIPE_SANITIZED
  // Sanitizer builds (JOBPIPE_SANITIZE) end normally so that the leak
  // checker runs at exit.
  return Run(argc, argv);
#else
  ExitWithoutDestructors(Run(argc, argv));
#endif
}
