#include "cli/commands.h"

#include <array>

namespace jobpipe::cli {

int RunStatusCommand(int argc, const char* const* argv);

bool IsCommandName(std::string_view word) {
  static constexpr std::array<std::string_view, 1> kNames = {"status"};
  for (std::string_view name : kNames) {
    if (word == name) return true;
  }
  return false;
}

int RunCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel) {
  return RunStatusCommand(argc, argv);
}

}  // namespace jobpipe::cli
