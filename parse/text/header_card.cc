#include "parse/text/header_card.h"

#include <array>
#include <cctype>
#include <span>
#include <vector>

#include "core/lexicon/legal_forms.h"
#include "core/lexicon/load.h"
#include "parse/text/inline_markup.h"
#include "parse/text/line_shapes.h"
#include "parse/text/soft_wrap.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> ui_chrome;  // data/card/ui_chrome.txt
extern const std::span<const lexicon::DataFile> job_terms;  // data/card/job_terms.txt
}  // namespace jobpipe::embedded

namespace jobpipe::text {
namespace {

constexpr std::size_t kMaxCardLines = 12;
// A line written like a sentence and longer than this is body text.
constexpr std::size_t kMaxSentenceCardWords = 10;
constexpr std::size_t kMaxCardChars = 150;
constexpr std::size_t kMaxCardWords = 20;
// A plain line over a list reads as its heading up to this length ("応募資格", "Dein Profil").
constexpr std::size_t kMaxListHeadingChars = 40;

// data/card/ui_chrome.txt: lowercase, without final punctuation or ellipsis.
const std::vector<std::string_view>& UiChrome() {
  static const std::vector<std::string_view> phrases = lexicon::LoadColumn(embedded::ui_chrome, "phrase");
  return phrases;
}

constexpr std::array<std::string_view, 4> kSeeMoreSuffixes = {
    "\xE2\x80\xA6see more", "...see more", "\xE2\x80\xA6 see more", "... see more"};

std::string ChromeKey(std::string_view text) {
  std::string key = textkit::AsciiLower(textkit::Trim(text));
  // Leading and trailing dots, ellipses, arrows and spaces.
  const auto is_noise = [](unsigned char c) { return c == '.' || c == ' ' || c >= 0x80; };
  std::size_t begin = 0;
  while (begin < key.size() && is_noise(static_cast<unsigned char>(key[begin]))) ++begin;
  std::size_t end = key.size();
  while (end > begin && is_noise(static_cast<unsigned char>(key[end - 1]))) --end;
  return key.substr(begin, end - begin);
}

// Words that state the terms of the job, as card lines give them
// (data/card/job_terms.txt).
const std::vector<std::string_view>& TermsWords() {
  static const std::vector<std::string_view> terms = lexicon::LoadColumn(embedded::job_terms, "term");
  return terms;
}

bool NamesJobTerms(std::string_view text) {
  const std::string lower = textkit::AsciiLower(text);
  for (std::string_view word : TermsWords()) {
    std::size_t at = lower.find(word);
    while (at != std::string::npos) {
      const bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      const std::size_t end = at + word.size();
      const bool ends = end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
      if (starts && ends) return true;
      at = lower.find(word, at + 1);
    }
  }
  return false;
}

// "Permanent, full-time. Hybrid: three days a week in our Cork office.":
// a line of short sentences stating the job's terms, right under the
// title, belongs to the card although it ends like a sentence.
bool IsTermsLine(const Line& line, const std::string& clean) {
  constexpr std::size_t kMaxTermsSentenceWords = 9;
  constexpr std::size_t kMaxTermsWords = 16;
  if (line.kind != LineKind::kText || WordCount(clean) > kMaxTermsWords || !NamesJobTerms(clean)) {
    return false;
  }
  std::size_t words_in_sentence = 0;
  bool in_word = false;
  for (char c : clean) {
    const bool word_byte = c != ' ' && c != '.' && c != '!' && c != '?' && c != ';';
    if (word_byte && !in_word) ++words_in_sentence;
    in_word = word_byte;
    if (words_in_sentence > kMaxTermsSentenceWords) return false;
    if (c == '.' || c == '!' || c == '?' || c == ';') words_in_sentence = 0;
  }
  return true;
}

// The forms of use "card-end" in data/company/legal_forms.tsv as a line
// ends with them: in small letters, each with its period ("gmbh.", "s.a.").
const std::vector<std::string>& CompanyFormEndings() {
  static const std::vector<std::string> endings = [] {
    std::vector<std::string> lowered;
    for (const lexicon::LegalForm& form : lexicon::LegalForms(lexicon::LegalFormUse::kCardEnd)) {
      lowered.push_back(textkit::AsciiLower(form.written));
      if (!lowered.back().ends_with('.')) lowered.back() += '.';
    }
    return lowered;
  }();
  return endings;
}

// "GRANITE RIDGE PACKAGING CO.", "Acme Ltd.": the period of a company's
// legal form does not end a sentence.
bool EndsWithCompanyForm(std::string_view clean) {
  const std::string lower = textkit::AsciiLower(clean);
  for (const std::string& form : CompanyFormEndings()) {
    if (lower.size() > form.size() && lower.ends_with(form) && lower[lower.size() - form.size() - 1] == ' ') {
      return true;
    }
  }
  return false;
}

bool HeadsList(const std::vector<Line>& lines, std::size_t at) {
  for (std::size_t next = at + 1; next < lines.size(); ++next) {
    if (lines[next].kind == LineKind::kBlank) continue;
    return lines[next].kind == LineKind::kItem;
  }
  return false;
}

bool IsCardLike(const Line& line, const std::string& clean) {
  if (line.kind != LineKind::kText && line.kind != LineKind::kHeading) return false;
  if (clean.empty() || (EndsLikeSentence(clean) && !EndsWithCompanyForm(clean)) || clean.back() == ':') return false;
  return textkit::CodePointCount(clean) <= kMaxCardChars && WordCount(clean) <= kMaxCardWords;
}

}  // namespace

bool IsUiChrome(std::string_view text) {
  if (text.size() > 40) return false;
  const std::string key = ChromeKey(text);
  for (std::string_view chrome : UiChrome()) {
    if (key == chrome) return true;
  }
  return false;
}

std::string_view WithoutSeeMore(std::string_view text) {
  for (std::string_view suffix : kSeeMoreSuffixes) {
    if (text.size() > suffix.size() &&
        textkit::AsciiLower(text.substr(text.size() - suffix.size())) == suffix) {
      return textkit::Trim(text.substr(0, text.size() - suffix.size()));
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
    if (card.lines.size() > url_lines && IsTermsLine(line, clean)) {
      card.lines.push_back(clean);
      card.body_start = ++i;
      body_found = false;
      continue;
    }
    if (!IsCardLike(line, clean) || (IsHeadingPhrase(clean) && !IsLabelValue(clean))) break;
    // A marked-up heading with a list straight under it opens a section, in
    // whatever language its words are.
    // So does a plain line after the card's first line, whatever its
    // words: "応募資格" over "- Go" is the requirements, not a company.
    const bool short_plain_line =
        !first_content_line && textkit::CodePointCount(clean) <= kMaxListHeadingChars && !clean.ends_with("\xE3\x80\x82");
    if ((line.kind == LineKind::kHeading || short_plain_line) && HeadsList(lines, i)) break;
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
