#include "cli/commands.h"

#include <array>

namespace jobpipe::cli {

int RunStatusCommand(int argc, const char* const* argv);
int RunListCommand(int argc, const char* const* argv);

bool IsCommandName(std::string_view word) {
  static constexpr std::array<std::string_view, 2> kNames = {"status", "list"};
  for (std::string_view name : kNames) {
    if (word == name) return true;
  }
  return false;
}

int RunCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel) {
  std::string_view name = argv[0];
  if (name == "list") return RunListCommand(argc, argv);
  return RunStatusCommand(argc, argv);
}

}  // namespace jobpipe::cli
