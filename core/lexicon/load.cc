#include "core/lexicon/load.h"

#include <iostream>
#include <mutex>

namespace jobpipe::lexicon {
namespace {

// Lexicons load on first use, which may be on several threads at once.
std::mutex& ReportLock() {
  static std::mutex lock;
  return lock;
}

std::vector<std::string>& Reported() {
  static std::vector<std::string> errors;
  return errors;
}

void Report(std::string error) {
  std::lock_guard<std::mutex> hold(ReportLock());
  std::cerr << "jobpipe: " << error << "\n";
  Reported().push_back(std::move(error));
}

}  // namespace

std::vector<Entry> LoadLines(std::span<const DataFile> files, std::string_view columns) {
  LineTable table = ReadLines(files, columns);
  for (std::string& error : table.errors) Report(std::move(error));
  return std::move(table.entries);
}

std::vector<std::string_view> LoadColumn(std::span<const DataFile> files, std::string_view column) {
  std::vector<std::string_view> words;
  for (const Entry& entry : LoadLines(files, column)) words.push_back(entry.columns[0]);
  return words;
}

void ReportBadEntry(const Entry& entry, std::string_view cause) {
  Report(entry.Where() + ": " + std::string(cause));
}

std::vector<std::string> ReportedDataErrors() {
  std::lock_guard<std::mutex> hold(ReportLock());
  return Reported();
}

}  // namespace jobpipe::lexicon
