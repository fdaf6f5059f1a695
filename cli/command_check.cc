// jobpipe check DIR [-r] [--mark-closed] [--format text|jsonl] [fetch and politeness options]
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
      ("quiet,q", "no progress lines, only the summary");
  options.add(FetchOptionsDescription());
  return options;
}

std::string CheckHelp() {
  std::ostringstream out;
  out << "usage: jobpipe check DIR [options]\n\n"
         "Fetches each record's Job URL and reports its posting as open, changed\n"
         "(which parts), closed (HTTP 404/410, sent to a listing page, a site's\n"
         "closed marker, a deadline passed) or failed; one line per record on\n"
         "stdout, progress and a summary on stderr. Changed means the posting says\n"
         "something else, not that jobpipe now writes the same facts differently.\n\n"
      << CheckOptionsDescription()
      << "\nExit codes: 0 every record checked, 1 some could not be checked, 2 usage\n"
         "error, 4 stdout could not be written, 10 DIR could not be read, 130\n"
         "interrupted.\n";
  return out.str();
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
  if (auto read = ReadFetchOptions(*vm, "check", &options.fetch); !read) return FailCommand("check", read.error());
  options.fetch.cancel = cancel;

  auto summary = tracker::RunCheck(options, std::cout, std::cerr);
  if (!summary) return FailCommand("check", summary.error());
  if (summary->interrupted) return ExitCodeFor(ErrorCode::kInterrupted);
  return summary->failed > 0 ? 1 : 0;
}

}  // namespace jobpipe::cli
