#include "core/text/words.h"

#include "core/text/ascii.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::textkit {

int CountWords(std::string_view text, int limit) {
  int count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = IsAsciiSpace(c);
    if (!space && !in_word && ++count > limit) return count;
    in_word = !space;
  }
  return count;
}

std::size_t CountLetterWords(std::string_view text, std::size_t limit) {
  std::size_t words = 0;
  bool counted = false;
  for (std::size_t i = 0; i < text.size();) {
    const CodePoint point = DecodeAt(text, i);
    if (IsSpace(point.value)) {
      counted = false;
    } else if (!counted && IsAlnum(point.value)) {
      if (words == limit) return limit + 1;
      ++words;
      counted = true;
    }
    i += point.length;
  }
  return words;
}

std::vector<std::string_view> SplitOn(std::string_view text, char separator) {
  return SplitOn(text, std::string_view(&separator, 1));
}

std::vector<std::string_view> SplitOn(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(separator, start)) != std::string_view::npos;
       start = at + separator.size()) {
    parts.push_back(text.substr(start, at - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::string_view line : SplitOn(text, '\n')) {
    line = Trim(line);
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace jobpipe::textkit
