#include "parse/text/inline_markup.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "parse/text/entities.h"
#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

// Bounds on how far a link, code span or tag may reach: they keep the scan
// linear on adversarial input (a megabyte of "[" or "`").
constexpr std::size_t kMaxLinkText = 500;
constexpr std::size_t kMaxUrl = 2000;
constexpr std::size_t kMaxCodeSpan = 1000;
constexpr std::size_t kMaxTag = 300;

// Escaped or code delimiters are parked on control bytes until emphasis has
// been stripped, so `a*b*` and \* stay literal.
constexpr char kLiteralStar = '\x01';
constexpr char kLiteralUnderscore = '\x02';

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// For "[text](url)" or "[text][ref]" starting at `open`: where the text ends
// (the ']') and where the whole link ends; {npos, npos} when not a link.
std::pair<std::size_t, std::size_t> LinkAt(std::string_view text, std::size_t open) {
  constexpr auto npos = std::string_view::npos;
  std::size_t close = open + 1;
  const std::size_t limit = std::min(text.size(), open + kMaxLinkText);
  while (close < limit && text[close] != ']' && text[close] != '[' && text[close] != '\n') ++close;
  if (close >= limit || text[close] != ']') return {npos, npos};
  if (close + 1 >= text.size()) return {npos, npos};
  const char next = text[close + 1];
  if (next != '(' && next != '[') return {npos, npos};
  // The target ends at its closing bracket; a space, newline or new
  // bracket first means it is no link (and keeps the scan linear).
  const char closing = next == '(' ? ')' : ']';
  std::size_t end = close + 2;
  const std::size_t end_limit = std::min(text.size(), close + 2 + kMaxUrl);
  while (end < end_limit && text[end] != closing && text[end] != ' ' && text[end] != '\n' &&
         text[end] != '[' && text[end] != '(') {
    ++end;
  }
  if (end >= end_limit || text[end] != closing) return {npos, npos};
  return {close, end + 1};
}

// Length of an HTML tag starting at text[at] == '<', 0 when it is not one
// ("< 5 years" and "a<b" stay).
std::size_t TagLength(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  if (i >= text.size() ||
      !((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
    return 0;
  }
  while (i < text.size() && (IsAsciiAlnum(text[i]) || text[i] == '-')) ++i;
  if (i < text.size() && text[i] != '>' && text[i] != ' ' && text[i] != '/' && text[i] != '\t') {
    return 0;
  }
  const std::size_t end = std::min(text.size(), at + kMaxTag);
  for (; i < end; ++i) {
    if (text[i] == '>') return i + 1 - at;
    if (text[i] == '<') return 0;
  }
  return 0;
}

// Autolink "<https://...>" or "<name@host>": the address, else empty.
std::string_view AutolinkAt(std::string_view text, std::size_t at) {
  // An address has no spaces: the scan stops at the first one (linear).
  std::size_t close = at + 1;
  const std::size_t limit = std::min(text.size(), at + kMaxUrl);
  while (close < limit && text[close] != '>' && text[close] != '<' && text[close] != ' ' &&
         text[close] != '\n') {
    ++close;
  }
  if (close >= limit || text[close] != '>') return {};
  const std::string_view inner = text.substr(at + 1, close - at - 1);
  const bool url = inner.rfind("http://", 0) == 0 || inner.rfind("https://", 0) == 0 ||
                   inner.rfind("mailto:", 0) == 0;
  const bool email =
      inner.find('@') != std::string_view::npos && inner.find('.') != std::string_view::npos;
  return url || email ? inner : std::string_view{};
}

void AppendLiteral(std::string& out, std::string_view text) {
  for (char c : text) {
    out += c == '*' ? kLiteralStar : c == '_' ? kLiteralUnderscore : c;
  }
}

// Pass 1: links, images, code spans, escapes, autolinks and tags.
std::string StripStructure(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::vector<std::pair<std::size_t, std::size_t>> open_links;  // (']' position, link end)
  for (std::size_t i = 0; i < text.size();) {
    while (!open_links.empty() && open_links.back().first < i) open_links.pop_back();
    if (!open_links.empty() && i == open_links.back().first) {
      i = open_links.back().second;
      open_links.pop_back();
      continue;
    }
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && IsAsciiPunct(text[i + 1])) {
      AppendLiteral(out, text.substr(i + 1, 1));
      i += 2;
      continue;
    }
    if (c == '`') {
      std::size_t run = 0;
      while (i + run < text.size() && text[i + run] == '`') ++run;
      const std::string_view fence = text.substr(i, run);
      const std::size_t close = text.substr(i + run, kMaxCodeSpan).find(fence);
      if (close != std::string_view::npos) {
        out += ' ';
        AppendLiteral(out, Trim(text.substr(i + run, close)));
        out += ' ';
        i += run + close + run;
      } else {
        i += run;  // a stray backtick is markup noise
      }
      continue;
    }
    if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') {
      const auto [close, end] = LinkAt(text, i + 1);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    if (c == '[' && open_links.size() < 8) {
      const auto link = LinkAt(text, i);
      if (link.second != std::string_view::npos) {
        open_links.push_back(link);
        ++i;
        continue;
      }
    }
    if (c == '<') {
      const std::string_view address = AutolinkAt(text, i);
      if (!address.empty()) {
        AppendLiteral(out, address);
        i += address.size() + 2;
        continue;
      }
      if (const std::size_t length = TagLength(text, i); length > 0) {
        out += ' ';
        i += length;
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

bool IsSpaceOrEdge(const std::string& text, std::size_t at, bool before) {
  if (before ? at == 0 : at >= text.size()) return true;
  return IsSpace(before ? DecodeBefore(text, at).value : DecodeAt(text, at).value);
}

bool IsAlnumAt(const std::string& text, std::size_t at, bool before) {
  if (before ? at == 0 : at >= text.size()) return false;
  return IsAlnum(before ? DecodeBefore(text, at).value : DecodeAt(text, at).value);
}

// Pass 2: emphasis delimiters. Runs of two or more * or _ (bold) are always
// markup in a posting; a single one is removed only when it pairs with
// another (so "5* hotel" and snake_case stay).
std::string StripEmphasis(const std::string& text) {
  std::vector<bool> drop(text.size(), false);
  std::vector<std::size_t> openers[2];  // single '*' and '_' waiting for a closer
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c != '*' && c != '_' && c != '~') {
      ++i;
      continue;
    }
    std::size_t run = 0;
    while (i + run < text.size() && text[i + run] == c) ++run;
    const bool space_before = IsSpaceOrEdge(text, i, true);
    const bool space_after = IsSpaceOrEdge(text, i + run, false);
    const bool word_before = IsAlnumAt(text, i, true);
    const bool word_after = IsAlnumAt(text, i + run, false);
    if (c == '~') {
      if (run >= 2) std::fill(drop.begin() + i, drop.begin() + i + run, true);
    } else if (run >= 2) {
      // Intraword "__" (dunder names) stays; "**" never does.
      if (c == '*' || !(word_before && word_after)) {
        std::fill(drop.begin() + i, drop.begin() + i + run, true);
      }
    } else {
      auto& stack = openers[c == '*' ? 0 : 1];
      const bool can_close = !space_before && (c == '*' || !word_after);
      const bool can_open = !space_after && (c == '*' || !word_before);
      if (can_close && !stack.empty()) {
        drop[stack.back()] = true;
        drop[i] = true;
        stack.pop_back();
      } else if (can_open) {
        stack.push_back(i);
      } else if (can_close && i + 1 == text.size()) {
        drop[i] = true;  // closes an emphasis opened on an earlier line
      }
    }
    i += run;
  }
  // An emphasis opened at the very start and closed on a later line.
  for (const auto& stack : openers) {
    if (!stack.empty() && stack.front() == 0) drop[0] = true;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (drop[i]) continue;
    out += text[i] == kLiteralStar ? '*' : text[i] == kLiteralUnderscore ? '_' : text[i];
  }
  return out;
}

// The bytes the markup passes act on (and the parked literals): for a line
// with none of them every pass is the identity.
bool HasMarkupByte(std::string_view line) {
  static constexpr auto kIsMarkupByte = [] {
    std::array<bool, 256> table{};
    for (unsigned char c : std::string_view("\\`[<*_~&\x01\x02")) table[c] = true;
    return table;
  }();
  return std::any_of(line.begin(), line.end(), [](char c) { return kIsMarkupByte[static_cast<unsigned char>(c)]; });
}

}  // namespace

std::string StripInlineMarkup(std::string_view line) {
  if (!HasMarkupByte(line)) return FoldSpaces(line);
  // Entities last: "&lt;b&gt;" is text about a tag, not a tag.
  return FoldSpaces(DecodeEntities(StripEmphasis(StripStructure(line))));
}

}  // namespace jobpipe::text
