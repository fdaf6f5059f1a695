#include "export/export.h"

namespace jobpipe {

std::string Render(const Posting& posting, OutputFormat format) {
  switch (format) {
    case OutputFormat::kMarkdown: return RenderMarkdown(posting);
    case OutputFormat::kJson: return RenderJson(posting);
    case OutputFormat::kJsonl: return RenderJsonLine(posting);
  }
  return RenderMarkdown(posting);
}

}  // namespace jobpipe
