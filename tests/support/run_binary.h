// Runs the built jobpipe binary as a user would: arguments, optional stdin,
// captured stdout/stderr and exit code. For end-to-end tests.
#pragma once

#include <string>
#include <vector>

// TempDir came from here; its users still find it through this header.
#include "tests/support/temp_dir.h"

namespace jobpipe::testing {

struct RunResult {
  int exit_code = -1;  // 128+N when killed by signal N
  std::string out;
  std::string err;
};

/// Runs JOBPIPE_BINARY with `args`, feeding `input` on stdin (closed after).
RunResult RunJobpipe(const std::vector<std::string>& args, const std::string& input = "");

/// Starts JOBPIPE_BINARY with `args`, stdin from /dev/null and stdout and
/// stderr going to the two files; returns its pid at once (for tests that
/// signal it midway). Collect it with WaitForExit.
int StartJobpipe(const std::vector<std::string>& args, const std::string& out_path,
                 const std::string& err_path);

/// Waits for a process StartJobpipe started: its exit code, 128+N when
/// killed by signal N.
int WaitForExit(int pid);

/// Whole file as a string ("" if missing).
std::string ReadFile(const std::string& path);

}  // namespace jobpipe::testing
