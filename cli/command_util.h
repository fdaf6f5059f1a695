// What the sub-commands share: parsing a command line with Boost into a
// variables_map, and the one-line error convention.
#pragma once

#include <boost/program_options.hpp>
#include <iosfwd>
#include <string>

#include "app/tracker/polite_fetcher.h"
#include "core/error.h"

namespace jobpipe::cli {

namespace po = boost::program_options;

/// Parses argv (argv[0] is the command name, skipped like a program name) with `visible` options and
/// positional arguments named `positional_name` (-1 = any number).
Result<po::variables_map> ParseCommandOptions(int argc, const char* const* argv,
                                              const po::options_description& visible,
                                              const char* positional_name, int positional_max);

/// "jobpipe: MESSAGE" on stderr; the exit code for `error`. Usage errors
/// add "Try 'jobpipe COMMAND --help'."
int FailCommand(std::string_view command, const Error& error);

/// Writes `text` to stdout; kWriteFailed when that fails (a closed pipe).
Result<bool> WriteStdout(const std::string& text);

/// The fetch and politeness options of the commands that fetch what
/// records point at (check, update): --jobs, --per-host, --delay,
/// --timeout, --connect-timeout, --retries, --user-agent, --adapter-base.
po::options_description FetchOptionsDescription();

/// Those options' values into `fetch`; kUsage naming `command` when one is
/// out of range.
Result<bool> ReadFetchOptions(const po::variables_map& vm, std::string_view command,
                              tracker::PoliteFetchOptions* fetch);

/// The flag `--date`-style values share: YYYY-MM-DD with a real day.
Result<std::string> DateOption(const po::variables_map& vm, const char* name);

}  // namespace jobpipe::cli
