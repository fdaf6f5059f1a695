// Pictographs and the characters that build emoji out of them: what
// postings decorate lines and headings with ("💰 65k", "📍 Berlin", "✅").
#pragma once

namespace jobpipe::textkit {

/// Pictographs, dingbats and miscellaneous symbols, and the three
/// characters that join or modify them (variation selector 16, zero-width
/// joiner, combining keycap): decoration that carries no fact.
constexpr bool IsPictograph(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || c == 0xFE0F || c == 0x200D || c == 0x20E3;
}

/// IsPictograph and the symbols a line may start with in their place
/// (arrows, technical symbols, geometric shapes, text presentation
/// selector, tag characters of flag sequences, wavy dash): what a line
/// starting with an emoji starts with.
constexpr bool IsEmojiPart(char32_t c) {
  return IsPictograph(c) || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2300 && c <= 0x23FF) ||
         (c >= 0x25A0 && c <= 0x25FF) || (c >= 0x2900 && c <= 0x297F) || c == 0xFE0E ||
         (c >= 0xE0020 && c <= 0xE007F) || c == 0x3030 || c == 0x303D;
}

}  // namespace jobpipe::textkit
