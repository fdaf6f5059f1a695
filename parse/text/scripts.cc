#include "parse/text/scripts.h"

#include <cctype>
#include <string_view>

#include "core/text/ascii.h"

namespace jobpipe::text {
namespace {

// The element name right after '<' when it is exactly `name` ("<script>",
// "<script type=…>", not "<scripts>").
bool OpensElement(std::string_view text, std::size_t at, std::string_view name) {
  const std::size_t end = at + 1 + name.size();
  if (end >= text.size()) return false;
  const char next = text[end];
  return next == '>' || next == '/' || std::isspace(static_cast<unsigned char>(next));
}

}  // namespace

CutScripts CutScriptElements(std::string text) {
  CutScripts cut;
  if (textkit::FindAsciiCaseless(text, "<script") == std::string::npos &&
      textkit::FindAsciiCaseless(text, "<style") == std::string::npos) {
    cut.text = std::move(text);
    return cut;
  }
  const std::string_view all = text;
  std::size_t copied = 0;
  for (std::size_t at = all.find('<'); at != std::string_view::npos; at = all.find('<', at + 1)) {
    std::string_view name;
    for (std::string_view candidate : {"script", "style"}) {
      if (textkit::FindAsciiCaseless(all.substr(at + 1, candidate.size()), candidate) == 0 &&
          OpensElement(all, at, candidate)) {
        name = candidate;
      }
    }
    if (name.empty()) continue;
    const std::size_t open_end = all.find('>', at);
    if (open_end == std::string_view::npos) break;  // a stray "<script" at the end stays text
    const std::string closing = "</" + std::string(name);
    std::size_t close = textkit::FindAsciiCaseless(all, closing, open_end + 1);
    const std::size_t content_end = close == std::string_view::npos ? all.size() : close;
    std::size_t element_end = all.size();
    if (close != std::string_view::npos) {
      const std::size_t close_end = all.find('>', close);
      element_end = close_end == std::string_view::npos ? all.size() : close_end + 1;
    }
    const std::string_view open_tag = all.substr(at, open_end - at);
    if (name == "script" && textkit::FindAsciiCaseless(open_tag, "ld+json") != std::string_view::npos) {
      cut.json_ld.emplace_back(all.substr(open_end + 1, content_end - open_end - 1));
    }
    cut.text.append(all.substr(copied, at - copied));
    copied = element_end;
    at = element_end == 0 ? 0 : element_end - 1;
    if (element_end >= all.size()) break;
  }
  if (copied < all.size()) cut.text.append(all.substr(copied));
  return cut;
}

}  // namespace jobpipe::text
