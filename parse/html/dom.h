// Our own small, flat copy of an HTML tree. gumbo's tree is translated into
// this once (parse/html/gumbo_dom.cc) and destroyed, so the rest of the parse stage
// never sees gumbo and every walk over a page is a loop over a vector.
//
// Nodes are stored in document (pre-)order: a node's descendants follow it
// directly and end at `subtree_end`, so "skip this subtree" is one jump and a
// reverse loop visits children before their parents (bottom-up sums without
// recursion). Strings live in one pool to keep the walk allocation-light.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::html {

/// The tags the parse stage treats specially; everything else is kOther.
enum class Tag : std::uint8_t {
  kOther, kText, kDocument,
  kHtml, kHead, kBody, kTitle, kMeta, kLink, kBase,
  kScript, kStyle, kNoscript, kTemplate, kNav, kHeader, kFooter, kAside,
  kForm, kButton, kSelect, kSvg, kMath, kIframe, kDialog, kCanvas, kObject,
  kInput, kTextarea, kOption, kLabel, kVideo, kAudio,
  kH1, kH2, kH3, kH4, kH5, kH6,
  kP, kDiv, kSection, kArticle, kMain, kBlockquote, kPre, kAddress,
  kFigure, kFigcaption, kCenter, kFieldset, kLegend, kDetails, kSummary,
  kUl, kOl, kLi, kMenu, kDl, kDt, kDd,
  kTable, kCaption, kThead, kTbody, kTfoot, kTr, kTd, kTh,
  kBr, kHr, kImg,
  kA, kB, kStrong, kSpan, kEm, kI, kU, kFont, kSmall, kCode, kTime,
};

/// Offset and size of a string in HtmlDom::pool.
struct PoolSpan {
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

struct Attribute {
  PoolSpan name;  // lower case (gumbo normalizes attribute names)
  PoolSpan value;
};

struct Node {
  Tag tag = Tag::kOther;
  std::int32_t parent = -1;
  std::int32_t subtree_end = 0;  // one past the last descendant
  PoolSpan text;                 // kText only
  std::uint32_t first_attribute = 0;
  std::uint32_t attribute_count = 0;
};

class Dom {
 public:
  std::vector<Node> nodes;  // nodes[0] is the document
  std::vector<Attribute> attributes;
  std::string pool;

  std::string_view Str(PoolSpan span) const {
    return std::string_view(pool).substr(span.offset, span.size);
  }
  std::string_view Text(int node) const { return Str(nodes[node].text); }
  bool IsElement(int node) const {
    return nodes[node].tag != Tag::kText && nodes[node].tag != Tag::kDocument;
  }
  /// The attribute's value, or nullopt when the element does not have it.
  std::optional<std::string_view> Attr(int node, std::string_view name) const;
  /// True when the class attribute holds `token` as one whitespace-separated
  /// word (CSS `.token`).
  bool HasClass(int node, std::string_view token) const;
  /// The first element in [begin, end) whose class holds `token`, or -1.
  int FindByClass(std::string_view token, int begin = 0, int end = -1) const;
  /// The first element in [begin, end) with attribute name == value, or -1.
  int FindByAttr(std::string_view name, std::string_view value, int begin = 0,
                 int end = -1) const;
  /// The first element with this tag in [begin, end), or -1.
  int FindTag(Tag tag, int begin = 0, int end = -1) const;
  /// The text of a subtree, whitespace folded, scripts and styles skipped.
  std::string TextContent(int node) const;
  PoolSpan AddString(std::string_view text);
};

bool IsHeading(Tag tag);
int HeadingLevel(Tag tag);  // 1-6, 0 when not a heading

}  // namespace jobpipe::html
