#include "parse/html/gumbo_dom.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>
#include <vector>

#include "core/text/ascii.h"
#include "core/text/entities.h"
#include "parse/html/nesting.h"
#include "parse/html/raw_text.h"

namespace jobpipe::html {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    if (output != nullptr) gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

GumboTree ParseWithGumbo(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; recording them costs time
  return GumboTree(gumbo_parse_with_options(&options, html.data(), html.size()));
}

Tag TagOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: return Tag::kHtml;
    case GUMBO_TAG_HEAD: return Tag::kHead;
    case GUMBO_TAG_BODY: return Tag::kBody;
    case GUMBO_TAG_TITLE: return Tag::kTitle;
    case GUMBO_TAG_META: return Tag::kMeta;
    case GUMBO_TAG_LINK: return Tag::kLink;
    case GUMBO_TAG_BASE: return Tag::kBase;
    case GUMBO_TAG_SCRIPT: return Tag::kScript;
    case GUMBO_TAG_STYLE: return Tag::kStyle;
    case GUMBO_TAG_NOSCRIPT: return Tag::kNoscript;
    case GUMBO_TAG_TEMPLATE: return Tag::kTemplate;
    case GUMBO_TAG_NAV: return Tag::kNav;
    case GUMBO_TAG_HEADER: return Tag::kHeader;
    case GUMBO_TAG_FOOTER: return Tag::kFooter;
    case GUMBO_TAG_ASIDE: return Tag::kAside;
    case GUMBO_TAG_FORM: return Tag::kForm;
    case GUMBO_TAG_BUTTON: return Tag::kButton;
    case GUMBO_TAG_SELECT: return Tag::kSelect;
    case GUMBO_TAG_SVG: return Tag::kSvg;
    case GUMBO_TAG_MATH: return Tag::kMath;
    case GUMBO_TAG_IFRAME: return Tag::kIframe;
    case GUMBO_TAG_CANVAS: return Tag::kCanvas;
    case GUMBO_TAG_OBJECT: return Tag::kObject;
    case GUMBO_TAG_INPUT: return Tag::kInput;
    case GUMBO_TAG_TEXTAREA: return Tag::kTextarea;
    case GUMBO_TAG_OPTION: return Tag::kOption;
    case GUMBO_TAG_LABEL: return Tag::kLabel;
    case GUMBO_TAG_VIDEO: return Tag::kVideo;
    case GUMBO_TAG_AUDIO: return Tag::kAudio;
    case GUMBO_TAG_H1: return Tag::kH1;
    case GUMBO_TAG_H2: return Tag::kH2;
    case GUMBO_TAG_H3: return Tag::kH3;
    case GUMBO_TAG_H4: return Tag::kH4;
    case GUMBO_TAG_H5: return Tag::kH5;
    case GUMBO_TAG_H6: return Tag::kH6;
    case GUMBO_TAG_P: return Tag::kP;
    case GUMBO_TAG_DIV: return Tag::kDiv;
    case GUMBO_TAG_SECTION: return Tag::kSection;
    case GUMBO_TAG_ARTICLE: return Tag::kArticle;
    case GUMBO_TAG_MAIN: return Tag::kMain;
    case GUMBO_TAG_BLOCKQUOTE: return Tag::kBlockquote;
    case GUMBO_TAG_PRE: return Tag::kPre;
    case GUMBO_TAG_ADDRESS: return Tag::kAddress;
    case GUMBO_TAG_FIGURE: return Tag::kFigure;
    case GUMBO_TAG_FIGCAPTION: return Tag::kFigcaption;
    case GUMBO_TAG_CENTER: return Tag::kCenter;
    case GUMBO_TAG_FIELDSET: return Tag::kFieldset;
    case GUMBO_TAG_LEGEND: return Tag::kLegend;
    case GUMBO_TAG_DETAILS: return Tag::kDetails;
    case GUMBO_TAG_SUMMARY: return Tag::kSummary;
    case GUMBO_TAG_UL: return Tag::kUl;
    case GUMBO_TAG_OL: return Tag::kOl;
    case GUMBO_TAG_LI: return Tag::kLi;
    case GUMBO_TAG_MENU: return Tag::kMenu;
    case GUMBO_TAG_DL: return Tag::kDl;
    case GUMBO_TAG_DT: return Tag::kDt;
    case GUMBO_TAG_DD: return Tag::kDd;
    case GUMBO_TAG_TABLE: return Tag::kTable;
    case GUMBO_TAG_CAPTION: return Tag::kCaption;
    case GUMBO_TAG_THEAD: return Tag::kThead;
    case GUMBO_TAG_TBODY: return Tag::kTbody;
    case GUMBO_TAG_TFOOT: return Tag::kTfoot;
    case GUMBO_TAG_TR: return Tag::kTr;
    case GUMBO_TAG_TD: return Tag::kTd;
    case GUMBO_TAG_TH: return Tag::kTh;
    case GUMBO_TAG_BR: return Tag::kBr;
    case GUMBO_TAG_HR: return Tag::kHr;
    case GUMBO_TAG_IMG: return Tag::kImg;
    case GUMBO_TAG_A: return Tag::kA;
    case GUMBO_TAG_B: return Tag::kB;
    case GUMBO_TAG_STRONG: return Tag::kStrong;
    case GUMBO_TAG_SPAN: return Tag::kSpan;
    case GUMBO_TAG_EM: return Tag::kEm;
    case GUMBO_TAG_I: return Tag::kI;
    case GUMBO_TAG_U: return Tag::kU;
    case GUMBO_TAG_FONT: return Tag::kFont;
    case GUMBO_TAG_SMALL: return Tag::kSmall;
    case GUMBO_TAG_CODE: return Tag::kCode;
    case GUMBO_TAG_TIME: return Tag::kTime;
    default: return Tag::kOther;
  }
}

// JSON-LD and other JSON data scripts (Next.js's __NEXT_DATA__) hold
// postings; the text of every other script is code.
bool IsJsonScript(const GumboElement& element) {
  const GumboAttribute* type = gumbo_get_attribute(&element.attributes, "type");
  return type != nullptr && IsJsonScriptType(type->value);
}

// gumbo 0.10 predates <dialog>: it is an unknown tag known by its name.
bool IsDialog(const GumboElement& element) {
  GumboStringPiece name = element.original_tag;
  gumbo_tag_from_original_text(&name);
  if (name.length != 6) return false;
  return textkit::AsciiLower(std::string_view(name.data, name.length)) == "dialog";
}

// Copies one gumbo node (not its children) into the flat tree.
class Copier {
 public:
  explicit Copier(Dom& dom) : dom_(dom) {}

  // A text node under `parent` (a lifted script body).
  void AddText(std::string_view text, int parent) {
    Node copy;
    copy.tag = Tag::kText;
    copy.parent = parent;
    copy.text = dom_.AddString(text);
    copy.subtree_end = static_cast<int>(dom_.nodes.size()) + 1;
    dom_.nodes.push_back(copy);
  }

  // Returns the new node's index, or -1 when the node is not kept.
  int Add(const GumboNode* node, int parent, bool keep_text) {
    Node copy;
    copy.parent = parent;
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        copy.tag = Tag::kDocument;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& element = node->v.element;
        copy.tag = node->type == GUMBO_NODE_TEMPLATE ? Tag::kTemplate : TagOf(element.tag);
        if (element.tag == GUMBO_TAG_UNKNOWN && IsDialog(element)) copy.tag = Tag::kDialog;
        copy.first_attribute = static_cast<std::uint32_t>(dom_.attributes.size());
        copy.attribute_count = element.attributes.length;
        for (unsigned i = 0; i < element.attributes.length; ++i) {
          const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
          dom_.attributes.push_back({dom_.AddString(attribute->name), dom_.AddString(attribute->value)});
        }
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        if (!keep_text) return -1;
        copy.tag = Tag::kText;
        copy.text = dom_.AddString(node->v.text.text);
        break;
      case GUMBO_NODE_WHITESPACE:
        if (!keep_text) return -1;
        copy.tag = Tag::kText;
        copy.text = dom_.AddString(" ");  // only its being a separator matters
        break;
      default:  // comments
        return -1;
    }
    dom_.nodes.push_back(copy);
    return static_cast<int>(dom_.nodes.size()) - 1;
  }

 private:
  Dom& dom_;
};

const GumboVector* ChildrenOf(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  return nullptr;
}

// Whether the text children of this element are worth keeping: script and
// style bodies are dropped (except JSON data), everything else kept.
bool KeepsText(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return true;
  const GumboElement& element = node->v.element;
  if (element.tag == GUMBO_TAG_STYLE) return false;
  if (element.tag == GUMBO_TAG_SCRIPT) return IsJsonScript(element);
  return true;
}

}  // namespace

namespace {

// The lifted body whose script start tag ends at `tag_end`, or nullptr.
const LiftedBody* LiftedBodyAt(const std::vector<LiftedBody>& lifted, std::size_t tag_end) {
  const auto found =
      std::lower_bound(lifted.begin(), lifted.end(), tag_end,
                       [](const LiftedBody& body, std::size_t at) { return body.at < at; });
  return found != lifted.end() && found->at == tag_end ? &*found : nullptr;
}

// One copy of gumbo's tree of `html`; a script whose start tag ends where a
// body was lifted out gets that body back as its text child.
Dom CopyTree(std::string_view html, const std::vector<LiftedBody>& lifted) {
  std::string bounded;  // same length as html: offsets hold
  html = BoundHtmlNesting(html, &bounded);
  Dom dom;
  dom.nodes.reserve(html.size() / 40 + 16);
  dom.pool.reserve(html.size() / 2 + 16);
  GumboTree tree = ParseWithGumbo(html);
  if (!tree) {
    dom.nodes.push_back(Node{Tag::kDocument, -1, 1, {}, 0, 0});
    return dom;
  }
  Copier copier(dom);
  struct Frame {
    const GumboNode* node;
    int index;           // in dom.nodes
    unsigned next_child; // next child of node to visit
    bool keep_text;
  };
  std::vector<Frame> stack;
  const int root = copier.Add(tree->document, -1, true);
  stack.push_back({tree->document, root, 0, true});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = ChildrenOf(top.node);
    if (children == nullptr || top.next_child >= children->length) {
      dom.nodes[top.index].subtree_end = static_cast<int>(dom.nodes.size());
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
    const int parent = top.index;
    const int index = copier.Add(child, parent, top.keep_text);
    if (index < 0) continue;
    const bool keep_text = KeepsText(child);
    if (keep_text && !lifted.empty() && dom.nodes[index].tag == Tag::kScript) {
      const GumboStringPiece tag = child->v.element.original_tag;
      if (tag.data != nullptr) {
        const auto tag_end = static_cast<std::size_t>(tag.data + tag.length - html.data());
        if (const LiftedBody* body = LiftedBodyAt(lifted, tag_end))
          copier.AddText(body->text, index);
      }
    }
    stack.push_back({child, index, 0, keep_text});
  }
  return dom;
}

}  // namespace

Dom BuildDom(std::string_view html) { return CopyTree(html, {}); }

Dom BuildPageDom(std::string_view page) {
  const StrippedPage stripped = StripScriptBodies(page);
  return CopyTree(stripped.html, stripped.json_bodies);
}

std::string DecodeEntities(std::string_view text) {
  return textkit::DecodeEntities(text, textkit::kHtmlEntityRules);
}

}  // namespace jobpipe::html
