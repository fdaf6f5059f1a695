// jobpipe update RECORD...|DIR [-r] [--input FILE] [--dry-run] [fetch and politeness options]
#include <iostream>
#include <sstream>

#include "app/tracker/update_command.h"
#include "cli/command_util.h"

namespace jobpipe::cli {
namespace {

po::options_description UpdateOptionsDescription() {
  po::options_description options("Options");
  options.add_options()
      ("help,h", "show this help and exit")
      ("recursive,r", "also update the records in sub-folders of a DIR")
      ("input,i", po::value<std::string>(), "read the posting from this saved copy (one RECORD)")
      ("dry-run,n", "print what would change as a unified diff; write nothing")
      ("today", po::value<std::string>(), "the day deadlines are compared with (default: today)")
      ("quiet,q", "no progress lines, only warnings and the summary");
  options.add(FetchOptionsDescription());
  return options;
}

std::string UpdateHelp() {
  std::ostringstream out;
  out << "usage: jobpipe update RECORD...|DIR [options]\n\n"
         "Reads each record's posting again (its Job URL, or --input FILE) and\n"
         "refreshes what jobpipe wrote and nobody edited since: Company,\n"
         "Position, Job Description, Company Details, the key skills. A part you\n"
         "edited is kept as it is and reported; Status, History, Application\n"
         "Date, Personal Connection and your notes are never touched. Closed\n"
         "postings leave their records as they are. One line per record on\n"
         "stdout (STATE<TAB>FILE<TAB>DETAIL; with --dry-run the diff instead),\n"
         "progress, warnings and a summary on stderr.\n\n"
      << UpdateOptionsDescription()
      << "\nExit codes: 0 every record updated or already up to date (or closed,\n"
         "or without a URL), 1 some could not be updated, 2 usage error, 4 stdout\n"
         "could not be written, 10 a DIR or --input FILE could not be read, 130\n"
         "interrupted. With one RECORD, its own failure's code instead of 1 (10\n"
         "unreadable, 13 no posting, 14 not an application record, 4 not written,\n"
         "20-28 fetch).\n";
  return out.str();
}

}  // namespace

int RunUpdateCommand(int argc, const char* const* argv, const std::atomic<bool>* cancel) {
  auto vm = ParseCommandOptions(argc, argv, UpdateOptionsDescription(), "targets", -1);
  if (!vm) return FailCommand("update", vm.error());
  if (vm->count("help")) return WriteStdout(UpdateHelp()) ? 0 : 4;
  tracker::UpdateOptions options;
  if (vm->count("targets")) options.targets = (*vm)["targets"].as<std::vector<std::string>>();
  if (options.targets.empty()) {
    return FailCommand("update", MakeError(ErrorCode::kUsage, "update: expected RECORD... or DIR"));
  }
  options.recursive = vm->count("recursive") > 0;
  options.dry_run = vm->count("dry-run") > 0;
  options.quiet = vm->count("quiet") > 0;
  if (vm->count("input")) options.input = (*vm)["input"].as<std::string>();
  auto today = DateOption(*vm, "today");
  if (!today) return FailCommand("update", today.error());
  options.today = *today;
  if (auto read = ReadFetchOptions(*vm, "update", &options.fetch); !read) {
    return FailCommand("update", read.error());
  }
  options.fetch.cancel = cancel;

  auto summary = tracker::RunUpdate(options, std::cout, std::cerr);
  if (!summary) return FailCommand("update", summary.error());
  if (summary->interrupted) return ExitCodeFor(ErrorCode::kInterrupted);
  if (summary->failed == 0) return 0;
  const tracker::UpdateResult& only = summary->results.front();
  bool one_named = summary->results.size() == 1 && options.targets.size() == 1 &&
                   options.targets.front() == only.file;
  return one_named && only.error ? ExitCodeFor(*only.error) : 1;
}

}  // namespace jobpipe::cli
