#include "tests/tracker/tracker_test_util.h"

#include <filesystem>
#include <fstream>

namespace jobpipe::tracker_test {

void CopyRecords(const std::string& dir) {
  std::filesystem::copy(kRecords, dir, std::filesystem::copy_options::recursive);
}

void WriteBytes(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace jobpipe::tracker_test
