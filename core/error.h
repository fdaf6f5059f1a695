// Errors are values: every call that can fail on bad input returns a
// Result<T> holding either the value or an Error with a code and a message
// that names the input. Only the CLI turns an Error into an exit code.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace jobpipe {

/// The documented failure causes. Each has a stable JSON name (used in JSONL
/// error lines) and its own process exit code (see ExitCodeFor).
enum class ErrorCode {
  kUsage,             // bad command line
  kUnreadable,        // file missing, unreadable, not a regular file
  kEmpty,             // input has no text at all
  kBinary,            // input is not text
  kNotAPosting,       // text, but no title and no sections
  kInvalidUrl,        // not a URL we can fetch
  kBlockedScheme,     // a scheme other than http/https, also after a redirect
  kDns,               // host name did not resolve
  kConnect,           // connection refused / unreachable / TLS failure
  kTimeout,           // connect or total timeout
  kHttpStatus,        // a non-2xx final status
  kTooLarge,          // body over --max-bytes
  kTooManyRedirects,  // more than the redirect limit
  kNetwork,           // any other transfer failure
  kOutputExists,      // refusing to replace an existing file
  kWriteFailed,       // the output could not be written
  kNotARecord,        // a file given as an application record is not one
  kInvalidResume,     // --resume: unreadable, not JSON, or not JSON Resume
  kInterrupted,       // SIGINT / SIGTERM
};

struct Error {
  ErrorCode code = ErrorCode::kUnreadable;
  std::string message;   // one line, names the input and the cause
  long http_status = 0;  // set for kHttpStatus
};

/// Stable snake_case name, e.g. "http_status", "not_a_posting".
std::string_view ErrorCodeName(ErrorCode code);

/// Process exit code for a failure of this kind (documented in README.md).
int ExitCodeFor(ErrorCode code);

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}        // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

inline Error MakeError(ErrorCode code, std::string message, long http_status = 0) {
  return Error{code, std::move(message), http_status};
}

}  // namespace jobpipe
