#include "app/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace jobpipe {
namespace {

Error WriteError(const std::string& path, const std::string& what) {
  return MakeError(ErrorCode::kWriteFailed, path + ": " + what + ": " + std::strerror(errno));
}

std::string FolderOf(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

bool WriteAll(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

Result<bool> WriteFileAtomically(const std::string& path, std::string_view content,
                                 ExistingFile existing) {
  struct stat st {};
  if (existing == ExistingFile::kRefuse && ::lstat(path.c_str(), &st) == 0) {
    return MakeError(ErrorCode::kOutputExists,
                     path + ": already exists; not replaced (use --force to replace it)");
  }
  // The temporary file sits beside the target so the final rename/link
  // stays within one file system.
  std::string temp = FolderOf(path) + "/.jobpipe-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return WriteError(path, "cannot create a temporary file in " + FolderOf(path));
  ::fchmod(fd, 0644);
  bool ok = WriteAll(fd, content) && ::fsync(fd) == 0;
  int saved_errno = errno;
  ok = (::close(fd) == 0) && ok;
  if (!ok) {
    ::unlink(temp.c_str());
    errno = saved_errno;
    return WriteError(path, "write failed");
  }
  if (existing == ExistingFile::kReplace) {
    if (::rename(temp.c_str(), path.c_str()) != 0) {
      saved_errno = errno;
      ::unlink(temp.c_str());
      errno = saved_errno;
      return WriteError(path, "cannot move the new file into place");
    }
    return true;
  }
  // link(2) fails with EEXIST if the name appeared meanwhile: no replacement.
  if (::link(temp.c_str(), path.c_str()) != 0) {
    saved_errno = errno;
    ::unlink(temp.c_str());
    if (saved_errno == EEXIST) {
      return MakeError(ErrorCode::kOutputExists,
                       path + ": already exists; not replaced (use --force to replace it)");
    }
    errno = saved_errno;
    return WriteError(path, "cannot move the new file into place");
  }
  ::unlink(temp.c_str());
  return true;
}

}  // namespace jobpipe
