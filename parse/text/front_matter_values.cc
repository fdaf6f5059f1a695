#include "parse/text/front_matter_values.h"

#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The body of a double-quoted string (without its quotes), escapes decoded.
std::string DecodeDoubleQuoted(std::string_view body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] != '\\' || i + 1 >= body.size()) {
      out += body[i];
      continue;
    }
    const char escape = body[++i];
    switch (escape) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': break;
      case 'u':
      case 'U': {
        const std::size_t digits = escape == 'u' ? 4 : 8;
        char32_t value = 0;
        std::size_t used = 0;
        while (used < digits && i + 1 + used < body.size() && HexDigit(body[i + 1 + used]) >= 0) {
          value = value * 16 + static_cast<char32_t>(HexDigit(body[i + 1 + used]));
          ++used;
        }
        if (used == digits) {
          AppendUtf8(out, value);
          i += used;
        } else {
          out += '\\';
          out += escape;
        }
        break;
      }
      default: out += escape;  // \" \\ \/ and the rest: the character itself
    }
  }
  return out;
}

// End of the quoted string starting at text[at] (the closing quote), or npos.
std::size_t QuoteEnd(std::string_view text, std::size_t at) {
  const char quote = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
      continue;
    }
    if (text[i] == quote) {
      // YAML doubles a single quote to escape it.
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string UnquoteScalar(std::string_view value) {
  value = Trim(value);
  if (value.empty()) return {};
  if (value[0] == '"' || value[0] == '\'') {
    const std::size_t end = QuoteEnd(value, 0);
    const std::string_view body =
        value.substr(1, (end == std::string_view::npos ? value.size() : end) - 1);
    if (value[0] == '"') return std::string(Trim(DecodeDoubleQuoted(body)));
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
      out += body[i];
      if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;
    }
    return std::string(Trim(out));
  }
  const std::size_t comment = value.find(" #");
  if (comment != std::string_view::npos) value = value.substr(0, comment);
  return std::string(Trim(value));
}

std::vector<std::string> ParseInlineArray(std::string_view value) {
  std::vector<std::string> items;
  value = Trim(value);
  if (value.empty() || value[0] != '[') return items;
  std::size_t start = 1;
  int depth = 0;
  for (std::size_t i = 1; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '"' || c == '\'') {
      const std::size_t end = QuoteEnd(value, i);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      continue;
    }
    if ((c == ',' || c == ']') && depth == 0) {
      std::string item = UnquoteScalar(value.substr(start, i - start));
      if (!item.empty()) items.push_back(std::move(item));
      start = i + 1;
      if (c == ']') break;
    }
  }
  return items;
}

bool ArrayIsClosed(std::string_view text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"' || c == '\'') {
      const std::size_t end = QuoteEnd(text, i);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      const std::size_t newline = text.find('\n', i);
      if (newline == std::string_view::npos) break;
      i = newline;
    } else if (c == '[') {
      ++depth;
    } else if (c == ']') {
      --depth;
    }
  }
  return depth <= 0;
}

}  // namespace jobpipe::text
