// Which scripts a code point belongs to, as far as word splitting cares:
// scripts written without spaces between words, Hangul (spaced words above
// U+2000), fullwidth ASCII, apostrophes.
#pragma once

namespace jobpipe::textkit {

/// Han, kana, Thai, Lao, Khmer and Myanmar: no spaces between words, so
/// each character counts as a word of its own.
constexpr bool IsUnspacedScript(char32_t c) {
  return (c >= 0x0E00 && c <= 0x0EFF) ||  // Thai, Lao
         (c >= 0x1000 && c <= 0x109F) ||  // Myanmar
         (c >= 0x1780 && c <= 0x17FF) ||  // Khmer
         (c >= 0x3041 && c <= 0x30FF) ||  // hiragana, katakana (with the long-vowel mark)
         (c >= 0x3400 && c <= 0x4DBF) ||  // CJK extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||  // CJK unified ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||  // CJK compatibility ideographs
         (c >= 0xFF66 && c <= 0xFF9F) ||  // half-width katakana
         (c >= 0x20000 && c <= 0x3FFFF);  // CJK extensions B and later
}

/// Hangul syllables and jamo: letters above U+2000 of a script that spaces
/// its words.
constexpr bool IsHangul(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3131 && c <= 0x318E);
}

/// Fullwidth digits and Latin letters ("ＡＷＳ", "１").
constexpr bool IsFullwidthAlnum(char32_t c) {
  return (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A);
}

/// Fullwidth ASCII (U+FF01-U+FF5E) as the ASCII it stands for; other code
/// points as they are.
constexpr char32_t NarrowFullwidth(char32_t c) {
  return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
}

/// The apostrophes that join a word ("you'll", "O’Neil", "Mykolaivʼ").
constexpr bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BC;
}

}  // namespace jobpipe::textkit
