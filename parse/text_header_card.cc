#include "parse/text_header_card.h"

#include <array>

#include "parse/text_headings.h"
#include "parse/text_inline.h"
#include "parse/text_utf8.h"
#include "parse/text_wrap.h"

namespace jobpipe::text {
namespace {

constexpr std::size_t kMaxCardLines = 12;
// A line written like a sentence and longer than this is body text.
constexpr std::size_t kMaxSentenceCardWords = 10;
constexpr std::size_t kMaxCardChars = 150;
constexpr std::size_t kMaxCardWords = 20;

// Lowercase, without final punctuation or ellipsis.
constexpr std::array<std::string_view, 29> kUiChrome = {
    "apply for this job", "apply for this position", "apply for this role",
    "show more", "show less",      "see more",        "see less",     "show all",
    "apply",     "apply now",      "easy apply",      "save",         "saved",
    "save job",  "share",          "report this job", "report job",   "report this listing",
    "view job",  "view more jobs", "back to search",  "back to jobs", "follow",
    "message",   "dismiss",        "close",           "more",         "less",
    "see all"};

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
    if (text.size() > suffix.size() &&
        AsciiLower(text.substr(text.size() - suffix.size())) == suffix) {
      return Trim(text.substr(0, text.size() - suffix.size()));
    }
  }
  return text;
}

HeaderCard ExtractHeaderCard(const std::vector<Line>& lines, std::size_t first) {
  HeaderCard card;
  card.body_start = first;
  bool first_content_line = true;
  bool body_found = false;
  std::size_t url_lines = 0;
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
    if (line.kind == LineKind::kText && IsUrlLine(clean) && url_lines == card.lines.size()) {
      if (!card.url) card.url = clean;
      card.lines.push_back(clean);
      card.body_start = ++i;
      ++url_lines;
      first_content_line = false;
      continue;
    }
    body_found = true;  // unless this line turns out to belong to the card
    if (!IsCardLike(line, clean) || (IsHeadingPhrase(clean) && !IsLabelValue(clean))) break;
    // A line wrapped onto the next one is prose.
    if (i + 1 < lines.size() && line.kind == LineKind::kText &&
        ContinuesLine(line, lines[i + 1], WrapRun{})) {
      break;
    }
    const bool title_heading =
        first_content_line && line.kind == LineKind::kHeading && line.level <= 2;
    const bool sentence = LooksSentenceCase(clean) && !LooksLikeCardData(clean);
    if (!title_heading && sentence && WordCount(clean) > kMaxSentenceCardWords) break;
    if (!title_heading && sentence) {
      // A sentence-like line followed by prose introduces the body.
      std::size_t next = i + 1;
      while (next < lines.size() && (lines[next].kind == LineKind::kBlank ||
                                     IsUiChrome(StripInlineMarkup(lines[next].text)))) {
        ++next;
      }
      if (next >= lines.size() || !IsCardLike(lines[next], StripInlineMarkup(lines[next].text)))
        break;
    }
    card.lines.push_back(clean);
    card.body_start = ++i;
    first_content_line = false;
    body_found = false;
  }
  if (!body_found) {
    // Short lines up to the end, or more than a card holds: a list without
    // markers, not a card. Only leading URL lines stay in the card.
    card.lines.resize(url_lines);
    card.body_start = first;
    for (std::size_t seen = 0; card.body_start < lines.size() && seen < url_lines;
         ++card.body_start) {
      if (lines[card.body_start].kind == LineKind::kText) ++seen;
    }
  }
  return card;
}

}  // namespace jobpipe::text
