#include "core/text/match_fold.h"

#include "core/text/letter_case.h"
#include "core/text/scripts.h"
#include "core/text/transliterate.h"
#include "core/text/utf8.h"

namespace jobpipe::textkit {
namespace {

// What a code point becomes in folded text: letters and digits as ASCII
// (other scripts kept as written), "" for marks that vanish, " " for
// everything else.
std::string FoldCodePoint(char32_t cp, std::string_view original) {
  if (IsApostrophe(cp)) return "";
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    if (IsAsciiAlnum(cp)) return std::string(1, AsciiLower(c));
    return " ";
  }
  if (cp >= 0x300 && cp <= 0x36F) return "";  // combining accents
  // Latin-1 and Latin Extended-A letters, and Romanian's comma-below s
  // and t (the Latin-1 signs and symbols separate words).
  if ((cp >= 0xC0 && cp <= 0x17F) || (cp >= 0x218 && cp <= 0x21B)) {
    const std::string_view ascii = TransliterateToAscii(cp, LatinLetters::kWesternLatin);
    return ascii.empty() ? " " : std::string(ascii);
  }
  // Greek and Cyrillic capitals fold to their small letters, so "ОБЯЗАННОСТИ"
  // and "Обязанности" match one phrase.
  if (cp >= 0x386 && cp <= 0x3CE) return EncodeUtf8(FoldGreek(cp));
  // Russian writes ё as е as often as not ("ждём", "ждем"): one spelling.
  if (cp == 0x401 || cp == 0x451) return EncodeUtf8(0x435);
  if (cp >= 0x400 && cp <= 0x42F) return EncodeUtf8(LowerCyrillic(cp));
  // Scripts written without spaces between words: each character is a word
  // of its own, in the lexicon as in the text, so a phrase matches inside a
  // run of them ("岗位职责" in "【岗位职责】如下").
  if (IsUnspacedScript(cp)) return std::string(original);
  // Full-width ASCII ("ＡＷＳ", "１．") folds as ASCII.
  if (cp >= 0xFF01 && cp <= 0xFF5E) return FoldCodePoint(NarrowFullwidth(cp), "");
  // Other letters (Hebrew, Arabic, Devanagari, Hangul, phonetic) stay;
  // punctuation, symbols and emoji (the Latin-1 symbols, U+2000..U+2FFF,
  // CJK punctuation) separate words.
  if (cp >= 0x180 && cp < 0x2000) return std::string(original);
  if (IsHangul(cp)) return std::string(original);
  return " ";
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    // ASCII other than the apostrophe (most of any posting) folds as in
    // FoldCodePoint, without building a piece.
    const char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80 && c != '\'') {
      ++pos;
      if (IsAsciiAlnum(static_cast<char32_t>(c))) {
        folded += AsciiLower(c);
      } else if (!folded.empty() && folded.back() != ' ') {
        folded += ' ';
      }
      continue;
    }
    const CodePoint point = DecodeAt(text, pos);
    const char32_t cp = point.value;
    const std::string piece = FoldCodePoint(cp, text.substr(pos, point.length));
    pos += point.length;
    bool separates = piece == " ";
    // French and Italian elision ("l'égalité", "d'expérience", "qu'il")
    // separates words; an English contraction ("you'll") joins them.
    if (IsApostrophe(cp)) {
      const std::size_t word_start = folded.rfind(' ');
      const std::string_view word =
          std::string_view(folded).substr(word_start == std::string::npos ? 0 : word_start + 1);
      if (word.size() == 1 || word == "qu") separates = true;
    }
    if (separates) {
      if (!folded.empty() && folded.back() != ' ') folded += ' ';
    } else if (IsUnspacedScript(cp)) {
      // A word of its own: spaces around it, never two in a row.
      if (!folded.empty() && folded.back() != ' ') folded += ' ';
      folded += piece;
      folded += ' ';
    } else {
      folded += piece;
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

bool ContainsPhrase(std::string_view folded, std::string_view phrase, bool at_start) {
  if (phrase.empty() || phrase.size() > folded.size()) return false;
  const auto boundary_after = [&](std::size_t end) {
    return end == folded.size() || folded[end] == ' ';
  };
  if (at_start) return folded.substr(0, phrase.size()) == phrase && boundary_after(phrase.size());
  for (std::size_t at = folded.find(phrase); at != std::string_view::npos;
       at = folded.find(phrase, at + 1)) {
    if ((at == 0 || folded[at - 1] == ' ') && boundary_after(at + phrase.size())) return true;
  }
  return false;
}

}  // namespace jobpipe::textkit
