#include "core/text/regex_fold.h"

#include <string>

#include "core/text/ascii.h"

namespace jobpipe::textkit {

bool ContainsAnyFolded(std::string_view text, std::span<const std::string_view> keywords) {
  std::string folded;
  if (text.find(kKelvinSign) == std::string_view::npos &&
      text.find(kLongS) == std::string_view::npos) {
    folded = AsciiLower(text);  // what the loop below gives, without its per-character calls
  } else {
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
      auto [c, length] = FoldedAsciiAt(text, i);
      folded += c;
      i += length;
    }
  }
  for (std::string_view keyword : keywords) {
    if (folded.find(keyword) != std::string::npos) return true;
  }
  return false;
}

}  // namespace jobpipe::textkit
