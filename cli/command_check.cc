// jobpipe check DIR [-r] [--mark-closed] [--format text|jsonl] [fetch and politeness options]
#include <cmath>
#include <iostream>
#include <sstream>

#include "app/tracker/check_command.h"
#include "cli/command_util.h"

namespace jobpipe::cli {
namespace {

po::options_description CheckOptionsDescription() {
  po::options_description options("Options");
  options.add_options()
      ("help,h", "show this help and exit")
      ("recursive,r", "also check the records in sub-folders")
      ("mark-closed", "set CLOSED (with a History line) on closed postings still PENDING or APPLIED")
      ("format,f", po::value<std::string>()->default_value("text"),
       "text (STATE<TAB>FILE<TAB>DETAIL) or jsonl")
      ("today", po::value<std::string>(), "the day deadlines are compared with (default: today)")
      ("quiet,q", "no progress lines, only the summary")
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

std::string CheckHelp() {
  std::ostringstream out;
  out << "usage: jobpipe check DIR [options]\n\n"
         "Fetches each record's Job URL and reports its posting as open, changed\n"
         "(which parts), closed (HTTP 404/410, sent to a listing page, a site's\n"
         "closed marker, a deadline passed) or failed; one line per record on\n"
         "stdout, progress and a summary on stderr.\n\n"
      << CheckOptionsDescription()
      << "\nExit codes: 0 every record checked, 1 some could not be checked, 2 usage\n"
         "error, 4 stdout could not be written, 10 DIR could not be read, 130\n"
         "interrupted.\n";
  return out.str();
}

Result<bool> ReadFetchOptions(const po::variables_map& vm, tracker::PoliteFetchOptions* fetch) {
  fetch->jobs = vm["jobs"].as<int>();
  fetch->per_host = vm["per-host"].as<int>();
  fetch->delay_seconds = vm["delay"].as<double>();
  if (fetch->jobs < 1 || fetch->jobs > 256) return MakeError(ErrorCode::kUsage, "check: --jobs must be 1 to 256");
  if (fetch->per_host < 1) return MakeError(ErrorCode::kUsage, "check: --per-host must be at least 1");
  if (!(fetch->delay_seconds >= 0)) return MakeError(ErrorCode::kUsage, "check: --delay must be >= 0");
  double timeout = vm["timeout"].as<double>();
  double connect_timeout = vm["connect-timeout"].as<double>();
  if (!(timeout > 0) || !(connect_timeout > 0)) {
    return MakeError(ErrorCode::kUsage, "check: --timeout and --connect-timeout must be positive");
  }
  fetch->fetch.timeout_seconds = static_cast<long>(std::ceil(timeout));
  fetch->fetch.connect_timeout_seconds = static_cast<long>(std::ceil(connect_timeout));
  fetch->fetch.retries = vm["retries"].as<int>();
  if (fetch->fetch.retries < 0 || fetch->fetch.retries > 10) {
    return MakeError(ErrorCode::kUsage, "check: --retries must be between 0 and 10");
  }
  if (vm.count("user-agent")) fetch->fetch.user_agent = vm["user-agent"].as<std::string>();
  if (vm.count("adapter-base")) {
    for (const std::string& spec : vm["adapter-base"].as<std::vector<std::string>>()) {
      auto eq = spec.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
        return MakeError(ErrorCode::kUsage, "check: --adapter-base: expected SITE=BASE_URL, got '" + spec + "'");
      }
      fetch->fetch.adapter_bases[spec.substr(0, eq)] = spec.substr(eq + 1);
    }
  }
  return true;
}

}  // namespace

int RunCheckCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel) {
  auto vm = ParseCommandOptions(argc, argv, CheckOptionsDescription(), "dir", -1);
  if (!vm) return FailCommand("check", vm.error());
  if (vm->count("help")) return WriteStdout(CheckHelp()) ? 0 : 4;
  std::vector<std::string> dirs;
  if (vm->count("dir")) dirs = (*vm)["dir"].as<std::vector<std::string>>();
  if (dirs.size() != 1) return FailCommand("check", MakeError(ErrorCode::kUsage, "check: expected one DIR"));
  tracker::CheckOptions options;
  options.dir = dirs.front();
  options.recursive = vm->count("recursive") > 0;
  options.mark_closed = vm->count("mark-closed") > 0;
  options.quiet = vm->count("quiet") > 0;
  std::string format = (*vm)["format"].as<std::string>();
  if (format != "text" && format != "jsonl") {
    return FailCommand("check", MakeError(ErrorCode::kUsage, "check: --format: '" + format + "' is not text or jsonl"));
  }
  options.jsonl = format == "jsonl";
  auto today = DateOption(*vm, "today");
  if (!today) return FailCommand("check", today.error());
  options.today = *today;
  if (auto read = ReadFetchOptions(*vm, &options.fetch); !read) return FailCommand("check", read.error());
  options.fetch.cancel = cancel;

  auto summary = tracker::RunCheck(options, std::cout, std::cerr);
  if (!summary) return FailCommand("check", summary.error());
  if (summary->interrupted) return ExitCodeFor(ErrorCode::kInterrupted);
  return summary->failed > 0 ? 1 : 0;
}

}  // namespace jobpipe::cli
