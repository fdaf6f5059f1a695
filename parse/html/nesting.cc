#include "parse/html/nesting.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <vector>

#include "core/text/ascii.h"

namespace jobpipe::html {
namespace {

bool IsNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':'; }

std::string LowerName(std::string_view html, std::size_t begin, std::size_t* end) {
  std::size_t i = begin;
  while (i < html.size() && IsNameChar(html[i])) ++i;
  *end = i;
  std::string name(html.substr(begin, i - begin));
  for (char& c : name) c = textkit::AsciiLower(c);
  return name;
}

bool IsVoid(const std::string& name) {
  static const char* const kVoid[] = {"area", "base",  "br",   "col",    "embed", "hr",  "img",
                                      "input", "link", "meta", "param", "source", "track", "wbr"};
  return std::any_of(std::begin(kVoid), std::end(kVoid), [&](const char* v) { return name == v; });
}

bool IsRawText(const std::string& name) {
  static const char* const kRaw[] = {"script", "style", "textarea", "title", "xmp",
                                     "iframe", "noembed", "noframes"};
  return std::any_of(std::begin(kRaw), std::end(kRaw), [&](const char* v) { return name == v; });
}

// Elements whose end tag may be left out: a new one closes the open one.
bool EndsItsLikeImplicitly(const std::string& name) {
  static const char* const kOptionalEnd[] = {"p", "li", "dt", "dd", "option", "tr", "td", "th"};
  return std::any_of(std::begin(kOptionalEnd), std::end(kOptionalEnd),
                     [&](const char* v) { return name == v; });
}

// The formatting elements of the HTML parsing algorithm: gumbo keeps them in
// its list of active formatting elements, and while one is open it looks up
// that element's depth in the stack of open elements for every character
// of text (gumbo_vector_index_of scans from the bottom).
bool IsFormatting(const std::string& name) {
  static const char* const kFormatting[] = {"a",  "b",      "big", "code",   "em", "font", "i",
                                            "nobr", "s", "small", "strike", "strong", "tt", "u"};
  return std::any_of(std::begin(kFormatting), std::end(kFormatting),
                     [&](const char* v) { return name == v; });
}

// End of the tag starting at html[i] == '<' (one past its '>'), quotes respected.
std::size_t TagEnd(std::string_view html, std::size_t i) {
  char quote = 0;
  for (++i; i < html.size(); ++i) {
    char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

}  // namespace

std::string_view BoundHtmlNesting(std::string_view html, std::string* storage) {
  std::vector<std::string> open;                  // the open elements, as far as a scan can tell
  std::unordered_map<std::string, int> open_count;  // how many of each name are open
  bool copied = false;  // a tag was blanked: html is *storage
  // Overwrites the tag html[begin, end) with one gumbo reads as nothing:
  // "</>" is ignored, "</ ...>" is a comment (dropped from our tree). Spaces
  // would be text, and gumbo works per character of text as deep as the
  // last open formatting element: 160,000 blanked tags took seconds.
  auto blank = [&](std::size_t begin, std::size_t end) {
    if (!copied) {
      storage->assign(html);
      copied = true;
      html = *storage;
    }
    std::fill(storage->begin() + static_cast<std::ptrdiff_t>(begin),
              storage->begin() + static_cast<std::ptrdiff_t>(end), ' ');
    (*storage)[begin] = '<';
    (*storage)[begin + 1] = '/';
    (*storage)[end - 1] = '>';
  };
  auto close_down_to = [&](std::vector<std::string>::iterator first) {
    for (auto it = first; it != open.end(); ++it) --open_count[*it];
    open.erase(first, open.end());
  };
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      std::size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t name_begin = i + (closing ? 2 : 1);
    if (name_begin >= html.size() || !std::isalpha(static_cast<unsigned char>(html[name_begin]))) {
      i = TagEnd(html, i);
      continue;
    }
    std::size_t name_end = 0;
    std::string name = LowerName(html, name_begin, &name_end);
    const std::size_t end = TagEnd(html, i);
    if (closing) {
      // Once start tags were blanked, an end tag of nothing open (theirs)
      // goes too: gumbo would look for its element down the whole stack.
      // ("</p>" and "</br>" make elements of their own: they stay.)
      if (open_count[name] == 0) {
        if (copied && html[end - 1] == '>' && name != "p" && name != "br") blank(i, end);
      } else {
        close_down_to(std::prev(std::find(open.rbegin(), open.rend(), name).base()));
      }
      i = end;
      continue;
    }
    const bool self_closing = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
    if (IsRawText(name)) {
      // Not closed: npos, and the scan ends.
      i = textkit::FindAsciiCaseless(html, "</" + name, end);
      continue;
    }
    if (IsVoid(name) || self_closing) {
      i = end;
      continue;
    }
    // At the bound even an <li> that would only replace the open <li> is
    // blanked: gumbo looks for a <p> down the whole stack (button scope)
    // for each one, so 90,000 of them at depth 20,480 took 10 s.
    const int limit = IsFormatting(name) ? kMaxFormattingDepth : kMaxHtmlNesting;
    if (static_cast<int>(open.size()) >= limit && html[end - 1] == '>') {
      blank(i, end);
      i = end;
      continue;
    }
    if (!open.empty() && open.back() == name && EndsItsLikeImplicitly(name)) close_down_to(open.end() - 1);
    ++open_count[name];
    open.push_back(std::move(name));
    i = end;
  }
  return html;
}

}  // namespace jobpipe::html
