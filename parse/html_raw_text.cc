// The scan follows the WHATWG tokenizer's states only as far as needed to
// know where every tag starts and ends; the rest of the bytes are skipped
// with find(). Section names below are the specification's.
#include "parse/html_raw_text.h"

#include <array>
#include <cstddef>
#include <vector>

namespace jobpipe::html {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; }

// `word` (lower case) at `at`, compared case-insensitively.
bool HasWordAt(std::string_view text, std::size_t at, std::string_view word) {
  if (at > text.size() || text.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (Lower(text[at + i]) != word[i]) return false;
  }
  return true;
}

// "</name" followed by whitespace, '/' or '>': the "appropriate end tag" that
// alone ends a raw-text, RCDATA or script element.
bool IsEndTagAt(std::string_view text, std::size_t at, std::string_view name) {
  if (!HasWordAt(text, at, "</") || !HasWordAt(text, at + 2, name)) return false;
  const std::size_t after = at + 2 + name.size();
  return after < text.size() && (IsSpace(text[after]) || text[after] == '/' || text[after] == '>');
}

// "<script" followed by whitespace, '/' or '>', inside an escaped script.
bool IsScriptStartAt(std::string_view text, std::size_t at) {
  if (text[at] != '<' || !HasWordAt(text, at + 1, "script")) return false;
  const std::size_t after = at + 7;
  return after < text.size() && (IsSpace(text[after]) || text[after] == '/' || text[after] == '>');
}

std::size_t After(std::string_view text, std::size_t from, std::string_view terminator) {
  const std::size_t at = text.find(terminator, from);
  return at == kNpos ? text.size() : at + terminator.size();
}

// Where a comment that opens with "<!--" at `at` ends (one past its "-->").
// "<!-->" and "<!--->" are comments that end at once; "--!>" also closes.
std::size_t CommentEnd(std::string_view text, std::size_t at) {
  const std::size_t body = at + 4;
  if (HasWordAt(text, body, ">")) return body + 1;
  if (HasWordAt(text, body, "->")) return body + 2;
  for (std::size_t dashes = text.find("--", body); dashes != kNpos;
       dashes = text.find("--", dashes + 1)) {
    if (HasWordAt(text, dashes + 2, ">")) return dashes + 3;
    if (HasWordAt(text, dashes + 2, "!>")) return dashes + 4;
  }
  return text.size();
}

// Where the body of a script that starts at `at` ends (the '<' of its end
// tag, or the end of input). Script data, escaped ("<!--") and double
// escaped ("<!-- <script>") states: inside the last, "</script>" does not
// end the script.
std::size_t ScriptBodyEnd(std::string_view text, std::size_t at) {
  enum class State { kData, kEscaped, kDoubleEscaped } state = State::kData;
  int dashes = 0;  // consecutive '-' just read in the escaped states
  for (std::size_t i = at; i < text.size(); ++i) {
    const char c = text[i];
    if (state == State::kData) {
      if (c != '<') continue;
      if (IsEndTagAt(text, i, "script")) return i;
      if (HasWordAt(text, i, "<!--")) state = State::kEscaped, dashes = 2, i += 3;
      continue;
    }
    if (c == '-') {
      ++dashes;
      continue;
    }
    const bool closes_escape = c == '>' && dashes >= 2;
    dashes = 0;
    if (closes_escape) {
      state = State::kData;
    } else if (c == '<' && state == State::kEscaped) {
      if (IsEndTagAt(text, i, "script")) return i;
      if (IsScriptStartAt(text, i)) state = State::kDoubleEscaped, i += 6;
    } else if (c == '<' && state == State::kDoubleEscaped && IsEndTagAt(text, i, "script")) {
      state = State::kEscaped, i += 7;
    }
  }
  return text.size();
}

// Where a raw-text or RCDATA body (style, title, textarea...) ends.
std::size_t RawTextEnd(std::string_view text, std::size_t at, std::string_view name) {
  for (std::size_t i = text.find("</", at); i != kNpos; i = text.find("</", i + 1)) {
    if (IsEndTagAt(text, i, name)) return i;
  }
  return text.size();
}

// A tag as far as this scan needs it.
struct TagToken {
  std::string name;  // lower case
  bool is_end = false;
  bool self_closing = false;
  bool has_font_styling = false;  // color, face or size (font leaves svg)
  bool bare = false;              // "<name>" or "</name>": nothing after the name
  std::string_view type;          // the first type attribute's value
  std::size_t next = 0;           // one past the closing '>'
};

// Reads the tag whose '<' is at `at`: tag name, then attributes through the
// attribute name and (un)quoted value states, so a '>' inside quotes does
// not end the tag. A tag cut off by the end of input is dropped by the
// tokenizer: `next` is then the end.
TagToken ReadTag(std::string_view text, std::size_t at) {
  TagToken tag;
  std::size_t i = at + 1;
  if (text[i] == '/') tag.is_end = true, ++i;
  for (; i < text.size() && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>'; ++i) {
    tag.name.push_back(Lower(text[i]));
  }
  tag.bare = i < text.size() && text[i] == '>';
  bool has_type = false;
  while (i < text.size()) {
    if (IsSpace(text[i])) {
      ++i;
    } else if (text[i] == '>') {
      tag.next = i + 1;
      return tag;
    } else if (text[i] == '/') {
      ++i;
      if (i < text.size() && text[i] == '>') tag.self_closing = true;
    } else {
      const std::size_t name_start = i++;  // a leading '=' belongs to the name
      while (i < text.size() && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>' &&
             text[i] != '=')
        ++i;
      const std::string_view name = text.substr(name_start, i - name_start);
      while (i < text.size() && IsSpace(text[i])) ++i;
      std::string_view value;
      if (i < text.size() && text[i] == '=') {
        ++i;
        while (i < text.size() && IsSpace(text[i])) ++i;
        if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
          const std::size_t close = text.find(text[i], i + 1);
          const std::size_t end = close == kNpos ? text.size() : close;
          value = text.substr(i + 1, end - i - 1);
          i = end == text.size() ? end : end + 1;
        } else {
          const std::size_t value_start = i;
          while (i < text.size() && !IsSpace(text[i]) && text[i] != '>') ++i;
          value = text.substr(value_start, i - value_start);
        }
      }
      if (!has_type && name.size() == 4 && HasWordAt(name, 0, "type"))
        has_type = true, tag.type = value;
      for (std::string_view styling : {"color", "face", "size"}) {
        if (name.size() == styling.size() && HasWordAt(name, 0, styling))
          tag.has_font_styling = true;
      }
    }
  }
  tag.next = text.size();
  return tag;
}

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view candidate : names) {
    if (name == candidate) return true;
  }
  return false;
}

// HTML start tags that end foreign (svg/math) content ("in foreign content").
bool LeavesForeignContent(const TagToken& tag) {
  if (tag.name == "font") return tag.has_font_styling;
  return IsOneOf(
      tag.name,
      {"b",      "big",  "blockquote", "body",  "br",   "center", "code",    "dd",   "div",
       "dl",     "dt",   "em",         "embed", "h1",   "h2",     "h3",      "h4",   "h5",
       "h6",     "head", "hr",         "i",     "img",  "li",     "listing", "menu", "meta",
       "nobr",   "ol",   "p",          "pre",   "ruby", "s",      "small",   "span", "strong",
       "strike", "sub",  "sup",        "table", "tt",   "u",      "ul",      "var"});
}

// svg's foreignObject, desc and title and MathML's text elements: inside
// them start tags are HTML again.
bool IsIntegrationPoint(std::string_view name) {
  return IsOneOf(
      name, {"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"});
}

// Table tags close a select that sits in a table, and are ignored in one
// that does not; the scan does not know which.
bool IsTablePart(std::string_view name) {
  return IsOneOf(name, {"caption", "table", "tbody", "tfoot", "thead", "tr", "td", "th"});
}

// The tree-construction state that decides how the tokenizer reads what
// follows a tag: the open svg/math elements (foreign content, where script
// and style are ordinary elements) and an open select (where style, title
// and the like are ignored). Where gumbo's tree could go more than one way
// from here, the state is lost and the scan keeps the rest of the page as is.
class TreeState {
 public:
  bool lost() const { return lost_; }
  bool in_foreign_content() const { return !foreign_.empty(); }

  /// Follows one tag; true when it is an HTML start tag outside a select,
  /// so that the raw-text rules apply to it.
  bool Follow(const TagToken& tag) {
    if (tag.is_end) return FollowEnd(tag);
    if (!foreign_.empty()) return FollowForeignStart(tag);
    if (tag.name == "frameset" || tag.name == "plaintext") return Lose();
    if (in_select_) {
      if (tag.name == "template" || IsTablePart(tag.name)) return Lose();
      if (IsOneOf(tag.name, {"select", "input", "keygen", "textarea"})) in_select_ = false;
      return tag.name == "script" || tag.name == "textarea";
    }
    if (tag.name == "select") {
      in_select_ = true;
      return false;
    }
    if (tag.name == "svg" || tag.name == "math") {
      if (!tag.self_closing) foreign_.push_back(tag.name);
      return false;
    }
    return true;
  }

 private:
  bool Lose() {
    lost_ = true;
    return false;
  }

  // An end tag closes the nearest open foreign element of its name; one
  // that names none may close HTML elements around the svg, or nothing.
  bool FollowEnd(const TagToken& tag) {
    if (foreign_.empty()) {
      if (in_select_ && IsTablePart(tag.name)) return Lose();
      if (tag.name == "select") in_select_ = false;
      return false;
    }
    // gumbo 0.10 leaves the svg open at "</svg >" or "</svg x>".
    if (!tag.bare) return Lose();
    for (std::size_t open = foreign_.size(); open-- > 0;) {
      if (foreign_[open] == tag.name) {
        foreign_.resize(open);
        return false;
      }
    }
    return Lose();
  }

  bool FollowForeignStart(const TagToken& tag) {
    if (IsIntegrationPoint(foreign_.back())) return Lose();
    if (LeavesForeignContent(tag)) {
      for (const std::string& open : foreign_) {
        if (IsIntegrationPoint(open)) return Lose();
      }
      foreign_.clear();  // none of these tags is a raw-text one
      return false;
    }
    if (!tag.self_closing) foreign_.push_back(tag.name);
    return false;
  }

  std::vector<std::string> foreign_;  // open foreign elements, outermost first
  bool in_select_ = false;
  bool lost_ = false;
};

// True when gumbo would copy `body` into one text node byte for byte: it
// replaces invalid UTF-8, NUL and control characters, turns CR into LF, and
// makes an all-whitespace body a whitespace node.
bool GumboKeepsVerbatim(std::string_view body) {
  bool has_text = false;
  for (std::size_t i = 0; i < body.size();) {
    const auto byte = static_cast<unsigned char>(body[i]);
    if (byte < 0x80) {
      if (byte < 0x20 && byte != '\n' && byte != '\t') return false;
      if (byte == 0x7F) return false;
      has_text = has_text || !IsSpace(static_cast<char>(byte));
      ++i;
      continue;
    }
    const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0;
    if (length == 0 || byte > 0xF4 || body.size() - i < length) return false;
    char32_t code = byte & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(body[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    const char32_t shortest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < shortest[length] || code < 0xA0 || code > 0x10FFFF) return false;
    if ((code >= 0xD800 && code <= 0xDFFF) || (code >= 0xFDD0 && code <= 0xFDEF)) return false;
    if ((code & 0xFFFE) == 0xFFFE) return false;
    has_text = true;
    i += length;
  }
  return has_text;
}

}  // namespace

bool IsJsonScriptType(std::string_view type) {
  for (std::size_t i = 0; i + 4 <= type.size(); ++i) {
    if (HasWordAt(type, i, "json")) return true;
  }
  return false;
}

StrippedPage StripScriptBodies(std::string_view html) {
  StrippedPage page;
  std::string& out = page.html;
  out.reserve(html.size());
  std::size_t copied = 0;  // html[copied, ...) is not in `out` yet
  TreeState state;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != kNpos && i + 1 < html.size()) {
    const char next = html[i + 1];
    if (HasWordAt(html, i, "<!--")) {
      i = CommentEnd(html, i);
      continue;
    }
    if (state.in_foreign_content() && html.compare(i, 9, "<![CDATA[") == 0) {
      i = After(html, i + 9, "]]>");
      continue;
    }
    // gumbo 0.10 mishandles the end tag after "</>" (a "</svg>" there does
    // not close the svg), so its tree no longer follows the rules here.
    if (HasWordAt(html, i, "</>")) break;
    if (next == '!' || next == '?' ||
        (next == '/' && !(i + 2 < html.size() && IsAlpha(html[i + 2])))) {
      i = After(html, i + 2, ">");  // doctype, bogus comment
      continue;
    }
    if (!IsAlpha(next) && next != '/') {
      ++i;  // a '<' that is text
      continue;
    }
    const TagToken tag = ReadTag(html, i);
    i = tag.next;
    const bool html_rules = state.Follow(tag);
    if (state.lost()) break;
    if (!html_rules) continue;
    if (tag.name == "script") {
      const std::size_t body_end = ScriptBodyEnd(html, i);
      const std::string_view body = html.substr(i, body_end - i);
      const bool is_json = IsJsonScriptType(tag.type);
      if (!is_json || GumboKeepsVerbatim(body)) {
        out.append(html.substr(copied, i - copied));
        copied = body_end;
        if (is_json) page.json_bodies.push_back({out.size(), body});
      }
      i = body_end;
    } else if (tag.name == "style") {
      const std::size_t body_end = RawTextEnd(html, i, tag.name);
      out.append(html.substr(copied, i - copied));
      copied = body_end;
      i = body_end;
    } else if (IsOneOf(tag.name, {"title", "textarea", "xmp", "iframe", "noembed", "noframes"})) {
      i = RawTextEnd(html, i, tag.name);
    }
  }
  out.append(html.substr(copied));
  return page;
}

}  // namespace jobpipe::html
