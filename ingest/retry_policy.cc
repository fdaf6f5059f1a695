#include "ingest/retry_policy.h"


#include <algorithm>
#include <cctype>
#include <cmath>
#include <random>
#include <string>

#include "core/text/whitespace.h"
#include "ingest/curl_library.h"

namespace jobpipe {

double BackoffSeconds(int retry, double base_seconds, double random01) {
  double full = base_seconds * std::pow(2.0, std::max(0, retry - 1));
  full = std::min(full, kMaxRetryWaitSeconds);
  return full / 2 + full / 2 * std::clamp(random01, 0.0, 1.0);
}

std::optional<double> ParseRetryAfter(std::string_view value, std::time_t now) {
  value = textkit::Trim(value, textkit::Spaces::kAscii);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    if (value.size() > 9) return kMaxRetryWaitSeconds * 1000;  // absurd: far beyond the cap
    return std::stod(std::string(value));
  }
  // curl_getdate reads the three HTTP-date forms (RFC 9110 5.6.7).
  const Result<CurlApi>& curl = Curl();
  if (!curl) return std::nullopt;
  std::time_t when = curl->getdate(std::string(value).c_str(), nullptr);
  if (when == -1) return std::nullopt;
  return std::max(0.0, std::difftime(when, now));
}

bool IsRetryableStatus(long status) { return status == 429 || (status >= 500 && status <= 599); }

double Random01() {
  thread_local std::mt19937_64 engine{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

}  // namespace jobpipe
