#include "tests/tracker/tracker_test_util.h"

#include <algorithm>
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

std::vector<std::string> Names(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.push_back(entry.path().filename());
  }
  std::sort(names.begin(), names.end());
  return names;
}

ServedFolder::ServedFolder(const std::string& records_dir, const std::string& root)
    : server(testing::SharedLoopbackServer(root)), records(records_dir) {
  for (const std::string& name : Names(records)) {
    WriteBytes(dir / name, ReplaceAll(testing::ReadFile(records + "/" + name), kPlaceholder,
                                      server.base_url()));
  }
}

std::string ServedFolder::Normal(const std::string& text) const {
  return ReplaceAll(ReplaceAll(text, server.base_url(), kPlaceholder), dir.path(), "DIR");
}

}  // namespace jobpipe::tracker_test
