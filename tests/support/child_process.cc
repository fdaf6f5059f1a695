#include "tests/support/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace jobpipe::testing {

ChildProcess::ChildProcess(const std::string& what, const std::vector<std::string>& args)
    : what_(what) {
  auto failure = [this](const std::string& step, int error) {
    return std::runtime_error(what_ + ": " + step + ": " + std::strerror(error));
  };
  // CLOEXEC: no other child may inherit our ends, or this one would never
  // see EOF on its stdin.
  int in_pair[2];
  int out_pipe[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_pair) != 0) throw failure("socketpair", errno);
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    int error = errno;
    close(in_pair[0]);
    close(in_pair[1]);
    throw failure("pipe", error);
  }
  // The child only reads its stdin.
  shutdown(in_pair[0], SHUT_WR);

  std::vector<std::string> copies = args;
  std::vector<char*> argv;
  for (std::string& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);

  // posix_spawn rather than fork: safe in a test process that already has
  // threads (libcurl's resolver, batch workers).
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pair[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  int rc = posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in_pair[0]);
  close(out_pipe[1]);
  stdin_fd_ = in_pair[1];
  stdout_fd_ = out_pipe[0];
  if (rc != 0) {
    pid_ = -1;
    Stop();
    throw failure("cannot start " + args.front(), rc);
  }
}

ChildProcess::~ChildProcess() { Stop(); }

bool ChildProcess::Write(std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = send(stdin_fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::string ChildProcess::ReadLine(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t end;
  while ((end = unread_.find('\n')) == std::string::npos) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      throw std::runtime_error(what_ + ": no answer after " + std::to_string(timeout.count()) + " ms");
    }
    pollfd pfd{stdout_fd_, POLLIN, 0};
    int ready = poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready <= 0) continue;  // EINTR or the time ran out: looked at above
    char buffer[4096];
    ssize_t n = read(stdout_fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error(what_ + " exited before it answered");
    unread_.append(buffer, static_cast<std::size_t>(n));
  }
  std::string line = unread_.substr(0, end);
  unread_.erase(0, end + 1);
  return line;
}

void ChildProcess::Stop() {
  if (stdin_fd_ >= 0) close(stdin_fd_);
  if (stdout_fd_ >= 0) close(stdout_fd_);
  stdin_fd_ = stdout_fd_ = -1;
  if (pid_ <= 0) return;
  // It exits at once on EOF; give it a moment, then insist.
  for (int i = 0; i < 100; ++i) {
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

}  // namespace jobpipe::testing
