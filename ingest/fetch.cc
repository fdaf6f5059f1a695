// FetchUrl: validates the URL, applies the site adapters' rewriting, runs
// transfers with retries, and turns the answer into a UTF-8 Document.
#include <ctime>
#include <memory>

#include "core/clock.h"
#include "ingest/curl_library.h"
#include "ingest/curl_transfer.h"
#include "ingest/document_from_bytes.h"
#include "ingest/fetch_errors.h"
#include "ingest/format_detect.h"
#include "ingest/ingest.h"
#include "ingest/retry_policy.h"
#include "ingest/site_urls.h"
#include "ingest/text_decode.h"

namespace jobpipe {
namespace {

struct UrlDeleter {
  void operator()(CURLU* url) const { Curl()->url_cleanup(url); }
};

struct CurlStringDeleter {
  void operator()(char* text) const { Curl()->free(text); }
};
using CurlString = std::unique_ptr<char, CurlStringDeleter>;

CurlString GetPart(const CurlApi& curl, CURLU* url, CURLUPart part) {
  char* value = nullptr;
  if (curl.url_get(url, part, &value, 0) != CURLUE_OK) return CurlString(nullptr);
  return CurlString(value);
}

/// `url` must parse, have a host and use http or https.
std::optional<Error> CheckUrl(const CurlApi& curl, const std::string& url) {
  std::unique_ptr<CURLU, UrlDeleter> parsed(curl.url());
  if (!parsed) return MakeError(ErrorCode::kNetwork, url + ": out of memory");
  // Any scheme parses, so that ftp:// and friends are reported as blocked.
  CURLUcode rc = curl.url_set(parsed.get(), CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME);
  if (rc != CURLUE_OK) {
    return MakeError(ErrorCode::kInvalidUrl,
                     url + ": not a valid URL (" + curl.url_strerror(rc) + ")");
  }
  CurlString scheme = GetPart(curl, parsed.get(), CURLUPART_SCHEME);
  std::string name = scheme ? scheme.get() : "";
  if (name != "http" && name != "https") {
    return MakeError(ErrorCode::kBlockedScheme,
                     url + ": scheme \"" + name + "\" is not fetched; only http and https are");
  }
  CurlString host = GetPart(curl, parsed.get(), CURLUPART_HOST);
  if (!host || *host.get() == '\0') {
    return MakeError(ErrorCode::kInvalidUrl, url + ": not a valid URL (no host)");
  }
  return std::nullopt;
}

std::string NowRfc3339() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string WithoutQuery(const std::string& url) { return url.substr(0, url.find_first_of("?#")); }

/// The wait before the next attempt, or nullopt when a server's
/// Retry-After asks for longer than we ever wait.
std::optional<double> WaitBeforeRetry(int retry, const TransferResult& last,
                                      const FetchOptions& options) {
  if (auto asked = ParseRetryAfter(last.retry_after, std::time(nullptr))) {
    if (*asked > kMaxRetryWaitSeconds) return std::nullopt;
    return *asked;
  }
  return BackoffSeconds(retry, options.backoff_base_seconds, Random01());
}

Result<Document> BuildDocument(const std::string& url, TransferResult& transfer) {
  DecodeHints hints;
  hints.declared_charset = CharsetFromContentType(transfer.content_type);
  hints.legacy_fallback = true;  // undeclared non-UTF-8 pages are windows-1252 in practice
  std::string format = FormatFromContentType(transfer.content_type);
  hints.sniff_meta = format != "json" && format != "text";
  std::string name_for_format = WithoutQuery(transfer.effective_url);
  auto doc = DocumentFromBytes(url, transfer.body, hints, format);
  if (!doc) return doc;
  if (format.empty()) doc->format = DetectFormat(doc->body, name_for_format);
  doc->source.type = SourceType::kUrl;
  doc->source.fetched_url = transfer.effective_url;
  doc->source.http_status = transfer.http_status;
  doc->source.fetched_at = NowRfc3339();
  return doc;
}

}  // namespace

Result<Document> FetchUrl(const std::string& url, const FetchOptions& options) {
  auto interrupted = [&] { return MakeError(ErrorCode::kInterrupted, url + ": interrupted"); };
  if (options.cancel != nullptr && options.cancel->load()) return interrupted();
  const Result<CurlApi>& curl = Curl();
  if (!curl) return MakeError(curl.error().code, url + ": " + curl.error().message);
  if (auto error = CheckUrl(*curl, url)) return *error;
  SiteTarget target = RewriteForSite(url, options.adapter_bases);
  if (target.url != url) {
    if (auto error = CheckUrl(*curl, target.url)) return *error;
  }

  AttemptOutcome outcome;
  for (int attempt = 0;; ++attempt) {
    TransferResult transfer = RunTransfer(target.url, options);
    outcome = ClassifyTransfer(url, transfer, options);
    if (!outcome.error) return BuildDocument(url, transfer);
    if (!outcome.retryable || attempt >= options.retries) break;
    auto wait = WaitBeforeRetry(attempt + 1, transfer, options);
    if (!wait) {
      outcome.error->message += " (Retry-After " + transfer.retry_after +
                                " is beyond the longest wait, " +
                                std::to_string(static_cast<int>(kMaxRetryWaitSeconds)) + " s)";
      break;
    }
    if (options.on_retry) options.on_retry(transfer.http_status, *wait);
    Clock& clock = options.clock != nullptr ? *options.clock : SteadyClock();
    if (!clock.SleepFor(SecondsDuration(*wait), options.cancel)) return interrupted();
  }
  return *outcome.error;
}

}  // namespace jobpipe
