#include "parse/html/text_folding.h"

#include "core/text/whitespace.h"

namespace jobpipe::html {

std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  textkit::AppendFoldedVisible(out, text);
  TrimRight(out);
  return out;
}

void TrimRight(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

std::optional<std::string> NonEmpty(std::string text) {
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace jobpipe::html
