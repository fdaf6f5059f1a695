#include "app/closed_pipe.h"

#include <poll.h>

#include <signal.h>

#include <csignal>
#include <cstdlib>

namespace jobpipe {

bool ReaderClosed(int fd) {
  // A pipe whose readers are all gone polls as POLLERR for its writer
  // (a socket as POLLHUP); a full pipe or a slow terminal does not.
  pollfd check{fd, POLLOUT, 0};
  if (::poll(&check, 1, 0) != 1) return false;
  return (check.revents & (POLLERR | POLLHUP)) != 0;
}

void DieOfClosedPipe() {
  std::signal(SIGPIPE, SIG_DFL);
  sigset_t pipe_only;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  pthread_sigmask(SIG_UNBLOCK, &pipe_only, nullptr);
  std::raise(SIGPIPE);
  std::_Exit(128 + SIGPIPE);  // not reached
}

}  // namespace jobpipe
