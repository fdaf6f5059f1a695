// jobpipe status RECORD STATUS [--date D] [--note TEXT]
#include <iostream>
#include <sstream>

#include "app/tracker/status_command.h"
#include "app/tracker/statuses.h"
#include "cli/command_util.h"

namespace jobpipe::cli {
namespace {

po::options_description StatusOptionsDescription() {
  po::options_description options("Options");
  options.add_options()
      ("help,h", "show this help and exit")
      ("date", po::value<std::string>(), "date of the change YYYY-MM-DD (default: today)")
      ("note", po::value<std::string>(), "a note for the History line (one line)");
  return options;
}

std::string StatusHelp() {
  std::ostringstream out;
  out << "usage: jobpipe status RECORD STATUS [--date D] [--note TEXT]\n\n"
         "Sets the record's '### Application' status and appends a dated line to\n"
         "the '### History' list under '## Status' (created when first needed).\n"
         "Every other byte of the record stays as it was; the file is rewritten\n"
         "atomically.\n\n"
         "Statuses (case-insensitive; other words for them are accepted, see the\n"
         "README): "
      << tracker::KnownStatusNames()
      << ".\nAny other status is written as given, with a warning.\n\n"
      << StatusOptionsDescription()
      << "\nExit codes: 0 done, 2 usage error, 4 the record could not be written,\n"
         "10 the record could not be read, 14 the file is not an application record.\n";
  return out.str();
}

}  // namespace

int RunStatusCommand(int argc, const char* const* argv) {
  auto vm = ParseCommandOptions(argc, argv, StatusOptionsDescription(), "args", -1);
  if (!vm) return FailCommand("status", vm.error());
  if (vm->count("help")) return WriteStdout(StatusHelp()) ? 0 : 4;
  std::vector<std::string> args;
  if (vm->count("args")) args = (*vm)["args"].as<std::vector<std::string>>();
  if (args.size() != 2) {
    return FailCommand("status", MakeError(ErrorCode::kUsage,
                                           "status: expected RECORD and STATUS, got " +
                                               std::to_string(args.size()) + " argument(s)"));
  }
  auto date = DateOption(*vm, "date");
  if (!date) return FailCommand("status", date.error());
  tracker::StatusOptions options;
  options.record_path = args[0];
  options.status = args[1];
  options.date = *date;
  if (vm->count("note")) options.note = (*vm)["note"].as<std::string>();

  auto outcome = tracker::SetRecordStatus(options);
  if (!outcome) {
    Error error = outcome.error();
    if (error.code == ErrorCode::kUsage) error.message = "status: " + error.message;
    return FailCommand("status", error);
  }
  for (const std::string& warning : outcome->warnings) {
    std::cerr << "jobpipe: warning: " << options.record_path << ": " << warning << '\n';
  }
  return 0;
}

}  // namespace jobpipe::cli
