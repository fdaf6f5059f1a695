// jobpipe list DIR [-r] [--format F] [--status S]... [--sort KEY] [--today D] [--width N]
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "app/tracker/list_command.h"
#include "app/tracker/list_render.h"
#include "cli/command_util.h"

namespace jobpipe::cli {
namespace {

po::options_description ListOptionsDescription() {
  po::options_description options("Options");
  options.add_options()
      ("help,h", "show this help and exit")
      ("recursive,r", "also read the records in sub-folders")
      ("format,f", po::value<std::string>(),
       "table, tsv, csv, json, jsonl or markdown (default: table on a terminal, else tsv)")
      ("status,s", po::value<std::vector<std::string>>()->composing(),
       "only applications with this status (repeatable; aliases accepted)")
      ("sort", po::value<std::string>()->default_value("date"), "date, company or status")
      ("today", po::value<std::string>(), "count days up to this date YYYY-MM-DD (default: today)")
      ("width", po::value<int>(),
       "cut table lines to N columns, 0 = never (default: the terminal's width)");
  return options;
}

std::string ListHelp() {
  std::ostringstream out;
  out << "usage: jobpipe list DIR [options]\n\n"
         "One row per application record in DIR: application date, status, days\n"
         "since the last status change, company, position, location, salary, URL,\n"
         "file. Files that are not records are skipped with a warning each.\n\n"
      << ListOptionsDescription()
      << "\nExit codes: 0 listed, 2 usage error, 4 stdout could not be written,\n"
         "10 DIR could not be read.\n";
  return out.str();
}

// The terminal's width when stdout is one, else $COLUMNS, else no limit.
std::size_t DefaultWidth() {
  struct winsize size {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  if (const char* columns = std::getenv("COLUMNS")) {
    int n = std::atoi(columns);
    if (n > 0) return static_cast<std::size_t>(n);
  }
  return 0;
}

Result<tracker::ListSort> ParseSort(const std::string& name) {
  if (name == "date") return tracker::ListSort::kDate;
  if (name == "company") return tracker::ListSort::kCompany;
  if (name == "status") return tracker::ListSort::kStatus;
  return MakeError(ErrorCode::kUsage, "list: --sort: '" + name + "' is not one of date, company, status");
}

}  // namespace

int RunListCommand(int argc, const char* const* argv) {
  auto vm = ParseCommandOptions(argc, argv, ListOptionsDescription(), "dir", -1);
  if (!vm) return FailCommand("list", vm.error());
  if (vm->count("help")) return WriteStdout(ListHelp()) ? 0 : 4;
  std::vector<std::string> dirs;
  if (vm->count("dir")) dirs = (*vm)["dir"].as<std::vector<std::string>>();
  if (dirs.size() != 1) {
    return FailCommand("list", MakeError(ErrorCode::kUsage, "list: expected one DIR"));
  }
  tracker::ListOptions options;
  options.dir = dirs.front();
  options.recursive = vm->count("recursive") > 0;
  if (vm->count("status")) options.statuses = (*vm)["status"].as<std::vector<std::string>>();
  auto sort = ParseSort((*vm)["sort"].as<std::string>());
  if (!sort) return FailCommand("list", sort.error());
  options.sort = *sort;
  auto today = DateOption(*vm, "today");
  if (!today) return FailCommand("list", today.error());
  options.today = *today;
  tracker::ListFormat format =
      ::isatty(STDOUT_FILENO) ? tracker::ListFormat::kTable : tracker::ListFormat::kTsv;
  if (vm->count("format")) {
    auto parsed = tracker::ParseListFormat((*vm)["format"].as<std::string>());
    if (!parsed) return FailCommand("list", parsed.error());
    format = *parsed;
  }
  std::size_t width = DefaultWidth();
  if (vm->count("width")) {
    int asked = (*vm)["width"].as<int>();
    if (asked < 0) return FailCommand("list", MakeError(ErrorCode::kUsage, "list: --width must be >= 0"));
    width = static_cast<std::size_t>(asked);
  }

  auto listed = tracker::ListApplications(options);
  if (!listed) return FailCommand("list", listed.error());
  for (const std::string& warning : listed->warnings) std::cerr << "jobpipe: warning: " << warning << '\n';
  auto written = WriteStdout(tracker::RenderList(listed->rows, format, width));
  if (!written) return FailCommand("list", written.error());
  return 0;
}

}  // namespace jobpipe::cli
