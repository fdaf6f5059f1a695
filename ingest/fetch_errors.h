// Turns the outcome of one transfer into jobpipe's Error (code and a
// one-line message naming the URL) and says whether it is worth retrying.
#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "ingest/curl_transfer.h"

namespace jobpipe {

struct AttemptOutcome {
  std::optional<Error> error;  // nullopt: a 2xx answer with its body
  bool retryable = false;      // connection errors, timeouts, 429, 5xx
};

/// `url` is the URL the user asked for (messages name it).
AttemptOutcome ClassifyTransfer(const std::string& url, const TransferResult& transfer,
                                const FetchOptions& options);

/// "Not Found" for 404, ... ("" for codes without a standard phrase).
std::string StandardReasonPhrase(long status);

}  // namespace jobpipe
