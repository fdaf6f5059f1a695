#include "parse/text_header_card.h"

#include <array>

#include "parse/text_headings.h"
#include "parse/text_inline.h"
#include "parse/text_utf8.h"

namespace jobpipe::text {
namespace {

constexpr std::size_t kMaxCardLines = 8;
constexpr std::size_t kMaxCardChars = 150;
constexpr std::size_t kMaxCardWords = 20;

// Lowercase, without final punctuation or ellipsis.
constexpr std::array<std::string_view, 26> kUiChrome = {
    "show more", "show less", "see more", "see less", "show all", "apply", "apply now",
    "easy apply", "save", "saved", "save job", "share", "report this job", "report job",
    "report this listing", "view job", "view more jobs", "back to search", "back to jobs",
    "follow", "message", "dismiss", "close", "more", "less", "see all"};

constexpr std::array<std::string_view, 4> kSeeMoreSuffixes = {
    "\xE2\x80\xA6see more", "...see more", "\xE2\x80\xA6 see more", "... see more"};

std::string ChromeKey(std::string_view text) {
  std::string key = AsciiLower(Trim(text));
  // Leading and trailing dots, ellipses, arrows and spaces.
  const auto is_noise = [](unsigned char c) { return c == '.' || c == ' ' || c >= 0x80; };
  std::size_t begin = 0;
  while (begin < key.size() && is_noise(static_cast<unsigned char>(key[begin]))) ++begin;
  std::size_t end = key.size();
  while (end > begin && is_noise(static_cast<unsigned char>(key[end - 1]))) --end;
  return key.substr(begin, end - begin);
}

bool IsCardLike(const Line& line, const std::string& clean) {
  if (line.kind != LineKind::kText && line.kind != LineKind::kHeading) return false;
  if (clean.empty() || EndsLikeSentence(clean) || clean.back() == ':') return false;
  return CodePointCount(clean) <= kMaxCardChars && WordCount(clean) <= kMaxCardWords;
}

}  // namespace

bool IsUiChrome(std::string_view text) {
  if (text.size() > 40) return false;
  const std::string key = ChromeKey(text);
  for (std::string_view chrome : kUiChrome) {
    if (key == chrome) return true;
  }
  return false;
}

std::string_view WithoutSeeMore(std::string_view text) {
  for (std::string_view suffix : kSeeMoreSuffixes) {
    if (text.size() > suffix.size() && AsciiLower(text.substr(text.size() - suffix.size())) == suffix) {
      return Trim(text.substr(0, text.size() - suffix.size()));
    }
  }
  return text;
}

HeaderCard ExtractHeaderCard(const std::vector<Line>& lines, std::size_t first) {
  HeaderCard card;
  card.body_start = first;
  bool first_content_line = true;
  std::size_t i = first;
  while (i < lines.size() && card.lines.size() < kMaxCardLines) {
    const Line& line = lines[i];
    if (line.kind == LineKind::kBlank || line.kind == LineKind::kRule) {
      ++i;
      continue;
    }
    const std::string clean = StripInlineMarkup(line.text);
    if (line.kind == LineKind::kText && IsUiChrome(clean)) {
      ++i;
      continue;
    }
    if (line.kind == LineKind::kText && IsUrlLine(clean)) {
      if (!card.url) card.url = clean;
      card.lines.push_back(clean);
      card.body_start = ++i;
      first_content_line = false;
      continue;
    }
    if (!IsCardLike(line, clean) || IsHeadingPhrase(clean)) break;
    const bool title_heading = first_content_line && line.kind == LineKind::kHeading && line.level <= 2;
    if (!title_heading && LooksSentenceCase(clean) && !LooksLikeCardData(clean)) {
      // A sentence-like line followed by prose introduces the body.
      std::size_t next = i + 1;
      while (next < lines.size() && (lines[next].kind == LineKind::kBlank ||
                                     IsUiChrome(StripInlineMarkup(lines[next].text)))) {
        ++next;
      }
      if (next >= lines.size() || !IsCardLike(lines[next], StripInlineMarkup(lines[next].text))) break;
    }
    card.lines.push_back(clean);
    card.body_start = ++i;
    first_content_line = false;
  }
  return card;
}

}  // namespace jobpipe::text
