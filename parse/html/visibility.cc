#include "parse/html/visibility.h"

#include <array>
#include <string>
#include <string_view>

#include "core/text/ascii.h"

namespace jobpipe::html {
namespace {

// Lower-cases ASCII into a small reusable buffer (class and style values).
std::string_view Lowered(std::string_view text, std::string& buffer) {
  buffer.assign(text);
  for (char& c : buffer) c = textkit::AsciiLower(c);
  return buffer;
}

// "display : none" with any spacing, also inside a longer declaration list.
bool Declares(std::string_view style, std::string_view property, std::string_view value) {
  std::size_t at = 0;
  while ((at = style.find(property, at)) != std::string_view::npos) {
    std::size_t i = at + property.size();
    while (i < style.size() && style[i] == ' ') ++i;
    if (i < style.size() && style[i] == ':') {
      ++i;
      while (i < style.size() && style[i] == ' ') ++i;
      if (style.substr(i, value.size()) == value) return true;
    }
    at += property.size();
  }
  return false;
}

// Substrings of class or id values that name page furniture rather than the
// posting. Chosen to be specific ("related-job", not "related") so that a
// posting container is never mistaken for furniture.
constexpr std::array<std::string_view, 22> kFurnitureMarkers = {
    "cookie",       "consent",      "gdpr",        "similar-job", "similar_job",
    "similarjob",   "related-job",  "related_job", "relatedjob",  "also-viewed",
    "also_viewed",  "alsoviewed",   "breadcrumb",  "newsletter",  "share-bar",
    "social-share", "sign-in-modal", "signin-modal", "login-modal", "skip-link",
    "more-jobs",    "other-jobs",
};

constexpr std::array<std::string_view, 8> kFurnitureRoles = {
    "navigation", "banner", "contentinfo", "dialog", "complementary", "search", "menu", "menubar",
};

bool HasFurnitureMarker(std::string_view lowered) {
  for (std::string_view marker : kFurnitureMarkers) {
    if (lowered.find(marker) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

bool IsDroppedTag(Tag tag) {
  switch (tag) {
    case Tag::kHead: case Tag::kScript: case Tag::kStyle: case Tag::kNoscript:
    case Tag::kTemplate: case Tag::kNav: case Tag::kHeader: case Tag::kFooter:
    case Tag::kAside: case Tag::kForm: case Tag::kButton: case Tag::kSelect:
    case Tag::kSvg: case Tag::kMath: case Tag::kIframe: case Tag::kDialog:
    case Tag::kCanvas: case Tag::kObject: case Tag::kInput: case Tag::kTextarea:
    case Tag::kOption: case Tag::kVideo: case Tag::kAudio:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const Dom& dom, int node) {
  const Node& n = dom.nodes[node];
  if (n.attribute_count == 0) return false;
  thread_local std::string buffer;
  for (std::uint32_t i = 0; i < n.attribute_count; ++i) {
    const Attribute& attribute = dom.attributes[n.first_attribute + i];
    const std::string_view name = dom.Str(attribute.name);
    const std::string_view value = dom.Str(attribute.value);
    if (name == "hidden") return true;
    if (name == "aria-hidden" && value == "true") return true;
    if (name == "style") {
      const std::string_view style = Lowered(value, buffer);
      if (Declares(style, "display", "none") || Declares(style, "visibility", "hidden")) return true;
    }
    if (name == "class" && (dom.HasClass(node, "visually-hidden") || dom.HasClass(node, "sr-only"))) {
      return true;
    }
  }
  return false;
}

bool IsContentHeader(const Dom& dom, int node) {
  for (int at = dom.nodes[node].parent; at > 0; at = dom.nodes[at].parent) {
    const Tag tag = dom.nodes[at].tag;
    if (tag == Tag::kArticle || tag == Tag::kMain || tag == Tag::kSection) return true;
  }
  return false;
}

bool IsPageFurniture(const Dom& dom, int node) {
  const Node& n = dom.nodes[node];
  if (n.attribute_count == 0 || n.tag == Tag::kBody || n.tag == Tag::kHtml) return false;
  thread_local std::string buffer;
  for (std::uint32_t i = 0; i < n.attribute_count; ++i) {
    const Attribute& attribute = dom.attributes[n.first_attribute + i];
    const std::string_view name = dom.Str(attribute.name);
    if (name == "class" || name == "id") {
      if (HasFurnitureMarker(Lowered(dom.Str(attribute.value), buffer))) return true;
    } else if (name == "role") {
      const std::string_view role = Lowered(dom.Str(attribute.value), buffer);
      for (std::string_view furniture : kFurnitureRoles) {
        if (role == furniture) return true;
      }
    }
  }
  return false;
}

}  // namespace jobpipe::html
