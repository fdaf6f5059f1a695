// One HTTP(S) transfer with libcurl, wrapped in RAII: the only code that
// talks to curl handles. Retries, charsets and errors are decided by the
// callers (fetch.cc, fetch_errors.cc, retry_policy.cc).
#pragma once

#include <curl/curl.h>

#include <string>

#include "ingest/ingest.h"

namespace jobpipe {

/// What one attempt produced, success or not.
struct TransferResult {
  CURLcode code = CURLE_OK;
  std::string curl_error;     // curl's error buffer, one line ("" if none)
  long http_status = 0;       // of the last response (0 if none arrived)
  std::string reason;         // reason phrase of the last status line
  std::string retry_after;    // Retry-After of the last response
  std::string content_type;   // of the last response
  std::string effective_url;  // after redirects
  std::string redirect_url;   // where a refused redirect pointed
  std::string body;           // decoded (gzip/deflate/br), at most max_bytes
  bool too_large = false;     // the body went over options.max_bytes
  bool cancelled = false;     // options.cancel was set during the transfer
};

/// Runs one GET of `url` with the loaded libcurl (curl_library.h): only http/https (also on redirects), at most
/// options.max_redirects, options' timeouts and size limit, compressed
/// encodings accepted, proxies from the environment as curl does.
TransferResult RunTransfer(const std::string& url, const FetchOptions& options);

/// jobpipe's User-Agent when options.user_agent is empty.
std::string DefaultUserAgent();

}  // namespace jobpipe
