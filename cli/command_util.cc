#include "cli/command_util.h"

#include <cmath>
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


po::options_description FetchOptionsDescription() {
  po::options_description options("Fetching");
  options.add_options()
      ("jobs,j", po::value<int>()->default_value(8), "transfers at once")
      ("per-host", po::value<int>()->default_value(2), "transfers at once to one host")
      ("delay", po::value<double>()->default_value(1.0), "minimum seconds between requests to one host")
      ("timeout", po::value<double>()->default_value(30), "total seconds per attempt")
      ("connect-timeout", po::value<double>()->default_value(10), "seconds to connect")
      ("retries", po::value<int>()->default_value(2), "retries on connection errors, 429 and 5xx")
      ("user-agent", po::value<std::string>(), "User-Agent header")
      ("adapter-base", po::value<std::vector<std::string>>()->composing(),
       "SITE=BASE_URL: send a site adapter to another server (testing)");
  return options;
}

Result<bool> ReadFetchOptions(const po::variables_map& vm, std::string_view command,
                              tracker::PoliteFetchOptions* fetch) {
  auto usage = [&](const std::string& message) {
    return MakeError(ErrorCode::kUsage, std::string(command) + ": " + message);
  };
  fetch->jobs = vm["jobs"].as<int>();
  fetch->per_host = vm["per-host"].as<int>();
  fetch->delay_seconds = vm["delay"].as<double>();
  if (fetch->jobs < 1 || fetch->jobs > 256) return usage("--jobs must be 1 to 256");
  if (fetch->per_host < 1) return usage("--per-host must be at least 1");
  if (!(fetch->delay_seconds >= 0)) return usage("--delay must be >= 0");
  double timeout = vm["timeout"].as<double>();
  double connect_timeout = vm["connect-timeout"].as<double>();
  if (!(timeout > 0) || !(connect_timeout > 0)) {
    return usage("--timeout and --connect-timeout must be positive");
  }
  fetch->fetch.timeout_seconds = static_cast<long>(std::ceil(timeout));
  fetch->fetch.connect_timeout_seconds = static_cast<long>(std::ceil(connect_timeout));
  fetch->fetch.retries = vm["retries"].as<int>();
  if (fetch->fetch.retries < 0 || fetch->fetch.retries > 10) {
    return usage("--retries must be between 0 and 10");
  }
  if (vm.count("user-agent")) fetch->fetch.user_agent = vm["user-agent"].as<std::string>();
  if (vm.count("adapter-base")) {
    for (const std::string& spec : vm["adapter-base"].as<std::vector<std::string>>()) {
      auto eq = spec.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
        return usage("--adapter-base: expected SITE=BASE_URL, got '" + spec + "'");
      }
      fetch->fetch.adapter_bases[spec.substr(0, eq)] = spec.substr(eq + 1);
    }
  }
  return true;
}

}  // namespace jobpipe::cli
