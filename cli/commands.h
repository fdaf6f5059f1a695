// The tracker's sub-commands, git-style: `jobpipe status|list|check|update ...`.
// Each parses its own options (Boost.Program_options stays in cli/) and
// calls the app library; this layer only turns results into output and
// exit codes. A word that is not a command name is an INPUT as before, so
// a file named like a command is read as `./list`.
#pragma once

#include <atomic>
#include <string_view>

namespace jobpipe::cli {

/// True for "status", "list", "check", "update".
bool IsCommandName(std::string_view word);

/// Runs the command argv[0] names with its arguments argv[1..argc); returns
/// the process exit code (README.md, "Exit codes").
int RunCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel);

}  // namespace jobpipe::cli
