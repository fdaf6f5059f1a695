#include "export/markdown_escape.h"

#include <cctype>

namespace jobpipe {
namespace {

// "1." or "1)" (up to 9 digits, as CommonMark's ordered list markers).
bool StartsWithOrderedMarker(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 9 && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  return i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')');
}

bool NeedsEscape(std::string_view line) {
  if (line.empty()) return false;
  switch (line[0]) {
    case '#': case '-': case '+': case '*': case '>': case '<': case '`': case '~':
    case '=': case '|': case '_': case '\\':
      return true;
    default:
      return StartsWithOrderedMarker(line);
  }
}

// `c` between `before` and `after` ('\0' at the line's end) opens inline
// markup a markdown viewer obeys: "(" right after "]" ("[x](javascript:..)",
// a live link) or "<" before a letter, "/", "!" or "?" (an autolink
// "<javascript:...>", raw HTML "<img onerror=...>"). At a line's first
// character the line-start escape already covers "<".
bool OpensInlineMarkup(char before, char c, char after) {
  if (c == '(') return before == ']';
  return c == '<' && (std::isalpha(static_cast<unsigned char>(after)) || after == '/' || after == '!' ||
                      after == '?');
}

std::string EscapeLineStart(std::string_view line) {
  if (!NeedsEscape(line)) return std::string(line);
  if (StartsWithOrderedMarker(line)) {
    // "2024. A year" -> "2024\. A year": escape the marker's punctuation.
    std::size_t i = 0;
    while (std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
    std::string escaped(line.substr(0, i));
    escaped += '\\';
    escaped += line.substr(i);
    return escaped;
  }
  std::string escaped(1, '\\');
  escaped += line;
  return escaped;
}

std::string UnescapeLineStart(std::string_view line) {
  if (line.size() >= 2 && line[0] == '\\' && NeedsEscape(line.substr(1))) {
    return std::string(line.substr(1));
  }
  std::size_t i = 0;
  while (i < line.size() && i < 9 && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i > 0 && i + 1 < line.size() && line[i] == '\\' && (line[i + 1] == '.' || line[i + 1] == ')')) {
    return std::string(line.substr(0, i)) + std::string(line.substr(i + 1));
  }
  return std::string(line);
}

}  // namespace

std::string EscapeMarkdownLine(std::string_view line) {
  std::string inline_escaped;
  inline_escaped.reserve(line.size());
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char after = i + 1 < line.size() ? line[i + 1] : '\0';
    if (i > 0 && OpensInlineMarkup(line[i - 1], line[i], after)) inline_escaped += '\\';
    inline_escaped += line[i];
  }
  return EscapeLineStart(inline_escaped);
}

std::string UnescapeMarkdownLine(std::string_view line) {
  const std::string text = UnescapeLineStart(line);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Drops the backslash EscapeMarkdownLine put before inline markup.
    if (text[i] == '\\' && !out.empty() && i + 1 < text.size()) {
      const char after = i + 2 < text.size() ? text[i + 2] : '\0';
      if (OpensInlineMarkup(out.back(), text[i + 1], after)) continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace jobpipe
