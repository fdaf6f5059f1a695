// `jobpipe ... | head -1`: when the reader of stdout has gone, jobpipe ends
// as other tools do, by SIGPIPE and without a "write failed" message.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "tests/support/run_binary.h"

extern char** environ;

namespace {

struct ClosedPipeRun {
  int status = 0;
  std::string err;
};

// Runs jobpipe with stdout a pipe whose reading end is already closed,
// stdin from `stdin_path` and stderr captured in a file.
ClosedPipeRun RunIntoClosedPipe(const std::vector<std::string>& args, const std::string& stdin_path) {
  jobpipe::testing::TempDir dir;
  const std::string err_path = dir / "stderr";
  int out_pipe[2];
  REQUIRE(pipe(out_pipe) == 0);
  close(out_pipe[0]);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::string binary = JOBPIPE_BINARY;
  std::vector<std::string> copies = args;
  std::vector<char*> argv{binary.data()};
  for (std::string& a : copies) argv.push_back(a.data());
  argv.push_back(nullptr);
  // The test runner may ignore SIGPIPE; the child must start with the default.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, binary.c_str(), &actions, &attr, argv.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close(out_pipe[1]);
  ClosedPipeRun run;
  REQUIRE(waitpid(pid, &run.status, 0) == pid);
  run.err = jobpipe::testing::ReadFile(err_path);
  return run;
}

const std::string kSeed = JOBPIPE_FIXTURES_DIR "/seed/linkedin-paste-canonical-em-mlops.txt";

}  // namespace

TEST_CASE("one posting into a closed pipe ends by SIGPIPE, silently") {
  for (const char* format : {"markdown", "json", "jsonl"}) {
    ClosedPipeRun run = RunIntoClosedPipe({"--format", format, "--date", "2025-05-07", kSeed}, "/dev/null");
    INFO(format << ": " << run.err);
    CHECK(WIFSIGNALED(run.status));
    CHECK((WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGPIPE));
    CHECK(run.err == "");
  }
}

TEST_CASE("a JSONL batch into a closed pipe ends by SIGPIPE without a summary") {
  jobpipe::testing::TempDir dir;
  const std::string list = dir / "list.txt";
  std::string lines;
  for (int i = 0; i < 20; ++i) lines += kSeed + "\n";
  {
    FILE* f = std::fopen(list.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs(lines.c_str(), f);
    std::fclose(f);
  }
  ClosedPipeRun run = RunIntoClosedPipe({"--batch", "-", "--format", "jsonl", "--quiet"}, list);
  INFO(run.err);
  CHECK((WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGPIPE));
  CHECK(run.err == "");
}

TEST_CASE("a real write failure on stdout is still reported") {
  // /dev/full: every write fails with ENOSPC, and that is worth a message.
  ClosedPipeRun run;
  jobpipe::testing::TempDir dir;
  const std::string err_path = dir / "stderr";
  std::string command = std::string("'") + JOBPIPE_BINARY + "' --date 2025-05-07 '" + kSeed +
                        "' >/dev/full 2>'" + err_path + "'";
  int status = std::system(command.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 4);
  CHECK(jobpipe::testing::ReadFile(err_path).find("write failed") != std::string::npos);
}
