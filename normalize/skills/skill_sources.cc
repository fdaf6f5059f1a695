#include "normalize/skills/skill_sources.h"

#include <array>
#include <cctype>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/sentences.h"
#include "normalize/facts/text_lines.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> job_words;  // data/job_words.txt
}  // namespace jobpipe::embedded

namespace jobpipe::skills {
namespace {

// Lowercase words that show a sentence is about the job or speaks to the
// candidate (data/job_words.txt).
const std::vector<std::string_view>& JobWords() {
  static const std::vector<std::string_view> words = lexicon::LoadColumn(embedded::job_words, "word");
  return words;
}

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80 || c == '\'';
}

bool HasJobWord(std::string_view sentence) {
  // "you’ll" is written with a typographic apostrophe as often as not.
  std::string lower = textkit::AsciiLower(sentence);
  for (size_t at = lower.find("\xE2\x80\x99"); at != std::string::npos; at = lower.find("\xE2\x80\x99", at)) {
    lower.replace(at, 3, 1, '\'');
  }
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && !IsWordByte(lower[i])) ++i;
    size_t start = i;
    while (i < lower.size() && IsWordByte(lower[i])) ++i;
    std::string_view word(lower.data() + start, i - start);
    for (std::string_view job_word : JobWords()) {
      if (word == job_word) return true;
    }
  }
  return false;
}

// "Engineering Manager" of "Engineering Manager - MLOps & Analytics": the
// title up to its first separator, lowercased; "" when a single word
// (a lone "Engineer" would match every sentence about the team).
std::string TitleCore(std::string_view title) {
  size_t end = title.size();
  for (std::string_view separator : {" - ", " – ", " — ", ",", "(", " | ", " / ", ":"}) {
    size_t at = title.find(separator);
    if (at != std::string_view::npos && at < end) end = at;
  }
  std::string core = textkit::AsciiLower(facts::Trim(title.substr(0, end)));
  return core.find(' ') == std::string::npos ? "" : core;
}

}  // namespace

std::vector<std::string> SentencesAboutTheJob(std::string_view text, std::string_view title) {
  const std::string core = TitleCore(title);
  std::vector<std::string> kept;
  for (std::string& sentence : textkit::SplitAtSentenceStops(text)) {
    bool names_title = !core.empty() && textkit::AsciiLower(sentence).find(core) != std::string::npos;
    if (names_title || HasJobWord(sentence)) kept.push_back(std::move(sentence));
  }
  return kept;
}

}  // namespace jobpipe::skills
