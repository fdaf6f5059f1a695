// Every file under data/ loads through the one reader without a bad line:
// a malformed or duplicate entry fails the build's tests here, before a
// binary could meet it (core/lexicon/load.h says what a binary does then).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/lexicon/line_reader.h"

namespace {

struct FileOnDisk {
  std::string path;  // from the project root, as the binary's messages name it
  std::string text;
};

std::vector<FileOnDisk> DataFilesOnDisk() {
  const std::filesystem::path root = JOBPIPE_SOURCE_DIR;
  std::vector<FileOnDisk> files;
  for (const auto& item : std::filesystem::recursive_directory_iterator(root / "data")) {
    if (!item.is_regular_file()) continue;
    std::ifstream in(item.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({std::filesystem::relative(item.path(), root).generic_string(), text.str()});
  }
  return files;
}

}  // namespace

TEST_CASE("every data file loads through the one reader without a bad line") {
  const std::vector<FileOnDisk> files = DataFilesOnDisk();
  REQUIRE(files.size() >= 7);
  for (const FileOnDisk& file : files) {
    INFO(file.path);
    // One file at a time: the duplicates across the files of one lexicon
    // (data/headings/*.tsv) are its loader's to find, and its test's.
    const std::vector<jobpipe::lexicon::DataFile> one{{file.path, file.text}};
    const jobpipe::lexicon::LineTable table = jobpipe::lexicon::ReadLines(one);
    CHECK(table.errors == std::vector<std::string>{});
    CHECK_FALSE(table.entries.empty());
  }
}
