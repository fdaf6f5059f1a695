// Ctrl-C and SIGTERM noticed while a posting is parsed (issue 11): a large
// pathological input keeps jobpipe parsing for many seconds; a signal sent
// a moment after the start must end it with exit 130 and no output, where
// it used to run to the end (or, with deep nesting, until kill -9).
#include <signal.h>
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "tests/batch/batch_test_util.h"
#include "tests/support/linear_time.h"
#include "tests/support/run_binary.h"

namespace {

using jobpipe::testing::ReadFile;
using jobpipe::testing::StartJobpipe;
using jobpipe::testing::TempDir;

// 32 MB of list items (1.1 million), well within the 64 MB input limit:
// parsing it takes far longer than the moment the test waits.
void WriteSlowPosting(const std::string& path) {
  std::ofstream(path, std::ios::binary) << "Platform Engineer\nLumen Harbor\n\nRequirements\n"
                                        << jobpipe::testing::Repeat("- Kubernetes and Go services\n", 1100000);
}

// Sends `signal_number` once the process has run a moment, then waits for
// it to end; a process still running a minute later is killed (the stop
// was not noticed) and reported as exit code -1.
int SignalMidwayAndWait(pid_t pid, int signal_number) {
  std::this_thread::sleep_for(std::chrono::milliseconds(800));
  int status = 0;
  REQUIRE(waitpid(pid, &status, WNOHANG) == 0);  // still busy with the input
  REQUIRE(kill(pid, signal_number) == 0);
  for (int waited = 0; waited < 600; ++waited) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return -1;
}

}  // namespace

TEST_CASE("a signal while parsing one input ends it: exit 130, nothing on stdout") {
  TempDir dir;
  WriteSlowPosting(dir / "slow.txt");
  for (int signal_number : {SIGINT, SIGTERM}) {
    INFO("signal " << signal_number);
    pid_t pid = StartJobpipe({"--date", "2025-05-07", dir / "slow.txt"}, dir / "out.md", dir / "err.txt");
    int exit_code = SignalMidwayAndWait(pid, signal_number);
    const std::string err = ReadFile(dir / "err.txt");
    INFO(err);
    CHECK(exit_code == 130);
    CHECK(err.find(dir / "slow.txt: interrupted") != std::string::npos);
    CHECK(ReadFile(dir / "out.md").empty());
  }
}

TEST_CASE("a signal while a batch parses an input: exit 130, not done, no record, no temp file") {
  TempDir dir;
  WriteSlowPosting(dir / "slow.txt");
  jobpipe::batch_test::WriteLines(dir / "list.txt", {dir / "slow.txt"});
  pid_t pid = StartJobpipe({"--batch", dir / "list.txt", "--out-dir", dir / "records"}, dir / "out.txt",
                           dir / "err.txt");
  int exit_code = SignalMidwayAndWait(pid, SIGINT);
  const std::string err = ReadFile(dir / "err.txt");
  INFO(err);
  CHECK(exit_code == 130);
  CHECK(err.find("jobpipe: interrupted with ") != std::string::npos);
  // Not done, so not failed: no failed list, nothing in the folder.
  CHECK(jobpipe::batch_test::FilesIn(dir / "records").empty());
}
