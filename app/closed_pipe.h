// Telling a reader that went away (`jobpipe ... | head -1`) from a real
// write failure. SIGPIPE is ignored while jobpipe runs (libcurl's sockets
// must not kill the process), so a closed stdout shows up as a failed
// write; it should still end jobpipe as it ends other tools: quietly, by
// SIGPIPE.
#pragma once

#include <string_view>

namespace jobpipe {

/// The message of the kWriteFailed error a batch returns when its JSONL
/// reader closed the pipe (nothing else is printed then).
inline constexpr std::string_view kStdoutClosedMessage = "stdout: the reader closed the pipe";

/// True when `fd` is a pipe or socket whose reading end is closed.
bool ReaderClosed(int fd);

/// Ends the process as an unhandled SIGPIPE would (status 128+13 in a shell).
[[noreturn]] void DieOfClosedPipe();

}  // namespace jobpipe
