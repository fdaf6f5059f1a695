#include "parse/html/dom.h"

#include "parse/html/text_folding.h"

namespace jobpipe::html {

std::optional<std::string_view> Dom::Attr(int node, std::string_view name) const {
  const Node& n = nodes[node];
  for (std::uint32_t i = 0; i < n.attribute_count; ++i) {
    const Attribute& attribute = attributes[n.first_attribute + i];
    if (Str(attribute.name) == name) return Str(attribute.value);
  }
  return std::nullopt;
}

bool Dom::HasClass(int node, std::string_view token) const {
  const auto classes = Attr(node, "class");
  if (!classes || token.empty()) return false;
  std::string_view rest = *classes;
  while (!rest.empty()) {
    const std::size_t found = rest.find(token);
    if (found == std::string_view::npos) return false;
    const bool starts = found == 0 || static_cast<unsigned char>(rest[found - 1]) <= ' ';
    const std::size_t after = found + token.size();
    const bool ends = after == rest.size() || static_cast<unsigned char>(rest[after]) <= ' ';
    if (starts && ends) return true;
    rest.remove_prefix(after);
  }
  return false;
}

int Dom::FindByClass(std::string_view token, int begin, int end) const {
  if (end < 0) end = static_cast<int>(nodes.size());
  for (int i = begin; i < end; ++i) {
    if (IsElement(i) && HasClass(i, token)) return i;
  }
  return -1;
}

int Dom::FindByAttr(std::string_view name, std::string_view value, int begin, int end) const {
  if (end < 0) end = static_cast<int>(nodes.size());
  for (int i = begin; i < end; ++i) {
    if (!IsElement(i)) continue;
    const auto found = Attr(i, name);
    if (found && *found == value) return i;
  }
  return -1;
}

int Dom::FindTag(Tag tag, int begin, int end) const {
  if (end < 0) end = static_cast<int>(nodes.size());
  for (int i = begin; i < end; ++i) {
    if (nodes[i].tag == tag) return i;
  }
  return -1;
}

std::string Dom::TextContent(int node) const {
  std::string out;
  const int end = nodes[node].subtree_end;
  for (int i = node; i < end;) {
    const Tag tag = nodes[i].tag;
    if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTemplate) {
      i = nodes[i].subtree_end;
      continue;
    }
    if (tag == Tag::kText) AppendFolded(out, Text(i));
    ++i;
  }
  TrimRight(out);
  return out;
}

PoolSpan Dom::AddString(std::string_view text) {
  PoolSpan span{static_cast<std::uint32_t>(pool.size()), static_cast<std::uint32_t>(text.size())};
  pool.append(text);
  return span;
}

bool IsHeading(Tag tag) { return HeadingLevel(tag) != 0; }

int HeadingLevel(Tag tag) {
  switch (tag) {
    case Tag::kH1: return 1;
    case Tag::kH2: return 2;
    case Tag::kH3: return 3;
    case Tag::kH4: return 4;
    case Tag::kH5: return 5;
    case Tag::kH6: return 6;
    default: return 0;
  }
}

}  // namespace jobpipe::html
