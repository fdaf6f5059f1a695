#include "app/tracker/text_width.h"

#include "core/text/utf8.h"

namespace jobpipe::tracker {
namespace {

int Columns(char32_t c) {
  if (c >= 0x300 && c <= 0x36F) return 0;  // combining accents
  bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
              (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
              (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
              (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
              (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

}  // namespace

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t at = 0; at < text.size();) {
    const auto [point, length] = textkit::DecodeAt(text, at);
    width += static_cast<std::size_t>(Columns(point));
    at += length;
  }
  return width;
}

std::string TruncateToWidth(std::string_view text, std::size_t width) {
  if (DisplayWidth(text) <= width) return std::string(text);
  if (width == 0) return "";
  std::string out;
  std::size_t used = 0;
  for (std::size_t at = 0; at < text.size();) {
    const auto [point, length] = textkit::DecodeAt(text, at);
    std::size_t columns = static_cast<std::size_t>(Columns(point));
    if (used + columns > width - 1) break;  // one column for the ellipsis
    out.append(text.substr(at, length));
    used += columns;
    at += length;
  }
  return out + "\xE2\x80\xA6";  // …
}

}  // namespace jobpipe::tracker
