#include "ingest/ingest.h"

namespace jobpipe {

// Placeholder until the libcurl fetcher lands.
Result<Document> FetchUrl(const std::string& url, const FetchOptions& options) {
  return MakeError(ErrorCode::kNetwork, url + ": fetching is not implemented yet");
}

}  // namespace jobpipe
