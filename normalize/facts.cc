#include "normalize/facts.h"

namespace jobpipe {

void ExtractFacts(const ParsedDocument& parsed, const std::vector<Section>& sections,
                  Facts* facts, std::vector<std::string>* warnings) {}

std::string CanonicalPostingUrl(const std::string& url) { return url; }

}  // namespace jobpipe
