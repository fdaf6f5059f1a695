#include "normalize/facts/capitals.h"

#include "core/text/utf8.h"

namespace jobpipe::facts {

bool StartsCapitalized(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c < 0x80) return false;
  const char32_t code = textkit::DecodeAt(word, 0).value;
  // Latin-1 capitals (À..Þ except ×) and the even code points of Latin
  // Extended-A, where capitals and small letters alternate.
  // Cyrillic and Greek capitals too. Scripts without case (Hebrew, Arabic,
  // Thai, Devanagari, Han, kana, Hangul) count as capitalised: case can be
  // no evidence there.
  const bool uncased = (code >= 0x5D0 && code <= 0x6FF) || (code >= 0x900 && code <= 0x97F) ||
                       (code >= 0xE01 && code <= 0xE2E) || (code >= 0x3041 && code <= 0x30FF) ||
                       (code >= 0x3400 && code <= 0x9FFF) || (code >= 0xAC00 && code <= 0xD7A3);
  const bool cyrillic_or_greek_capital = (code >= 0x400 && code <= 0x42F) || (code >= 0x391 && code <= 0x3A9);
  return uncased || cyrillic_or_greek_capital || (code >= 0xC0 && code <= 0xDE && code != 0xD7) ||
         (code >= 0x100 && code <= 0x17F && code % 2 == 0);
}

}  // namespace jobpipe::facts
