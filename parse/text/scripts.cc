#include "parse/text/scripts.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "core/text/ascii.h"

namespace jobpipe::text {
namespace {

// Where `needle` (lower case ASCII) starts in `hay` at or after `from`,
// ignoring case.
std::size_t FindIgnoringCase(std::string_view hay, std::string_view needle, std::size_t from) {
  auto at = std::search(hay.begin() + static_cast<std::ptrdiff_t>(std::min(from, hay.size())), hay.end(),
                        needle.begin(), needle.end(),
                        [](char a, char b) { return textkit::AsciiLower(a) == b; });
  return at == hay.end() ? std::string_view::npos : static_cast<std::size_t>(at - hay.begin());
}

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
  if (FindIgnoringCase(text, "<script", 0) == std::string::npos &&
      FindIgnoringCase(text, "<style", 0) == std::string::npos) {
    cut.text = std::move(text);
    return cut;
  }
  const std::string_view all = text;
  std::size_t copied = 0;
  for (std::size_t at = all.find('<'); at != std::string_view::npos; at = all.find('<', at + 1)) {
    std::string_view name;
    for (std::string_view candidate : {"script", "style"}) {
      if (FindIgnoringCase(all.substr(at + 1, candidate.size()), candidate, 0) == 0 &&
          OpensElement(all, at, candidate)) {
        name = candidate;
      }
    }
    if (name.empty()) continue;
    const std::size_t open_end = all.find('>', at);
    if (open_end == std::string_view::npos) break;  // a stray "<script" at the end stays text
    const std::string closing = "</" + std::string(name);
    std::size_t close = FindIgnoringCase(all, closing, open_end + 1);
    const std::size_t content_end = close == std::string_view::npos ? all.size() : close;
    std::size_t element_end = all.size();
    if (close != std::string_view::npos) {
      const std::size_t close_end = all.find('>', close);
      element_end = close_end == std::string_view::npos ? all.size() : close_end + 1;
    }
    const std::string_view open_tag = all.substr(at, open_end - at);
    if (name == "script" && FindIgnoringCase(open_tag, "ld+json", 0) != std::string_view::npos) {
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
