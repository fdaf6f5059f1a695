#include "export/export.h"

namespace jobpipe {

// Placeholder; the full record follows.
std::string RenderMarkdown(const Posting& posting) { return "# Application Details\n"; }

}  // namespace jobpipe
