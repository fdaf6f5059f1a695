#include "core/error.h"

namespace jobpipe {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kUnreadable: return "unreadable";
    case ErrorCode::kEmpty: return "empty";
    case ErrorCode::kBinary: return "binary";
    case ErrorCode::kNotAPosting: return "not_a_posting";
    case ErrorCode::kInvalidUrl: return "invalid_url";
    case ErrorCode::kBlockedScheme: return "blocked_scheme";
    case ErrorCode::kDns: return "dns";
    case ErrorCode::kConnect: return "connect";
    case ErrorCode::kTimeout: return "timeout";
    case ErrorCode::kHttpStatus: return "http_status";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kTooManyRedirects: return "too_many_redirects";
    case ErrorCode::kNetwork: return "network";
    case ErrorCode::kOutputExists: return "output_exists";
    case ErrorCode::kWriteFailed: return "write_failed";
    case ErrorCode::kNotARecord: return "not_a_record";
    case ErrorCode::kInvalidResume: return "invalid_resume";
    case ErrorCode::kInterrupted: return "interrupted";
  }
  return "unknown";
}

// The table in README.md ("Exit codes") documents these numbers; keep both
// in step. 1 is reserved for "a batch finished with some failures".
int ExitCodeFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kUsage: return 2;
    case ErrorCode::kOutputExists: return 3;
    case ErrorCode::kWriteFailed: return 4;
    case ErrorCode::kUnreadable: return 10;
    case ErrorCode::kEmpty: return 11;
    case ErrorCode::kBinary: return 12;
    case ErrorCode::kNotAPosting: return 13;
    case ErrorCode::kNotARecord: return 14;
    case ErrorCode::kInvalidResume: return 15;
    case ErrorCode::kInvalidUrl: return 20;
    case ErrorCode::kBlockedScheme: return 21;
    case ErrorCode::kDns: return 22;
    case ErrorCode::kConnect: return 23;
    case ErrorCode::kTimeout: return 24;
    case ErrorCode::kHttpStatus: return 25;
    case ErrorCode::kTooLarge: return 26;
    case ErrorCode::kTooManyRedirects: return 27;
    case ErrorCode::kNetwork: return 28;
    case ErrorCode::kInterrupted: return 130;
  }
  return 1;
}

}  // namespace jobpipe
