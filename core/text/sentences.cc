#include "core/text/sentences.h"

#include <algorithm>
#include <array>

#include "core/text/ascii.h"
#include "core/text/whitespace.h"

namespace jobpipe::textkit {
namespace {

// Words (lowered, without their final '.') after which a period does not
// end a prose sentence.
constexpr std::array<std::string_view, 14> kProseAbbreviations = {
    "e.g", "i.e", "etc", "vs", "mr", "ms", "mrs", "dr", "st", "approx", "incl", "no", "nr", "z.b"};

bool IsProseAbbreviation(std::string_view word) {
  if (word.size() == 1 && IsAsciiUpper(static_cast<unsigned char>(word[0])))
    return true;  // an initial: "J. Smith"
  const std::string lower = AsciiLower(word);
  return std::find(kProseAbbreviations.begin(), kProseAbbreviations.end(), lower) !=
         kProseAbbreviations.end();
}

// Words, as written, whose '.' ends a company form, a title or a common
// abbreviation rather than a sentence: "Acme Inc. is an equal opportunity
// employer" is one sentence.
constexpr std::array<std::string_view, 27> kStopAbbreviations = {
    "Inc.", "Ltd.", "Corp.", "Co.", "S.A.", "e.V.", "B.V.", "N.V.",    "e.g.",
    "i.e.", "Dr.",  "Mr.",   "Ms.", "Mrs.", "St.",  "vs.",  "approx.", "No.",
    "p.a.", "z.B.", "bzw.",  "ca.", "Sr.",  "Jr.",  "U.S.", "Ltda.",   "Lda."};

bool EndsWithStopAbbreviation(std::string_view text) {
  const std::size_t start = text.find_last_of(' ');
  const std::string_view word = start == std::string_view::npos ? text : text.substr(start + 1);
  return std::find(kStopAbbreviations.begin(), kStopAbbreviations.end(), word) !=
         kStopAbbreviations.end();
}

}  // namespace

std::vector<std::string> SplitProseSentences(std::string_view text) {
  std::vector<std::string> sentences;
  std::size_t start = 0;
  const auto flush = [&](std::size_t end) {
    std::string sentence = FoldSpaces(text.substr(start, end - start), Spaces::kAscii);
    if (!sentence.empty()) sentences.push_back(std::move(sentence));
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t end = 0;  // one past the sentence's closing punctuation
    if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
      end = i + 1;
    } else if (text.substr(i, 3) == "\xE2\x80\xA6") {  // …
      end = i + 3;
    } else {
      continue;
    }
    while (end < text.size() && (text[end] == ')' || text[end] == '"' || text[end] == '\'')) ++end;
    if (end < text.size() && !IsAsciiSpace(text[end])) continue;
    std::size_t next = end;
    while (next < text.size() && IsAsciiSpace(text[next])) ++next;
    if (next < text.size() && text[next] >= 'a' && text[next] <= 'z') continue;
    if (text[i] == '.') {
      std::size_t word_start = i;
      while (word_start > start && !IsAsciiSpace(text[word_start - 1])) --word_start;
      if (IsProseAbbreviation(text.substr(word_start, i - word_start))) continue;
    }
    flush(end);
    i = end - 1;
  }
  flush(text.size());
  return sentences;
}

std::vector<std::string> SplitAtSentenceStops(std::string_view text) {
  std::vector<std::string> sentences;
  std::string current;
  const auto flush = [&] {
    const std::string_view sentence = Trim(current);
    if (!sentence.empty()) sentences.emplace_back(sentence);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      flush();
      continue;
    }
    current += c;
    const bool stop = (c == '.' || c == '!' || c == '?') &&
                      (i + 1 == text.size() || text[i + 1] == ' ') &&
                      !(c == '.' && EndsWithStopAbbreviation(current));
    if (stop) flush();
  }
  flush();
  return sentences;
}

}  // namespace jobpipe::textkit
