#include "normalize/sections/section_text.h"

#include <array>
#include <cstdint>

#include "core/byte_scan.h"

namespace jobpipe::sections {
namespace {

// Decodes one UTF-8 sequence at text[*pos] and advances *pos; invalid
// bytes come back as U+FFFD one byte at a time (input is valid UTF-8 after
// ingest, but a stage must not trust that).
char32_t NextCodepoint(std::string_view text, size_t* pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(*pos);
  int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || *pos + length > text.size()) {
    ++*pos;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) {
    unsigned char next = byte(*pos + i);
    if ((next >> 6) != 0x2) {
      ++*pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (next & 0x3F);
  }
  *pos += length;
  return cp;
}

// ASCII spelling of Latin-1 letters U+00C0..U+00FF ("" = not a letter).
constexpr std::array<const char*, 64> kLatin1Fold = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// ASCII spelling of Latin Extended-A letters (U+0100..U+017F), by range.
struct FoldRange {
  char32_t last;
  const char* ascii;
};
constexpr std::array<FoldRange, 22> kLatinExtendedAFold = {{
    {0x105, "a"}, {0x10D, "c"}, {0x111, "d"}, {0x11B, "e"}, {0x123, "g"}, {0x127, "h"},
    {0x131, "i"}, {0x133, "ij"}, {0x135, "j"}, {0x138, "k"}, {0x142, "l"}, {0x14B, "n"},
    {0x151, "o"}, {0x153, "oe"}, {0x159, "r"}, {0x161, "s"}, {0x167, "t"}, {0x173, "u"},
    {0x175, "w"}, {0x178, "y"}, {0x17E, "z"}, {0x17F, "s"},
}};

std::string Utf8Of(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Greek without case or tonos, final sigma as sigma.
std::string FoldGreek(char32_t cp) {
  switch (cp) {
    case 0x386: case 0x3AC: return Utf8Of(0x3B1);
    case 0x388: case 0x3AD: return Utf8Of(0x3B5);
    case 0x389: case 0x3AE: return Utf8Of(0x3B7);
    case 0x38A: case 0x3AF: case 0x3CA: case 0x390: return Utf8Of(0x3B9);
    case 0x38C: case 0x3CC: return Utf8Of(0x3BF);
    case 0x38E: case 0x3CD: case 0x3CB: case 0x3B0: return Utf8Of(0x3C5);
    case 0x38F: case 0x3CE: return Utf8Of(0x3C9);
    case 0x3C2: return Utf8Of(0x3C3);
    default: break;
  }
  if (cp >= 0x391 && cp <= 0x3A9) return Utf8Of(cp + 0x20);
  return Utf8Of(cp);
}

// Han, kana, Thai, Lao, Khmer and Myanmar: no spaces between words.
bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x0E00 && cp <= 0x0EFF) ||    // Thai, Lao
         (cp >= 0x1000 && cp <= 0x109F) ||    // Myanmar
         (cp >= 0x1780 && cp <= 0x17FF) ||    // Khmer
         (cp >= 0x3041 && cp <= 0x30FF) ||    // hiragana, katakana (with the long-vowel mark)
         (cp >= 0x3400 && cp <= 0x4DBF) ||    // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // CJK compatibility ideographs
         (cp >= 0xFF66 && cp <= 0xFF9F) ||    // half-width katakana
         (cp >= 0x20000 && cp <= 0x3FFFF);    // CJK extensions B and later
}

bool IsFullWidthAlnum(char32_t cp) {
  return (cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
}

// Letters of spaced scripts above U+2000: Hangul (words are spaced).
bool IsSpacedLetter(char32_t cp) {
  return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x3131 && cp <= 0x318E);
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x2BC; }

// What a codepoint becomes in folded text: letters and digits as ASCII
// (other scripts kept as written), "" for marks that vanish, " " for
// everything else.
std::string FoldCodepoint(char32_t cp, std::string_view original) {
  if (IsApostrophe(cp)) return "";
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
    return " ";
  }
  if (cp >= 0x300 && cp <= 0x36F) return "";
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char* ascii = kLatin1Fold[cp - 0xC0];
    return *ascii ? ascii : " ";
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    for (const FoldRange& range : kLatinExtendedAFold) {
      if (cp <= range.last) return range.ascii;
    }
  }
  // Romanian's comma-below letters (Latin Extended-B).
  if (cp >= 0x218 && cp <= 0x21B) return cp <= 0x219 ? "s" : "t";
  // Greek and Cyrillic capitals fold to their small letters, so "ОБЯЗАННОСТИ"
  // and "Обязанности" match one phrase.
  if (cp >= 0x386 && cp <= 0x3CE) return FoldGreek(cp);
  if (cp >= 0x410 && cp <= 0x42F) return Utf8Of(cp + 0x20);
  if (cp >= 0x400 && cp <= 0x40F) return Utf8Of(cp + 0x50);
  // Scripts written without spaces between words: each character is a word
  // of its own, in the lexicon as in the text, so a phrase matches inside a
  // run of them ("岗位职责" in "【岗位职责】如下").
  if (IsUnspacedScript(cp)) return std::string(original);
  // Full-width ASCII ("ＡＷＳ", "１．") folds as ASCII.
  if (cp >= 0xFF01 && cp <= 0xFF5E) return FoldCodepoint(cp - 0xFEE0, "");
  // Other letters (Hebrew, Arabic, Devanagari, Hangul, phonetic) stay;
  // punctuation, symbols and emoji (the Latin-1 symbols, U+2000..U+2FFF,
  // CJK punctuation) separate words.
  if (cp >= 0x180 && cp < 0x2000 && cp != 0xFFFD) return std::string(original);
  if (IsSpacedLetter(cp)) return std::string(original);
  return " ";
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    // ASCII other than the apostrophe (most of any posting) folds as in
    // FoldCodepoint, without building a piece.
    char c = text[pos];
    if (static_cast<unsigned char>(c) < 0x80 && c != '\'') {
      ++pos;
      if (c >= 'A' && c <= 'Z') {
        folded += static_cast<char>(c - 'A' + 'a');
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        folded += c;
      } else if (!folded.empty() && folded.back() != ' ') {
        folded += ' ';
      }
      continue;
    }
    size_t start = pos;
    char32_t cp = NextCodepoint(text, &pos);
    const std::string piece = FoldCodepoint(cp, text.substr(start, pos - start));
    bool separates = piece == " ";
    // French and Italian elision ("l'égalité", "d'expérience", "qu'il")
    // separates words; an English contraction ("you'll") joins them.
    if (IsApostrophe(cp)) {
      size_t word_start = folded.rfind(' ');
      std::string_view word = std::string_view(folded).substr(word_start == std::string::npos ? 0 : word_start + 1);
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
  const auto boundary_after = [&](size_t end) { return end == folded.size() || folded[end] == ' '; };
  if (at_start) return folded.substr(0, phrase.size()) == phrase && boundary_after(phrase.size());
  for (size_t at = folded.find(phrase); at != std::string_view::npos; at = folded.find(phrase, at + 1)) {
    if ((at == 0 || folded[at - 1] == ' ') && boundary_after(at + phrase.size())) return true;
  }
  return false;
}

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Words after which a period does not end a sentence.
bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kAbbreviations = {
      "e.g", "i.e", "etc", "vs", "mr", "ms", "mrs", "dr", "st", "approx", "incl", "no", "nr", "z.b"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // an initial: "J. Smith"
  for (std::string_view abbreviation : kAbbreviations) {
    if (lower == abbreviation) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> SplitProseSentences(std::string_view text) {
  std::vector<std::string> sentences;
  size_t start = 0;
  const auto flush = [&](size_t end) {
    std::string sentence = CollapseSpaces(text.substr(start, end - start));
    if (!sentence.empty()) sentences.push_back(sentence);
    start = end;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    size_t end = 0;  // one past the sentence's closing punctuation
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
      end = i + 1;
    } else if (text.substr(i, 3) == "\xE2\x80\xA6") {  // …
      end = i + 3;
    } else {
      continue;
    }
    while (end < text.size() && (text[end] == ')' || text[end] == '"' || text[end] == '\'')) ++end;
    if (end < text.size() && !IsSpace(text[end])) continue;
    size_t next = end;
    while (next < text.size() && IsSpace(text[next])) ++next;
    if (next < text.size() && text[next] >= 'a' && text[next] <= 'z') continue;
    if (text[i] == '.') {
      size_t word_start = i;
      while (word_start > start && !IsSpace(text[word_start - 1])) --word_start;
      if (IsAbbreviation(text.substr(word_start, i - word_start))) continue;
    }
    flush(end);
    i = end - 1;
  }
  flush(text.size());
  return sentences;
}

namespace {

bool IsDecoration(char32_t cp) {
  // Emoji, symbols and CJK punctuation ("【", "："), never a letter of a script
  // that lives above U+2000 (Han, kana, Hangul).
  if (cp >= 0x2000 && cp != 0x2018 && cp != 0x2019 && cp != 0x201C && cp != 0x201D && !IsUnspacedScript(cp) &&
      !IsSpacedLetter(cp) && !IsFullWidthAlnum(cp)) {
    return true;
  }
  if (cp >= 0xA0 && cp <= 0xBF && cp != 0xBF && cp != 0xA1) return true;  // Latin-1 symbols, not "¿" "¡"
  return cp == ' ' || cp == '#' || cp == '*' || cp == '_' || cp == '-' || cp == '>' || cp == '|' ||
         cp == '~' || cp == '=' || cp == ':' || cp == '\t';
}

}  // namespace

std::string TrimDecoration(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size()) {
    size_t pos = begin;
    if (!IsDecoration(NextCodepoint(text, &pos))) break;
    begin = pos;
  }
  // From the end, one code point at a time (a paragraph's middle is never
  // decoded). A last byte that does not end the sequence its lead byte
  // starts is one the forward decoding also reads alone, as U+FFFD: a
  // decoration.
  size_t end = text.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t pos = start;
    const char32_t cp = NextCodepoint(text, &pos);
    if (pos != end) {
      --end;
      continue;
    }
    if (!IsDecoration(cp)) break;
    end = start;
  }
  if (begin >= end) return "";
  return std::string(text.substr(begin, end - begin));
}

std::string CollapseSpaces(std::string_view text) {
  // Already collapsed (one space between words, none at the ends): most
  // items and paragraphs, returned as they are.
  if (IsSingleSpaced(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (IsSpace(text[i])) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      ++i;
      continue;
    }
    size_t end = i + 1;  // the run up to the next space, copied at once
    while (end < text.size() && !IsSpace(text[end])) ++end;
    out.append(text.data() + i, end - i);
    i = end;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

namespace {

// Leading list markers a parser may have left: bullets, dashes, "1." "2)".
constexpr std::array<std::string_view, 12> kBullets = {
    "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3", "\xE2\x81\x83",
    "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x96\xBA", "-", "*", "+"};

bool StripLeadingMarker(std::string* item) {
  for (std::string_view bullet : kBullets) {
    if (item->rfind(bullet, 0) == 0 && (item->size() == bullet.size() || (*item)[bullet.size()] == ' ' ||
                                        bullet.size() > 1)) {
      // "**bold**" is emphasis, not a "*" bullet.
      if (bullet == "*" && item->size() > 1 && (*item)[1] == '*') return false;
      item->erase(0, bullet.size());
      return true;
    }
  }
  size_t digits = 0;
  while (digits < item->size() && digits < 3 && (*item)[digits] >= '0' && (*item)[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < item->size() && ((*item)[digits] == '.' || (*item)[digits] == ')') &&
      (*item)[digits + 1] == ' ') {
    item->erase(0, digits + 1);
    return true;
  }
  return false;
}

void EraseAll(std::string* text, std::string_view what) {
  for (size_t at = text->find(what); at != std::string::npos; at = text->find(what, at)) text->erase(at, what.size());
}

}  // namespace

std::string CleanItem(std::string_view text) {
  std::string item = CollapseSpaces(text);
  // Markdown emphasis left in pasted text; collapsing again matters only
  // when some was erased (CollapseSpaces is idempotent).
  if (item.find("**") != std::string::npos || item.find("__") != std::string::npos) {
    EraseAll(&item, "**");
    EraseAll(&item, "__");
    item = CollapseSpaces(item);
  }
  while (StripLeadingMarker(&item)) item = CollapseSpaces(item);
  bool trimmed = true;
  while (trimmed && !item.empty()) {
    trimmed = false;
    char last = item.back();
    if (last == ';' || last == ',' || last == ' ' || last == '-' || last == '*') {
      item.pop_back();
      trimmed = true;
    } else if (item.size() >= 3 && item.compare(item.size() - 3, 3, "\xE2\x80\xA2") == 0) {
      item.resize(item.size() - 3);
      trimmed = true;
    }
  }
  return item;
}

}  // namespace jobpipe::sections
