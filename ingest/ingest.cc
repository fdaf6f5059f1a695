#include "ingest/ingest.h"

namespace jobpipe {

bool LooksLikeUrl(std::string_view name) { return name.find("://") != std::string_view::npos; }

Result<Document> Ingest(const std::string& name, const FetchOptions& options) {
  if (LooksLikeUrl(name)) return FetchUrl(name, options);
  return ReadLocalInput(name);
}

}  // namespace jobpipe
