#include "parse/text/lines.h"

#include <algorithm>
#include <array>

#include "core/stop.h"
#include "parse/text/inline_markup.h"
#include "parse/text/line_shapes.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::text {
namespace {

// Bullets that need no space after them ("•Item" is common in PDF copies).
// The last four are Word's Symbol/Wingdings bullets, which a copy from a
// .docx carries as private-use code points.
// Then the circled numbers and Japanese middle dots ("①", "・") that lists
// written without spaces use as bullets.
constexpr std::array<char32_t, 57> kBullets = {
    0x2022, 0x25AA, 0x25AB, 0x25E6, 0x2023, 0x2043, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7,
    0x25BA, 0x25B6, 0x25B8, 0x27A2, 0x27A4, 0x2794, 0x2713, 0x2714, 0x2611, 0x2705, 0x2717, 0x2718,
    0x2605, 0x2606, 0x2756, 0x26AB, 0x25FE, 0x25FD, 0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0x30FB, 0xFF65,
    0x2460, 0x2461, 0x2462, 0x2463, 0x2464, 0x2465, 0x2466, 0x2467, 0x2468, 0x2469, 0x246A, 0x246B,
    0x246C, 0x246D, 0x246E, 0x246F, 0x2470, 0x2471, 0x2472, 0x2473, 0x25C9};
// Marks that are bullets only when a space follows: a dash starting a line
// may be a range ("–5 °C"), a middle dot a separator, -,*,+ markdown syntax.
constexpr std::array<char32_t, 9> kSpacedBullets = {'-',  '*',  '+',    0x2013, 0x2014,
                                                    0xB7, 0xBB, 0x2192, 0x2043};
constexpr std::array<std::string_view, 12> kRomanNumerals = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};

int Columns(std::string_view text, std::size_t* bytes) {
  int columns = 0;
  std::size_t i = 0;
  for (; i < text.size(); ++i) {
    if (text[i] == ' ') {
      ++columns;
    } else if (text[i] == '\t') {
      columns = (columns / 4 + 1) * 4;
    } else {
      break;
    }
  }
  *bytes = i;
  return columns;
}

bool Contains(const auto& set, char32_t c) {
  return std::find(set.begin(), set.end(), c) != set.end();
}

bool IsSpaceOrEnd(std::string_view text, std::size_t at) {
  return at >= text.size() || text[at] == ' ' || text[at] == '\t';
}

// "1." "12)" "(3)" "a)" "(b)" "iv." "(ii)": the marker's byte length and
// family, or 0.
std::size_t OrderedMarker(std::string_view text, std::string* family) {
  std::size_t i = 0;
  const bool parenthesised = !text.empty() && text[0] == '(';
  if (parenthesised) i = 1;
  std::size_t start = i;
  while (i < text.size() && i - start < 3 && text[i] >= '0' && text[i] <= '9') ++i;
  bool numeric = i > start;
  if (!numeric) {
    while (i < text.size() && i - start < 4 && text[i] >= 'a' && text[i] <= 'z') ++i;
    if (i == start && i < text.size() && text[i] >= 'A' && text[i] <= 'Z') ++i;
  }
  const std::string_view body = text.substr(start, i - start);
  if (body.empty() || i >= text.size()) return 0;
  const char close = text[i];
  if (parenthesised ? close != ')' : close != '.' && close != ')') return 0;
  if (!IsSpaceOrEnd(text, i + 1)) return 0;
  const bool roman = !numeric && std::find(kRomanNumerals.begin(), kRomanNumerals.end(), body) !=
                                     kRomanNumerals.end();
  const bool letter = !numeric && body.size() == 1;
  if (!numeric && !roman && !letter) return 0;
  // "a." would take initials and abbreviations; only "a)" and "(a)" count.
  if (letter && !roman && close == '.') return 0;
  std::string kind = numeric ? "1" : roman ? "i" : "a";
  *family = (parenthesised ? "(" : "") + kind + close;
  return i + 1;
}

// The numbering of text written without spaces (Chinese, Japanese):
// "1、" "1．" "（1）" "1）", and "1." or "1)" straight before a letter of
// another script ("1.负责…"). Digits may be full-width. The marker's byte
// length and family, or 0.
std::size_t UnspacedOrderedMarker(std::string_view text, std::string* family) {
  std::size_t i = 0;
  textkit::CodePoint point = textkit::DecodeAt(text, i);
  const bool parenthesised = point.value == '(' || point.value == 0xFF08;
  if (parenthesised) i += point.length;
  int digits = 0;
  for (point = textkit::DecodeAt(text, i); digits < 3; point = textkit::DecodeAt(text, i)) {
    const bool ascii_digit = point.value >= '0' && point.value <= '9';
    const bool wide_digit = point.value >= 0xFF10 && point.value <= 0xFF19;
    if (!ascii_digit && !wide_digit) break;
    i += point.length;
    ++digits;
  }
  if (digits == 0) return 0;
  const char32_t close = point.value;
  const bool wide_close = close == 0x3001 || close == 0xFF0E || close == 0xFF09;
  if (!wide_close && close != '.' && close != ')') return 0;
  if (parenthesised != (close == ')' || close == 0xFF09)) return 0;
  i += point.length;
  const textkit::CodePoint next = textkit::DecodeAt(text, i);
  if (next.length == 0) return 0;
  if (!wide_close && !(next.value >= 0x80 && textkit::IsLetter(next.value))) return 0;
  *family = parenthesised ? "(1)" : "1" + std::string(text.substr(i - point.length, point.length));
  return i;
}

std::size_t UnorderedMarker(std::string_view text, std::string* family) {
  const textkit::CodePoint first = textkit::DecodeAt(text, 0);
  std::size_t length = first.length;
  if (Contains(kSpacedBullets, first.value)) {
    if (!IsSpaceOrEnd(text, length)) return 0;
  } else if (!Contains(kBullets, first.value)) {
    return 0;
  }
  if (textkit::DecodeAt(text, length).value == 0xFE0F) length += 3;
  // Circled numbers count up ("①", "②"): one family, like "1." and "2.".
  const bool circled = first.value >= 0x2460 && first.value <= 0x2473;
  *family = circled ? "circled" : std::string(text.substr(0, first.length));
  return length;
}

bool IsRule(std::string_view text, char* rule_char) {
  char mark = 0;
  int count = 0;
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    if (c != '-' && c != '*' && c != '_' && c != '=') return false;
    if (mark != 0 && c != mark) return false;
    mark = c;
    ++count;
  }
  *rule_char = mark;
  return count >= 3;
}

bool HasContent(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    if (textkit::IsAlnum(point.value)) return true;
    i += point.length;
  }
  return false;
}

void ClassifyMarkup(std::string_view raw, Line& line) {
  std::size_t indent_bytes = 0;
  line.indent = Columns(raw, &indent_bytes);
  std::string_view rest = raw.substr(indent_bytes);
  if (IsRule(rest, &line.rule_char)) {
    line.kind = LineKind::kRule;
    return;
  }
  if (!rest.empty() && rest[0] == '#') {
    std::size_t hashes = 0;
    while (hashes < rest.size() && rest[hashes] == '#') ++hashes;
    if (hashes <= 6 && IsSpaceOrEnd(rest, hashes)) {
      std::string_view title = textkit::Trim(rest.substr(hashes));
      while (!title.empty() && title.back() == '#') title.remove_suffix(1);  // "## Title ##"
      line.kind = HasContent(title) ? LineKind::kHeading : LineKind::kBlank;
      line.level = static_cast<int>(hashes);
      line.text = textkit::Trim(title);
      return;
    }
  }
  std::size_t marker = OrderedMarker(rest, &line.marker);
  if (marker == 0) marker = UnspacedOrderedMarker(rest, &line.marker);
  if (marker == 0) marker = UnorderedMarker(rest, &line.marker);
  if (marker > 0) {
    line.text = textkit::Trim(rest.substr(marker));
    line.kind = HasContent(line.text) ? LineKind::kItem : LineKind::kBlank;
    return;
  }
  // "**·  Real product in production.**": a bullet typed inside a wholly
  // bold line (rich-text editors exported to markdown) is still an item,
  // not a bold heading; its bold goes with the marker.
  if (const std::optional<std::string_view> inner = WhollyBoldInner(rest)) {
    if (const std::size_t bullet = UnorderedMarker(*inner, &line.marker); bullet > 0) {
      line.text = textkit::Trim(inner->substr(bullet));
      line.kind = HasContent(line.text) ? LineKind::kItem : LineKind::kBlank;
      return;
    }
  }
  line.text = textkit::Trim(rest);
  line.kind = HasContent(line.text) ? LineKind::kText : LineKind::kBlank;
}

bool IsEmojiBulletLine(const Line& line) {
  return line.kind == LineKind::kText && !line.in_code && LeadingEmojiLength(line.text) > 0;
}

bool IsBoldOrCaps(std::string_view text) {
  if (text.rfind("**", 0) == 0 || text.rfind("__", 0) == 0) return true;
  bool any_letter = false;
  for (std::size_t i = 0; i < text.size();) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    if (textkit::IsLower(point.value)) return false;
    any_letter = any_letter || textkit::IsUpper(point.value);
    i += point.length;
  }
  return any_letter;
}

std::string_view EmojiOf(const Line& line) {
  return line.text.substr(0, LeadingEmojiLength(line.text));
}

// A heading's text after its emoji: ALL CAPS, bold, a heading phrase, or a
// final colon ("📄 JOB DESCRIPTION", "🎯 What you'll do:").
bool IsHeadingAfterEmoji(std::string_view text) {
  return IsBoldOrCaps(text) || IsHeadingPhrase(text) || (!text.empty() && text.back() == ':');
}

// Emoji-led lines are list items when they come in a run (two or more
// neighbours, blank lines allowed between): always when a neighbour starts
// with the same emoji, otherwise unless their text reads as a heading.
void MarkEmojiBullets(std::vector<Line>& lines) {
  const auto neighbour = [&](std::size_t i, int step) -> const Line* {
    for (std::size_t j = i + step; j < lines.size(); j += step) {
      if (lines[j].kind != LineKind::kBlank) return &lines[j];
      if (step < 0 && j == 0) break;
    }
    return nullptr;
  };
  std::vector<std::size_t> bullets;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!IsEmojiBulletLine(lines[i])) continue;
    const Line* before = i > 0 ? neighbour(i, -1) : nullptr;
    const Line* after = neighbour(i, 1);
    const bool before_emoji = before && IsEmojiBulletLine(*before);
    const bool after_emoji = after && IsEmojiBulletLine(*after);
    const std::string_view emoji = EmojiOf(lines[i]);
    const bool same = (before_emoji && textkit::Trim(EmojiOf(*before)) == textkit::Trim(emoji)) ||
                      (after_emoji && textkit::Trim(EmojiOf(*after)) == textkit::Trim(emoji));
    const std::string_view rest = textkit::Trim(lines[i].text.substr(emoji.size()));
    if (same || ((before_emoji || after_emoji) && !IsHeadingAfterEmoji(rest))) bullets.push_back(i);
  }
  for (std::size_t i : bullets) {
    Line& line = lines[i];
    line.text = textkit::Trim(line.text.substr(LeadingEmojiLength(line.text)));
    line.kind = LineKind::kItem;
    line.marker = "emoji";
  }
}

// Word's second-level bullet is a letter "o": "o Sub item" under an item.
// Only there, as "o" starts sentences in other languages.
void MarkLetterOBullets(std::vector<Line>& lines) {
  const Line* previous = nullptr;
  for (Line& line : lines) {
    if (line.kind == LineKind::kBlank) continue;
    const bool letter_o = line.kind == LineKind::kText && !line.in_code && line.text.size() > 2 &&
                          line.text[0] == 'o' && (line.text[1] == ' ' || line.text[1] == '\t');
    if (letter_o && previous != nullptr && previous->kind == LineKind::kItem) {
      line.kind = LineKind::kItem;
      line.marker.assign(1, 'o');  // (not = "o": g++ 12 -O3 warns falsely, -Wrestrict)
      line.text = textkit::Trim(line.text.substr(2));
    }
    previous = &line;
  }
}

bool IsFence(std::string_view text) {
  std::size_t indent = 0;
  Columns(text, &indent);
  return text.substr(indent).rfind("```", 0) == 0 || text.substr(indent).rfind("~~~", 0) == 0;
}

}  // namespace

std::size_t LeadingEmojiLength(std::string_view text) {
  std::size_t i = 0;
  bool any_pictograph = false;
  while (i < text.size()) {
    textkit::CodePoint point = textkit::DecodeAt(text, i);
    if (!textkit::IsEmojiPart(point.value)) break;
    any_pictograph = any_pictograph || (point.value != 0xFE0F && point.value != 0x200D);
    i += point.length;
  }
  if (!any_pictograph) return 0;
  const std::size_t emoji_end = i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return HasContent(text.substr(i)) ? (i > emoji_end ? i : emoji_end) : 0;
}

std::vector<Line> ClassifyLines(std::string_view body) {
  std::vector<Line> lines;
  bool in_code = false;
  for (std::size_t start = 0; start <= body.size();) {
    if (StopRequested()) break;  // Ctrl-C: what is read so far, never used
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view raw = body.substr(start, end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
    if (!raw.empty() && raw.back() == '\\') raw.remove_suffix(1);
    start = end + 1;
    Line line;
    if (IsFence(raw)) {
      in_code = !in_code;
      lines.push_back(line);  // a fence reads as a blank line
      if (end == body.size()) break;
      continue;
    }
    if (in_code) {
      line.text = textkit::Trim(raw);
      line.kind = HasContent(line.text) ? LineKind::kText : LineKind::kBlank;
      line.in_code = true;
    } else {
      ClassifyMarkup(raw, line);
    }
    lines.push_back(line);
    if (end == body.size()) break;
  }
  MarkEmojiBullets(lines);
  MarkLetterOBullets(lines);
  for (Line& line : lines) {
    if (line.kind == LineKind::kText && !line.in_code) line.clean = StripInlineMarkup(line.text);
  }
  return lines;
}

}  // namespace jobpipe::text
