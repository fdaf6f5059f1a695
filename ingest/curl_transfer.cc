#include "ingest/curl_transfer.h"

#include <cctype>
#include <memory>
#include <string_view>

#include "core/text/ascii.h"
#include "core/text/whitespace.h"
#include "ingest/curl_library.h"

namespace jobpipe {
namespace {

struct EasyDeleter {
  void operator()(CURL* easy) const { Curl()->easy_cleanup(easy); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;

struct SlistDeleter {
  void operator()(curl_slist* list) const { Curl()->slist_free_all(list); }
};
using HeaderList = std::unique_ptr<curl_slist, SlistDeleter>;

/// State the callbacks share with RunTransfer.
struct TransferState {
  const FetchOptions* options = nullptr;
  TransferResult* result = nullptr;
};

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (textkit::AsciiLower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// Enforces max_bytes on the decoded body while it arrives: returning less
// than given makes curl abort with CURLE_WRITE_ERROR.
size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* state = static_cast<TransferState*>(user);
  std::size_t bytes = size * count;
  std::string& body = state->result->body;
  if (body.size() + bytes > state->options->max_bytes) {
    state->result->too_large = true;
    return 0;
  }
  body.append(data, bytes);
  return bytes;
}

// Keeps the status line's reason phrase and Retry-After of the last response
// (a redirect chain delivers the headers of every hop).
size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* result = static_cast<TransferState*>(user)->result;
  std::string_view line(data, size * count);
  if (StartsWithNoCase(line, "http/")) {
    result->retry_after.clear();
    result->reason.clear();
    auto first_space = line.find(' ');
    auto second_space =
        first_space == std::string_view::npos ? first_space : line.find(' ', first_space + 1);
    if (second_space != std::string_view::npos)
      result->reason = textkit::Trim(line.substr(second_space + 1), textkit::Spaces::kAscii);
  } else if (StartsWithNoCase(line, "retry-after:")) {
    result->retry_after = textkit::Trim(line.substr(12), textkit::Spaces::kAscii);
  }
  return size * count;
}

// Called by curl at least once a second, also while waiting for data:
// non-zero aborts the transfer with CURLE_ABORTED_BY_CALLBACK.
int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* state = static_cast<TransferState*>(user);
  const auto* cancel = state->options->cancel;
  if (cancel != nullptr && cancel->load()) {
    state->result->cancelled = true;
    return 1;
  }
  return 0;
}

std::string OneLine(const char* text) {
  std::string line = text;
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return std::string(textkit::Trim(line, textkit::Spaces::kAscii));
}

std::string InfoString(const CurlApi& curl, CURL* easy, CURLINFO info) {
  char* value = nullptr;
  if (curl.easy_getinfo(easy, info, &value) != CURLE_OK || value == nullptr) return "";
  return value;
}

}  // namespace

std::string DefaultUserAgent() { return "jobpipe/0.1 (job posting reader; libcurl)"; }

TransferResult RunTransfer(const std::string& url, const FetchOptions& options) {
  TransferResult result;
  const Result<CurlApi>& loaded = Curl();
  if (!loaded) {  // FetchUrl reports this before any transfer
    result.code = CURLE_FAILED_INIT;
    result.curl_error = loaded.error().message;
    return result;
  }
  const CurlApi& curl = *loaded;
  EasyHandle easy(curl.easy_init());
  if (!easy) {
    result.code = CURLE_FAILED_INIT;
    result.curl_error = "cannot create a curl handle";
    return result;
  }
  TransferState state{&options, &result};
  char error_buffer[CURL_ERROR_SIZE] = {};
  HeaderList headers(
      curl.slist_append(nullptr,
                        "Accept: text/html,application/xhtml+xml,application/json;q=0.9,"
                        "text/plain;q=0.8,*/*;q=0.5"));
  const std::string user_agent =
      options.user_agent.empty() ? DefaultUserAgent() : options.user_agent;

  CURL* h = easy.get();
  curl.easy_setopt(h, CURLOPT_URL, url.c_str());
  curl.easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl.easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl.easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl.easy_setopt(h, CURLOPT_MAXREDIRS, static_cast<long>(options.max_redirects));
  curl.easy_setopt(h, CURLOPT_CONNECTTIMEOUT, options.connect_timeout_seconds);
  curl.easy_setopt(h, CURLOPT_TIMEOUT, options.timeout_seconds);
  curl.easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options.max_bytes));
  curl.easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes
  curl.easy_setopt(h, CURLOPT_USERAGENT, user_agent.c_str());
  curl.easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
  curl.easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // many threads fetch at once
  curl.easy_setopt(h, CURLOPT_ERRORBUFFER, error_buffer);
  curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, OnBody);
  curl.easy_setopt(h, CURLOPT_WRITEDATA, &state);
  curl.easy_setopt(h, CURLOPT_HEADERFUNCTION, OnHeader);
  curl.easy_setopt(h, CURLOPT_HEADERDATA, &state);
  curl.easy_setopt(h, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl.easy_setopt(h, CURLOPT_XFERINFODATA, &state);
  curl.easy_setopt(h, CURLOPT_NOPROGRESS, 0L);

  result.code = curl.easy_perform(h);
  result.curl_error = OneLine(error_buffer);
  curl.easy_getinfo(h, CURLINFO_RESPONSE_CODE, &result.http_status);
  result.content_type = InfoString(curl, h, CURLINFO_CONTENT_TYPE);
  result.effective_url = InfoString(curl, h, CURLINFO_EFFECTIVE_URL);
  result.redirect_url = InfoString(curl, h, CURLINFO_REDIRECT_URL);
  return result;
}

}  // namespace jobpipe
