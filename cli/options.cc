#include "cli/options.h"

#include <boost/program_options.hpp>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace jobpipe::cli {
namespace po = boost::program_options;
namespace {

po::options_description VisibleOptions() {
  po::options_description general("Options");
  general.add_options()
      ("help,h", "show this help and exit")
      ("version", "show the version and exit")
      ("format,f", po::value<std::string>()->default_value("markdown"),
       "output: markdown (the record), json, or jsonl (one line per posting)")
      ("output,o", po::value<std::string>(), "write to FILE (atomically) instead of stdout")
      ("force", "replace an existing output file or record")
      ("status", po::value<std::string>()->default_value("PENDING"),
       "application status written in the record")
      ("date", po::value<std::string>(), "application date YYYY-MM-DD (default: today)")
      ("resume", po::value<std::string>(),
       "FILE: your resume (JSON Resume); fills the Notes and the JSON 'match' "
       "(default: $JOBPIPE_RESUME)")
      ("quiet,q", "no progress lines (batch)")
      ("dump", po::value<std::string>(),
       "STAGE: print what one stage made of INPUT, as text, instead of the record: "
       "blocks, sections, facts or skills");
  po::options_description fetch("Fetching URLs");
  fetch.add_options()
      ("timeout", po::value<double>()->default_value(30), "total seconds per attempt")
      ("connect-timeout", po::value<double>()->default_value(10), "seconds to connect")
      ("max-bytes", po::value<std::size_t>()->default_value(10 * 1024 * 1024),
       "largest body accepted")
      ("retries", po::value<int>()->default_value(2),
       "retries on connection errors, 429 and 5xx (exponential backoff)")
      ("user-agent", po::value<std::string>(), "User-Agent header")
      ("adapter-base", po::value<std::vector<std::string>>()->composing(),
       "SITE=BASE_URL: send a site adapter to another server (testing)");
  po::options_description batch("Batch");
  batch.add_options()
      ("batch", po::value<std::string>(), "read inputs from FILE ('-' = stdin), one per line")
      ("out-dir", po::value<std::string>(), "write one record per posting into DIR")
      ("jobs,j", po::value<int>()->default_value(8), "transfers at once")
      ("per-host", po::value<int>()->default_value(2), "transfers at once to one host")
      ("delay", po::value<double>()->default_value(1.0),
       "minimum seconds between requests to one host")
      ("unordered", "JSONL in completion order instead of input order");
  po::options_description all;
  all.add(general).add(fetch).add(batch);
  return all;
}

Result<OutputFormat> ParseFormat(const std::string& name) {
  if (name == "markdown" || name == "md") return OutputFormat::kMarkdown;
  if (name == "json") return OutputFormat::kJson;
  if (name == "jsonl") return OutputFormat::kJsonl;
  return MakeError(ErrorCode::kUsage,
                   "--format: '" + name + "' is not one of markdown, json, jsonl");
}

// YYYY-MM-DD with a month 01-12 and a day 01-31, checked by hand:
// compiling a std::regex for it cost more than the rest of option parsing.
bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Result<DumpStage> ParseDumpStage(const std::string& name) {
  if (auto stage = DumpStageFromName(name)) return *stage;
  return MakeError(ErrorCode::kUsage,
                   "--dump: '" + name + "' is not a stage; use one of " + kDumpStageNames);
}

Result<bool> ApplyAdapterBases(const std::vector<std::string>& specs, FetchOptions* fetch) {
  for (const std::string& spec : specs) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
      return MakeError(ErrorCode::kUsage, "--adapter-base: expected SITE=BASE_URL, got '" + spec + "'");
    }
    fetch->adapter_bases[spec.substr(0, eq)] = spec.substr(eq + 1);
  }
  return true;
}

}  // namespace

std::string HelpText() {
  std::ostringstream out;
  out << "usage: jobpipe [options] [INPUT]\n"
         "       jobpipe --batch FILE [--out-dir DIR] [--format jsonl] [options]\n"
         "       jobpipe --dump blocks|sections|facts|skills [INPUT]\n"
         "       jobpipe status|list|check|update ...   (the tracker: COMMAND --help)\n\n"
         "Turns a job posting into an application record (markdown) or JSON.\n"
         "INPUT is a file (text or a saved HTML page), an http(s) URL, or '-' for\n"
         "standard input (the default).\n\n"
      << VisibleOptions()
      << "\nExit codes:\n"
         "  0   success (batch: every input succeeded or was skipped)\n"
         "  1   batch finished, some inputs failed (see the summary)\n"
         "  2   usage error\n"
         "  3   output exists (use --force to replace it)\n"
         "  4   output could not be written\n"
         "  10  input unreadable        11  input empty\n"
         "  12  input is binary         13  no job posting found\n"
         "  15  --resume unreadable, or not JSON Resume\n"
         "  20  invalid URL             21  scheme not allowed (http/https only)\n"
         "  22  DNS failure             23  connection failed\n"
         "  24  timeout                 25  HTTP error status\n"
         "  26  response too large      27  too many redirects\n"
         "  28  other network error     130 interrupted\n";
  return out.str();
}

Result<CliOptions> ParseCommandLine(int argc, const char* const* argv) {
  po::options_description visible = VisibleOptions();
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(), "input");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return MakeError(ErrorCode::kUsage, e.what());
  }

  CliOptions options;
  options.show_help = vm.count("help") > 0;
  options.show_version = vm.count("version") > 0;
  if (options.show_help || options.show_version) return options;

  auto format = ParseFormat(vm["format"].as<std::string>());
  if (!format) return format.error();
  options.format = *format;
  options.force = vm.count("force") > 0;
  options.quiet = vm.count("quiet") > 0;
  if (vm.count("output")) options.output_path = vm["output"].as<std::string>();

  NormalizeOptions& normalize = options.pipeline.normalize;
  normalize.status = vm["status"].as<std::string>();
  if (normalize.status.empty() || normalize.status.find('\n') != std::string::npos) {
    return MakeError(ErrorCode::kUsage, "--status: must be one non-empty line");
  }
  if (vm.count("date")) {
    normalize.date = vm["date"].as<std::string>();
    if (!IsIsoDate(normalize.date)) {
      return MakeError(ErrorCode::kUsage, "--date: '" + normalize.date + "' is not YYYY-MM-DD");
    }
  }

  if (vm.count("resume")) {
    options.resume_path = vm["resume"].as<std::string>();
    if (options.resume_path.empty()) return MakeError(ErrorCode::kUsage, "--resume: needs a FILE");
  } else if (const char* from_environment = std::getenv("JOBPIPE_RESUME")) {
    options.resume_path = from_environment;  // set but empty = no resume
  }

  FetchOptions& fetch = options.pipeline.fetch;
  double timeout = vm["timeout"].as<double>();
  double connect_timeout = vm["connect-timeout"].as<double>();
  if (!(timeout > 0) || !(connect_timeout > 0)) {
    return MakeError(ErrorCode::kUsage, "--timeout and --connect-timeout must be positive");
  }
  fetch.timeout_seconds = static_cast<long>(std::ceil(timeout));
  fetch.connect_timeout_seconds = static_cast<long>(std::ceil(connect_timeout));
  fetch.max_bytes = vm["max-bytes"].as<std::size_t>();
  fetch.retries = vm["retries"].as<int>();
  if (fetch.retries < 0 || fetch.retries > 10) {
    return MakeError(ErrorCode::kUsage, "--retries must be between 0 and 10");
  }
  if (fetch.max_bytes == 0) return MakeError(ErrorCode::kUsage, "--max-bytes must be positive");
  if (vm.count("user-agent")) fetch.user_agent = vm["user-agent"].as<std::string>();
  if (vm.count("adapter-base")) {
    auto applied = ApplyAdapterBases(vm["adapter-base"].as<std::vector<std::string>>(), &fetch);
    if (!applied) return applied.error();
  }

  std::vector<std::string> inputs;
  if (vm.count("input")) inputs = vm["input"].as<std::vector<std::string>>();

  if (vm.count("dump")) {
    auto stage = ParseDumpStage(vm["dump"].as<std::string>());
    if (!stage) return stage.error();
    options.dump = *stage;
    if (vm.count("batch")) return MakeError(ErrorCode::kUsage, "--dump is for one INPUT, not --batch");
    if (!vm["format"].defaulted()) {
      return MakeError(ErrorCode::kUsage, "--dump prints its own text; drop --format");
    }
  }

  if (vm.count("batch")) {
    if (!inputs.empty()) {
      return MakeError(ErrorCode::kUsage, "--batch takes its inputs from the list; remove '" +
                                              inputs.front() + "'");
    }
    if (options.format == OutputFormat::kJson) {
      return MakeError(ErrorCode::kUsage, "--batch writes --format jsonl or markdown records");
    }
    options.batch_mode = true;
    BatchOptions& batch = options.batch;
    batch.list_path = vm["batch"].as<std::string>();
    if (vm.count("out-dir")) batch.out_dir = vm["out-dir"].as<std::string>();
    if (options.format == OutputFormat::kMarkdown && batch.out_dir.empty()) {
      return MakeError(ErrorCode::kUsage,
                       "--batch needs --out-dir DIR for records, or --format jsonl");
    }
    batch.format = options.format;
    batch.jobs = vm["jobs"].as<int>();
    batch.per_host = vm["per-host"].as<int>();
    batch.delay_seconds = vm["delay"].as<double>();
    if (batch.jobs < 1 || batch.jobs > 256) return MakeError(ErrorCode::kUsage, "--jobs must be 1 to 256");
    if (batch.per_host < 1) return MakeError(ErrorCode::kUsage, "--per-host must be at least 1");
    if (!(batch.delay_seconds >= 0)) return MakeError(ErrorCode::kUsage, "--delay must be >= 0");
    batch.unordered = vm.count("unordered") > 0;
    batch.force = options.force;
    batch.quiet = options.quiet;
    batch.pipeline = options.pipeline;
    if (!options.output_path.empty()) {
      return MakeError(ErrorCode::kUsage, "-o is for one input; with --batch use --out-dir");
    }
    return options;
  }

  if (vm.count("out-dir")) return MakeError(ErrorCode::kUsage, "--out-dir goes with --batch");
  if (inputs.size() > 1) {
    return MakeError(ErrorCode::kUsage,
                     "one INPUT at a time; for several, list them in a file and use --batch FILE");
  }
  if (!inputs.empty()) options.input = inputs.front();
  return options;
}

}  // namespace jobpipe::cli
