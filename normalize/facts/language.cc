#include "normalize/facts/language.h"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> stopwords;  // data/languages/stopwords.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

struct Stopwords {
  std::string_view code;  // "de"
  std::unordered_set<std::string_view> words;
};

// data/languages/stopwords.tsv: words that are frequent in one language
// and rare as words of the others, by language in the file's order.
const std::vector<Stopwords>& Languages() {
  static const std::vector<Stopwords> kLanguages = [] {
    std::vector<Stopwords> languages;
    for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::stopwords, "language word")) {
      if (languages.empty() || languages.back().code != entry.columns[0]) {
        const auto known = std::find_if(languages.begin(), languages.end(), [&](const Stopwords& language) {
          return language.code == entry.columns[0];
        });
        if (known != languages.end()) {
          lexicon::ReportBadEntry(entry, "language '" + std::string(entry.columns[0]) +
                                             "' listed apart from its other words");
          continue;
        }
        languages.push_back({entry.columns[0], {}});
      }
      languages.back().words.insert(entry.columns[1]);
    }
    return languages;
  }();
  return kLanguages;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Words: runs of ASCII letters and any non-ASCII bytes (accented letters),
// ASCII-lowered. Enough for stopwords, which are lowercase in the lists.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(textkit::AsciiLower(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(textkit::AsciiLower(word));
  return words;
}

// Letters counted by script, for languages their script alone tells.
struct ScriptCounts {
  int latin = 0, han = 0, kana = 0, hangul = 0, thai = 0, hebrew = 0, arabic = 0, devanagari = 0,
      greek = 0, cyrillic = 0, ukrainian = 0;
};

ScriptCounts CountScripts(std::string_view text) {
  ScriptCounts counts;
  for (std::size_t i = 0; i < text.size();) {
    const textkit::CodePoint point = textkit::DecodeAt(text, i);
    const char32_t cp = point.value;
    i += point.length;
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ++counts.latin;
    else if (cp >= 0xC0 && cp < 0x250) ++counts.latin;
    else if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) ++counts.han;
    else if (cp >= 0x3041 && cp <= 0x30FF) ++counts.kana;
    else if (cp >= 0xAC00 && cp <= 0xD7A3) ++counts.hangul;
    else if (cp >= 0xE01 && cp <= 0xE5B) ++counts.thai;
    else if (cp >= 0x5D0 && cp <= 0x5EA) ++counts.hebrew;
    else if (cp >= 0x620 && cp <= 0x64A) ++counts.arabic;
    else if (cp >= 0x904 && cp <= 0x97F) ++counts.devanagari;
    else if (cp >= 0x386 && cp <= 0x3CE) ++counts.greek;
    else if (cp >= 0x400 && cp <= 0x4FF) {
      ++counts.cyrillic;
      // і ї є ґ (and capitals): Ukrainian letters Russian does not have.
      if (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491 || cp == 0x406 || cp == 0x407 ||
          cp == 0x404 || cp == 0x490) {
        ++counts.ukrainian;
      }
    }
  }
  return counts;
}

// The language a script names when most letters are in it; nullopt for
// Latin text (told apart by its words) and for mixed text.
std::optional<std::string> LanguageOfScript(const ScriptCounts& c) {
  const int non_latin = c.han + c.kana + c.hangul + c.thai + c.hebrew + c.arabic + c.devanagari + c.greek + c.cyrillic;
  constexpr int kMinimumLetters = 10;
  if (non_latin < kMinimumLetters || non_latin < c.latin / 2) return std::nullopt;
  // Japanese writes Han with kana between; Chinese has no kana.
  if (c.kana * 20 >= c.han + c.kana && c.kana > 0 && c.kana + c.han >= non_latin / 2) return "ja";
  const std::pair<int, const char*> scripts[] = {{c.han, "zh"},     {c.hangul, "ko"}, {c.thai, "th"},
                                                 {c.hebrew, "he"},  {c.arabic, "ar"}, {c.devanagari, "hi"},
                                                 {c.greek, "el"},   {c.cyrillic, "ru"}};
  const auto* best = &scripts[0];
  for (const auto& script : scripts) {
    if (script.first > best->first) best = &script;
  }
  if (best->first * 2 < non_latin) return std::nullopt;
  if (std::string_view(best->second) == "ru" && c.ukrainian * 100 >= c.cyrillic) return "uk";
  return std::string(best->second);
}

}  // namespace

std::optional<std::string> DetectLanguage(std::string_view text) {
  if (auto by_script = LanguageOfScript(CountScripts(text))) return by_script;
  std::vector<std::string> words = Words(text);
  if (words.size() < 8) return std::nullopt;
  std::unordered_map<std::string_view, int> hits;
  for (const Stopwords& language : Languages()) {
    int count = 0;
    for (const std::string& word : words) count += language.words.count(word) > 0 ? 1 : 0;
    hits[language.code] = count;
  }
  std::string_view best, second;
  for (const auto& [code, count] : hits) {
    if (best.empty() || count > hits[best]) {
      second = best;
      best = code;
    } else if (second.empty() || count > hits[second]) {
      second = code;
    }
  }
  int top = hits[best];
  int runner_up = second.empty() ? 0 : hits[second];
  // At least 3 stopwords and 5% of the words, and a clear margin over the
  // next language (Spanish and Portuguese share many words).
  if (top < 3 || top * 20 < static_cast<int>(words.size()) || top * 4 < runner_up * 5) return std::nullopt;
  return std::string(best);
}

std::optional<std::string> DetectPostingLanguage(const std::vector<TextLine>& lines) {
  std::string text;
  for (const TextLine& line : lines) {
    if (line.origin != LineOrigin::kHeader) {
      text += line.text;
      text += '\n';
      if (text.size() > 20000) break;  // plenty for a count
    }
  }
  return DetectLanguage(text);
}

}  // namespace jobpipe::facts
