// A fresh empty folder under the system temp dir for a test's real files,
// removed with everything in it by the destructor. The one definition:
// two (this and an ingest copy) in one test binary broke the one-definition
// rule and corrupted the heap.
#pragma once

#include <string>

namespace jobpipe::testing {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

  /// Writes `bytes` to a file named `name` in the folder; returns its path.
  std::string Write(const std::string& name, const std::string& bytes) const;

 private:
  std::string path_;
};

}  // namespace jobpipe::testing
