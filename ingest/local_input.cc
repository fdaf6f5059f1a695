// Local input: stdin ("-") or a file, read whole (capped), checked for
// binary data, decoded to clean UTF-8 and classified as text, HTML or JSON.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "ingest/document_from_bytes.h"
#include "ingest/ingest.h"

namespace jobpipe {
namespace {

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string OsReason(int error) { return std::strerror(error); }

Error TooLarge(const std::string& name) {
  return MakeError(ErrorCode::kTooLarge, name + ": input is larger than " +
                                             std::to_string(kMaxLocalInputBytes >> 20) + " MB");
}

/// Reads everything from `fd`, failing once more than the cap arrives.
Result<std::string> ReadAll(int fd, const std::string& name) {
  std::string bytes;
  char buffer[64 * 1024];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return MakeError(ErrorCode::kUnreadable, name + ": cannot read: " + OsReason(errno));
    if (n == 0) return bytes;
    if (bytes.size() + static_cast<std::size_t>(n) > kMaxLocalInputBytes) return TooLarge(name);
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

Result<std::string> ReadFile(const std::string& name) {
  FileDescriptor fd(open(name.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    return MakeError(ErrorCode::kUnreadable, name + ": cannot open: " + OsReason(errno));
  }
  struct stat info {};
  if (fstat(fd.get(), &info) != 0) {
    return MakeError(ErrorCode::kUnreadable, name + ": cannot stat: " + OsReason(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return MakeError(ErrorCode::kUnreadable, name + ": is a directory, not a file");
  }
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > kMaxLocalInputBytes) {
    return TooLarge(name);
  }
  return ReadAll(fd.get(), name);
}

}  // namespace

Result<Document> ReadLocalInput(const std::string& name) {
  Result<std::string> bytes = name == "-" ? ReadAll(STDIN_FILENO, name) : ReadFile(name);
  if (!bytes) return bytes.error();
  return DocumentFromBytes(name, *bytes, DecodeHints{}, "");
}

}  // namespace jobpipe
