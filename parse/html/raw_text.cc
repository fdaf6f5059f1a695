// The scan follows the WHATWG tokenizer's states only as far as needed to
// know where every tag starts and ends; the rest of the bytes are skipped
// with find() (parse/html/tag_scan.h reads the tags). Section names below
// are the specification's.
#include "parse/html/raw_text.h"

#include <cstddef>

#include "parse/html/tag_scan.h"

namespace jobpipe::html {
namespace {

using scan::HasWordAt;
using scan::IsAlpha;
using scan::IsOneOf;
using scan::IsSpace;

constexpr std::size_t kNpos = std::string_view::npos;

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
  scan::TreeState state;
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
    const scan::TagToken tag = scan::ReadTag(html, i);
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