#include "parse/jsonld/repair.h"

#include <cstdio>

#include "parse/html/gumbo_dom.h"

namespace jobpipe::jsonld {
namespace {

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && static_cast<unsigned char>(text.front()) <= ' ') text.remove_prefix(1);
  while (!text.empty() && static_cast<unsigned char>(text.back()) <= ' ') text.remove_suffix(1);
  return text;
}

// Removes one wrapper such as "<!--" ... "-->" or "<![CDATA[" ... "]]>",
// also in the "//<![CDATA[" form scripts use.
std::string_view Unwrapped(std::string_view text) {
  struct Wrapper {
    std::string_view open, close;
  };
  static constexpr Wrapper kWrappers[] = {
      {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}, {"<!--", "-->"}};
  bool changed = true;
  while (changed) {
    changed = false;
    text = Trimmed(text);
    for (const Wrapper& wrapper : kWrappers) {
      if (text.substr(0, wrapper.open.size()) == wrapper.open) {
        text.remove_prefix(wrapper.open.size());
        changed = true;
      }
      text = Trimmed(text);
      if (text.size() >= wrapper.close.size() &&
          text.substr(text.size() - wrapper.close.size()) == wrapper.close) {
        text.remove_suffix(wrapper.close.size());
        changed = true;
      }
    }
  }
  return text;
}

bool IsValidEscape(char c) {
  switch (c) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't': case 'u':
      return true;
    default:
      return false;
  }
}

void DropTrailingComma(std::string& out) {
  std::size_t end = out.size();
  while (end > 0 && static_cast<unsigned char>(out[end - 1]) <= ' ') --end;
  if (end > 0 && out[end - 1] == ',') out.erase(end - 1, 1);
}

class Splitter {
 public:
  std::vector<std::string> Run(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (in_string_) {
        InString(text, i);
        continue;
      }
      if (c == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')) {
        i = SkipComment(text, i);
        continue;
      }
      if (closers_.empty() && c != '{' && c != '[') continue;  // junk between values
      if (c == '"') {
        in_string_ = true;
        current_.push_back(c);
      } else if (c == '{' || c == '[') {
        closers_.push_back(c == '{' ? '}' : ']');
        current_.push_back(c);
      } else if (c == '}' || c == ']') {
        DropTrailingComma(current_);
        current_.push_back(closers_.back());  // a mismatched closer is corrected
        closers_.pop_back();
        if (closers_.empty()) Finish();
      } else {
        current_.push_back(c);
      }
    }
    if (!closers_.empty()) {  // cut off: close what is open
      if (in_string_) current_.push_back('"');
      while (!closers_.empty()) {
        DropTrailingComma(current_);
        current_.push_back(closers_.back());
        closers_.pop_back();
      }
      Finish();
    }
    return std::move(values_);
  }

 private:
  void InString(std::string_view text, std::size_t& i) {
    const char c = text[i];
    if (c == '\\') {
      if (i + 1 < text.size() && IsValidEscape(text[i + 1])) {
        current_.push_back(c);
        current_.push_back(text[++i]);
      }
      return;  // an invalid escape like \' keeps only the character after it
    }
    if (c == '"') {
      in_string_ = false;
      current_.push_back(c);
      return;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20) {
      current_.push_back(c);
    } else if (c == '\n') {
      current_ += "\\n";
    } else if (c == '\t') {
      current_ += "\\t";
    } else if (c == '\r') {
      current_ += "\\r";
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
      current_ += escaped;
    }
  }

  std::size_t SkipComment(std::string_view text, std::size_t i) {
    if (text[i + 1] == '/') {
      const std::size_t end = text.find('\n', i);
      return end == std::string_view::npos ? text.size() : end;
    }
    const std::size_t end = text.find("*/", i + 2);
    return end == std::string_view::npos ? text.size() : end + 1;
  }

  void Finish() {
    values_.push_back(std::move(current_));
    current_.clear();
  }

  std::vector<std::string> values_;
  std::string current_;
  std::vector<char> closers_;
  bool in_string_ = false;
};

}  // namespace

std::vector<std::string> SplitAndRepair(std::string_view script) {
  std::string_view text = Unwrapped(script);
  // Entity-escaped JSON ({&quot;title&quot;: ...) has no real quotes at all.
  std::string decoded;
  if (text.find('"') == std::string_view::npos && text.find("&quot;") != std::string_view::npos) {
    decoded = html::DecodeEntities(text);
    text = decoded;
  }
  return Splitter().Run(text);
}

}  // namespace jobpipe::jsonld
