#include "cli/commands.h"

#include <array>

namespace jobpipe::cli {

int RunStatusCommand(int argc, const char* const* argv);
int RunListCommand(int argc, const char* const* argv);
int RunCheckCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel);
int RunUpdateCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel);

bool IsCommandName(std::string_view word) {
  static constexpr std::array<std::string_view, 4> kNames = {"status", "list", "check",
                                                             "update"};
  for (std::string_view name : kNames) {
    if (word == name) return true;
  }
  return false;
}

int RunCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel) {
  std::string_view name = argv[0];
  if (name == "list") return RunListCommand(argc, argv);
  if (name == "check") return RunCheckCommand(argc, argv, cancel);
  if (name == "update") return RunUpdateCommand(argc, argv, cancel);
  return RunStatusCommand(argc, argv);
}

}  // namespace jobpipe::cli
