#include "parse/html/description.h"

#include <cctype>
#include <string>

#include "parse/html/blocks.h"
#include "parse/html/gumbo_dom.h"
#include "parse/parse.h"

namespace jobpipe::html {
namespace {

// A '<' followed by a letter or '/' and later a '>': markup, not prose.
bool HasMarkup(std::string_view text) {
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (at + 1 >= text.size()) break;
    const auto next = static_cast<unsigned char>(text[at + 1]);
    if ((std::isalpha(next) || next == '/') && text.find('>', at) != std::string_view::npos) return true;
  }
  return false;
}

bool LooksEscaped(std::string_view text) {
  return text.find("&lt;") != std::string_view::npos && !HasMarkup(text);
}

}  // namespace

std::vector<Block> DescriptionBlocks(std::string_view description) {
  std::string unescaped;
  if (LooksEscaped(description)) {
    unescaped = DecodeEntities(description);
    description = unescaped;
  }
  if (HasMarkup(description)) return BlocksFromHtml(description);
  // Plain text keeps its line structure: the text parser knows its shapes.
  Document text;
  text.format = "text";
  text.body = DecodeEntities(description);
  return ParseText(text).blocks;
}

std::size_t TextLength(const std::vector<Block>& blocks) {
  std::size_t length = 0;
  for (const Block& block : blocks) length += block.text.size();
  return length;
}

}  // namespace jobpipe::html
