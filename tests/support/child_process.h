// A helper process a test binary keeps for its lifetime (the loopback
// server, the schema validator): started once, talked to over its stdin
// and stdout, told to stop by closing its stdin, so it cannot outlive the
// test process even after a crash. Its stderr is the test's.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::testing {

class ChildProcess {
 public:
  /// Starts `args` (args[0] looked up in PATH). Throws std::runtime_error,
  /// naming `what`, when it cannot.
  ChildProcess(const std::string& what, const std::vector<std::string>& args);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  /// Writes all of `bytes` to its stdin; false when it is gone (no SIGPIPE).
  bool Write(std::string_view bytes);
  /// The next line it prints, without the '\n'. Throws when it exits first
  /// or prints none within `timeout` (a broken python3 must not hang the
  /// test run).
  std::string ReadLine(std::chrono::milliseconds timeout);

  /// Closes its stdin and reaps it (SIGKILL if it lingers).
  void Stop();

 private:
  std::string what_;
  pid_t pid_ = -1;
  int stdin_fd_ = -1;   // our end of its stdin (a socket: send() can refuse SIGPIPE)
  int stdout_fd_ = -1;  // its stdout
  std::string unread_;  // read from stdout, after the last line returned
};

}  // namespace jobpipe::testing
