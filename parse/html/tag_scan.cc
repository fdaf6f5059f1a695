#include "parse/html/tag_scan.h"

#include <initializer_list>

#include "core/text/ascii.h"

namespace jobpipe::html::scan {
namespace {

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

}  // namespace

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view candidate : names) {
    if (name == candidate) return true;
  }
  return false;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool HasWordAt(std::string_view text, std::size_t at, std::string_view word) {
  if (at > text.size() || text.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (textkit::AsciiLower(text[at + i]) != word[i]) return false;
  }
  return true;
}

TagToken ReadTag(std::string_view text, std::size_t at) {
  TagToken tag;
  std::size_t i = at + 1;
  if (text[i] == '/') tag.is_end = true, ++i;
  for (; i < text.size() && !IsSpace(text[i]) && text[i] != '/' && text[i] != '>'; ++i) {
    tag.name.push_back(textkit::AsciiLower(text[i]));
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
          const std::size_t end = close == std::string_view::npos ? text.size() : close;
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

bool TreeState::Follow(const TagToken& tag) {
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

bool TreeState::Lose() {
  lost_ = true;
  return false;
}

// An end tag closes the nearest open foreign element of its name; one
// that names none may close HTML elements around the svg, or nothing.
bool TreeState::FollowEnd(const TagToken& tag) {
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

bool TreeState::FollowForeignStart(const TagToken& tag) {
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

}  // namespace jobpipe::html::scan
