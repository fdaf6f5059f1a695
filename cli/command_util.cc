#include "cli/command_util.h"

#include <iostream>

#include "app/tracker/calendar.h"

namespace jobpipe::cli {

Result<po::variables_map> ParseCommandOptions(int argc, const char* const* argv,
                                              const po::options_description& visible,
                                              const char* positional_name, int positional_max) {
  po::options_description all;
  all.add(visible);
  all.add_options()(positional_name, po::value<std::vector<std::string>>(), "");
  po::positional_options_description positional;
  positional.add(positional_name, positional_max);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(),
              vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return MakeError(ErrorCode::kUsage, std::string(argv[0]) + ": " + e.what());
  }
  return vm;
}

int FailCommand(std::string_view command, const Error& error) {
  std::cerr << "jobpipe: " << error.message << '\n';
  if (error.code == ErrorCode::kUsage) std::cerr << "Try 'jobpipe " << command << " --help'.\n";
  return ExitCodeFor(error.code);
}

Result<bool> WriteStdout(const std::string& text) {
  std::cout << text;
  std::cout.flush();
  if (!std::cout) return MakeError(ErrorCode::kWriteFailed, "stdout: write failed");
  return true;
}

Result<std::string> DateOption(const po::variables_map& vm, const char* name) {
  if (!vm.count(name)) return std::string();
  std::string date = vm[name].as<std::string>();
  if (!tracker::IsCalendarDate(date)) {
    return MakeError(ErrorCode::kUsage,
                     std::string("--") + name + ": '" + date + "' is not a date YYYY-MM-DD");
  }
  return date;
}

}  // namespace jobpipe::cli
