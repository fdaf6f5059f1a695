#include "normalize/sections/section_text.h"

#include <array>

#include "core/text/scripts.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::sections {
namespace {

bool IsDecoration(char32_t cp) {
  // Emoji, symbols and CJK punctuation ("【", "："), never a letter of a script
  // that lives above U+2000 (Han, kana, Hangul).
  if (cp >= 0x2000 && cp != 0x2018 && cp != 0x2019 && cp != 0x201C && cp != 0x201D &&
      !textkit::IsUnspacedScript(cp) && !textkit::IsHangul(cp) && !textkit::IsFullwidthAlnum(cp)) {
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
    const textkit::CodePoint point = textkit::DecodeAt(text, begin);
    if (!IsDecoration(point.value)) break;
    begin += point.length;
  }
  // From the end, one code point at a time (a paragraph's middle is never
  // decoded); a stray byte reads as U+FFFD, a decoration, both ways.
  const std::string_view rest = text.substr(begin);
  size_t end = rest.size();
  while (end > 0) {
    const textkit::CodePoint point = textkit::DecodeBefore(rest, end);
    if (!IsDecoration(point.value)) break;
    end -= point.length;
  }
  return std::string(rest.substr(0, end));
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
  std::string item = textkit::FoldSpaces(text, textkit::Spaces::kAscii);
  // Markdown emphasis left in pasted text; collapsing again matters only
  // when some was erased (FoldSpaces is idempotent).
  if (item.find("**") != std::string::npos || item.find("__") != std::string::npos) {
    EraseAll(&item, "**");
    EraseAll(&item, "__");
    item = textkit::FoldSpaces(item, textkit::Spaces::kAscii);
  }
  while (StripLeadingMarker(&item)) item = textkit::FoldSpaces(item, textkit::Spaces::kAscii);
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
