// Stage 1, ingest: turns what the user gave (stdin, a file path, a URL) into
// a Document whose body is valid UTF-8.
//
// Input:  a name ("-" for stdin, a path, or an http(s) URL) and options.
// Output: Result<Document>; format is "text", "html" or "json".
// Fails:  kUnreadable, kEmpty, kBinary, kTooLarge for local input;
//         kInvalidUrl, kBlockedScheme, kDns, kConnect, kTimeout, kHttpStatus,
//         kTooLarge, kTooManyRedirects, kNetwork, kInterrupted (and kBinary,
//         kEmpty for the body) for URLs. Messages are one line naming the
//         input; non-fatal doubts (invalid bytes replaced, charset guessed)
//         go to Document::warnings.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

class Clock;  // core/clock.h

/// How URLs are fetched. Defaults are the documented CLI defaults.
struct FetchOptions {
  long connect_timeout_seconds = 10;
  long timeout_seconds = 30;                 // whole transfer, per attempt
  std::size_t max_bytes = 10 * 1024 * 1024;  // enforced while downloading
  int max_redirects = 5;
  int retries = 2;                    // extra attempts after the first
  double backoff_base_seconds = 0.5;  // first retry waits ~this, then x2
  std::string user_agent;             // "" = jobpipe's default
  /// Site adapters' base URLs, e.g. {"linkedin", "http://127.0.0.1:8080"}:
  /// tests point adapters at a loopback server with this.
  std::map<std::string, std::string> adapter_bases;
  /// Set by a signal handler to abandon transfers and waits promptly.
  const std::atomic<bool>* cancel = nullptr;
  /// Called before each retry's wait with the HTTP status that caused it
  /// (0 for a connection error or timeout) and the wait in seconds, so a
  /// batch can slow down a host that answered 429 even when a retry later
  /// succeeds. Called on the fetching thread.
  std::function<void(long http_status, double wait_seconds)> on_retry;
  /// What the waits before retries are slept on; nullptr = the steady
  /// clock. Tests give a fake one (core/clock.h) and sleep not at all.
  Clock* clock = nullptr;
};

/// Local input (a file or stdin) larger than this fails with kTooLarge.
inline constexpr std::size_t kMaxLocalInputBytes = 64 * 1024 * 1024;

/// True when `name` should be fetched rather than opened (has a scheme://).
bool LooksLikeUrl(std::string_view name);

/// Reads stdin ("-") or a file; detects HTML/JSON by content and extension.
Result<Document> ReadLocalInput(const std::string& name);

/// Fetches an http(s) URL (after the site adapters' rewriting).
Result<Document> FetchUrl(const std::string& url, const FetchOptions& options);

/// Dispatches to ReadLocalInput or FetchUrl.
Result<Document> Ingest(const std::string& name, const FetchOptions& options);

}  // namespace jobpipe
