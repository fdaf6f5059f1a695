#include "parse/html/text_folding.h"

namespace jobpipe::html {
namespace {

enum class Kind { kVisible, kSpace, kInvisible };

// Classifies the character starting at text[i] and sets `length` to its byte
// length. Only the few multi-byte sequences that matter are recognized; any
// other byte is visible and copied through unchanged.
Kind Classify(std::string_view text, std::size_t i, std::size_t& length) {
  const auto c = static_cast<unsigned char>(text[i]);
  length = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return Kind::kSpace;
  if (c < 0xC2) return Kind::kVisible;
  const auto next = [&](std::size_t k) -> unsigned char {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
  };
  if (c == 0xC2) {
    if (next(1) == 0xA0) return length = 2, Kind::kSpace;      // no-break space
    if (next(1) == 0xAD) return length = 2, Kind::kInvisible;  // soft hyphen
    return Kind::kVisible;
  }
  if (c == 0xE2 && next(1) == 0x80) {
    const unsigned char d = next(2);
    if (d <= 0x8A || d == 0xA8 || d == 0xA9 || d == 0xAF) return length = 3, Kind::kSpace;
    if (d >= 0x8B && d <= 0x8D) return length = 3, Kind::kInvisible;  // ZWSP, ZWNJ, ZWJ
    return Kind::kVisible;
  }
  if (c == 0xE2 && next(1) == 0x81) {
    if (next(2) == 0x9F) return length = 3, Kind::kSpace;      // medium math space
    if (next(2) == 0xA0) return length = 3, Kind::kInvisible;  // word joiner
    return Kind::kVisible;
  }
  if (c == 0xE3 && next(1) == 0x80 && next(2) == 0x80) return length = 3, Kind::kSpace;
  if (c == 0xEF && next(1) == 0xBB && next(2) == 0xBF) return length = 3, Kind::kInvisible;
  return Kind::kVisible;
}

}  // namespace

std::size_t AppendFolded(std::string& out, std::string_view text) {
  std::size_t visible = 0;
  bool pending_space = !out.empty() && out.back() == ' ';
  if (pending_space) out.pop_back();
  std::size_t i = 0;
  while (i < text.size()) {
    // Fast path: a run of plain visible ASCII is copied in one go.
    std::size_t run = i;
    while (run < text.size()) {
      const auto c = static_cast<unsigned char>(text[run]);
      if (c <= ' ' || c >= 0xC2) break;
      ++run;
    }
    if (run > i) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.append(text.data() + i, run - i);
      visible += run - i;
      i = run;
      continue;
    }
    std::size_t length = 1;
    switch (Classify(text, i, length)) {
      case Kind::kSpace:
        pending_space = true;
        break;
      case Kind::kInvisible:
        break;
      case Kind::kVisible:
        if (pending_space && !out.empty()) out.push_back(' ');
        pending_space = false;
        out.append(text.data() + i, length);
        visible += length;
        break;
    }
    i += length;
  }
  // Keep one trailing space so the next append knows words were separated.
  if (pending_space && !out.empty()) out.push_back(' ');
  return visible;
}

std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFolded(out, text);
  TrimRight(out);
  return out;
}

void TrimRight(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
}

std::string AsciiLowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<std::string> NonEmpty(std::string text) {
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace jobpipe::html
