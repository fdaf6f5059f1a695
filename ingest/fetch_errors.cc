#include "ingest/fetch_errors.h"

#include <array>
#include <utility>

#include "ingest/curl_library.h"

namespace jobpipe {
namespace {

std::string WithDetail(const std::string& cause, const std::string& detail) {
  return detail.empty() ? cause : cause + " (" + detail + ")";
}

AttemptOutcome Fail(ErrorCode code, std::string message, bool retryable) {
  return {MakeError(code, std::move(message)), retryable};
}

AttemptOutcome ForHttpStatus(const std::string& url, const TransferResult& transfer) {
  std::string reason = StandardReasonPhrase(transfer.http_status);
  if (reason.empty()) reason = transfer.reason;
  std::string message = url + ": HTTP " + std::to_string(transfer.http_status);
  if (!reason.empty()) message += " " + reason;
  return {MakeError(ErrorCode::kHttpStatus, message, transfer.http_status),
          transfer.http_status == 429 || transfer.http_status >= 500};
}

bool IsTlsFailure(CURLcode code) {
  switch (code) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED: return true;
    default: return false;
  }
}

}  // namespace

std::string StandardReasonPhrase(long status) {
  static constexpr std::array<std::pair<long, const char*>, 28> kPhrases = {{
      {400, "Bad Request"},
      {401, "Unauthorized"},
      {402, "Payment Required"},
      {403, "Forbidden"},
      {404, "Not Found"},
      {405, "Method Not Allowed"},
      {406, "Not Acceptable"},
      {407, "Proxy Authentication Required"},
      {408, "Request Timeout"},
      {409, "Conflict"},
      {410, "Gone"},
      {411, "Length Required"},
      {412, "Precondition Failed"},
      {413, "Content Too Large"},
      {414, "URI Too Long"},
      {415, "Unsupported Media Type"},
      {416, "Range Not Satisfiable"},
      {418, "I'm a teapot"},
      {421, "Misdirected Request"},
      {422, "Unprocessable Content"},
      {429, "Too Many Requests"},
      {451, "Unavailable For Legal Reasons"},
      {500, "Internal Server Error"},
      {501, "Not Implemented"},
      {502, "Bad Gateway"},
      {503, "Service Unavailable"},
      {504, "Gateway Timeout"},
      {505, "HTTP Version Not Supported"},
  }};
  for (const auto& [code, phrase] : kPhrases) {
    if (code == status) return phrase;
  }
  return "";
}

AttemptOutcome ClassifyTransfer(const std::string& url, const TransferResult& transfer,
                                const FetchOptions& options) {
  const std::string& detail = transfer.curl_error;
  if (transfer.cancelled) return Fail(ErrorCode::kInterrupted, url + ": interrupted", false);
  if (transfer.too_large || transfer.code == CURLE_FILESIZE_EXCEEDED) {
    return Fail(
        ErrorCode::kTooLarge,
        url + ": body is larger than the limit of " + std::to_string(options.max_bytes) + " bytes",
        false);
  }
  switch (transfer.code) {
    case CURLE_OK:
      if (transfer.http_status >= 200 && transfer.http_status <= 299) return {};
      return ForHttpStatus(url, transfer);
    case CURLE_UNSUPPORTED_PROTOCOL: {
      std::string target =
          transfer.redirect_url.empty() ? transfer.effective_url : transfer.redirect_url;
      return Fail(ErrorCode::kBlockedScheme,
                  url + ": redirected to " + target + "; only http and https are fetched", false);
    }
    case CURLE_TOO_MANY_REDIRECTS:
      return Fail(ErrorCode::kTooManyRedirects,
                  url + ": more than " + std::to_string(options.max_redirects) + " redirects",
                  false);
    case CURLE_OPERATION_TIMEDOUT:
      return Fail(ErrorCode::kTimeout, WithDetail(url + ": timed out", detail), true);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return Fail(ErrorCode::kDns, WithDetail(url + ": host name did not resolve", detail), false);
    case CURLE_COULDNT_CONNECT:
      return Fail(ErrorCode::kConnect, WithDetail(url + ": cannot connect", detail), true);
    case CURLE_URL_MALFORMAT:
      return Fail(ErrorCode::kInvalidUrl, WithDetail(url + ": not a valid URL", detail), false);
    default: break;
  }
  if (IsTlsFailure(transfer.code)) {
    return Fail(ErrorCode::kConnect, WithDetail(url + ": TLS failure", detail), false);
  }
  const Result<CurlApi>& curl = Curl();
  std::string cause = curl ? curl->easy_strerror(transfer.code)
                           : "curl error " + std::to_string(static_cast<int>(transfer.code));
  // Dropped connections, empty replies, broken bodies: usually passing.
  return Fail(ErrorCode::kNetwork, WithDetail(url + ": " + cause, detail), true);
}

}  // namespace jobpipe
