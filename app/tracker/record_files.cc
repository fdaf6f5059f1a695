#include "app/tracker/record_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace jobpipe::tracker {
namespace fs = std::filesystem;

Result<std::vector<std::string>> FindRecordFiles(const std::string& dir, bool recursive) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return MakeError(ErrorCode::kUnreadable,
                     dir + ": not a folder" + (error ? ": " + error.message() : ""));
  }
  std::vector<std::string> paths;
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, error);
  if (error) {
    return MakeError(ErrorCode::kUnreadable, dir + ": cannot list the folder: " + error.message());
  }
  const std::string prefix = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      return MakeError(ErrorCode::kUnreadable, dir + ": cannot list the folder: " + error.message());
    }
    const fs::path& path = it->path();
    std::string name = path.filename().string();
    bool hidden = !name.empty() && name[0] == '.';
    std::error_code type_error;
    if (it->is_directory(type_error) && !it->is_symlink(type_error)) {
      if (hidden || !recursive) it.disable_recursion_pending();
      continue;
    }
    if (hidden || path.extension() != ".md" || !it->is_regular_file(type_error)) continue;
    paths.push_back(prefix + fs::relative(path, dir, type_error).string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace jobpipe::tracker
