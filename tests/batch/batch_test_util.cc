#include "tests/batch/batch_test_util.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace jobpipe::batch_test {

std::string Fixture(const std::string& name) {
  return std::string(JOBPIPE_FIXTURES_DIR) + "/batch/" + name;
}

void WriteLines(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path, std::ios::binary);
  for (const std::string& line : lines) out << line << '\n';
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

BatchOptions QuickOptions(const std::string& list, const std::string& out_dir, bool jsonl,
                          const std::atomic<bool>* cancel) {
  BatchOptions options;
  options.list_path = list;
  options.out_dir = out_dir;
  options.format = jsonl ? OutputFormat::kJsonl : OutputFormat::kMarkdown;
  options.delay_seconds = 0;
  options.progress = ProgressStyle::kLines;
  options.pipeline.normalize.date = "2026-11-23";
  options.pipeline.fetch.retries = 0;
  options.pipeline.fetch.timeout_seconds = 20;
  options.cancel = cancel;
  options.pipeline.fetch.cancel = cancel;
  return options;
}

BatchRun Run(const BatchOptions& options) {
  std::ostringstream out;
  std::ostringstream progress;
  BatchRun run;
  run.summary = RunBatch(options, out, progress);
  run.out = out.str();
  run.progress = progress.str();
  return run;
}

std::vector<std::string> FilesIn(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& item : std::filesystem::directory_iterator(dir, error)) {
    names.push_back(item.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<std::string> RecordsIn(const std::string& dir) {
  std::vector<std::string> names = FilesIn(dir);
  names.erase(std::remove_if(names.begin(), names.end(),
                             [](const std::string& name) {
                               return name.size() < 3 || name.substr(name.size() - 3) != ".md";
                             }),
              names.end());
  return names;
}

std::multiset<std::string> RecordValues(const std::string& dir, const std::string& heading) {
  std::multiset<std::string> values;
  for (const std::string& name : RecordsIn(dir)) {
    std::string text = testing::ReadFile(dir + "/" + name);
    auto at = text.find(heading + "\n");
    if (at == std::string::npos) {
      values.insert("(no " + heading + " in " + name + ")");
      continue;
    }
    auto start = at + heading.size() + 1;
    values.insert(text.substr(start, text.find('\n', start) - start));
  }
  return values;
}

namespace {

std::vector<std::string> Field(const std::string& jsonl, const char* object, const char* key) {
  std::vector<std::string> values;
  for (const std::string& line : Lines(jsonl)) {
    nlohmann::json value = nlohmann::json::parse(line);  // throws: the test fails
    std::string field;
    if (value.contains(object) && value[object].is_object() && value[object].contains(key)) {
      field = value[object][key].get<std::string>();
    }
    values.push_back(field);
  }
  return values;
}

}  // namespace

std::vector<std::string> SourceNames(const std::string& jsonl) {
  return Field(jsonl, "source", "name");
}

std::vector<std::string> ErrorCodes(const std::string& jsonl) {
  return Field(jsonl, "error", "code");
}

}  // namespace jobpipe::batch_test
