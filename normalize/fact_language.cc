#include "normalize/fact_language.h"

#include <array>
#include <unordered_map>
#include <unordered_set>

namespace jobpipe {
namespace {

struct Stopwords {
  const char* code;
  std::unordered_set<std::string_view> words;
};

// Words that are frequent in one language and rare as words of the others
// ("de", "a", "en" are shared by several, so they are left out).
const std::array<Stopwords, 11>& Languages() {
  static const std::array<Stopwords, 11> kLanguages = {{
      {"en", {"the", "and", "of", "to", "with", "you", "we", "our", "your", "for", "is", "are", "will",
              "in", "this", "that", "be", "have", "an", "on", "as", "or", "experience", "team"}},
      {"de", {"und", "der", "die", "das", "mit", "für", "wir", "sie", "ist", "sind", "ein", "eine",
              "im", "zu", "von", "auf", "bei", "dich", "du", "unser", "unsere", "nicht", "oder", "auch"}},
      {"fr", {"le", "la", "les", "et", "des", "du", "un", "une", "pour", "nous", "vous", "dans", "sur",
              "est", "avec", "au", "aux", "qui", "votre", "notre", "sont", "être", "ou", "ses"}},
      {"es", {"el", "los", "las", "y", "del", "para", "con", "por", "una", "que", "es", "su", "como",
              "tu", "nuestro", "nuestra", "experiencia", "trabajo", "equipo", "más", "sus", "se"}},
      {"pt", {"o", "os", "as", "e", "do", "da", "dos", "das", "para", "com", "um", "uma", "em", "na",
              "no", "que", "experiência", "trabalho", "equipa", "equipe", "você", "não", "ao"}},
      {"it", {"il", "lo", "gli", "e", "di", "della", "del", "per", "con", "un", "una", "che", "sono",
              "nel", "nella", "alla", "esperienza", "lavoro", "siamo", "delle", "degli", "anche"}},
      {"nl", {"het", "een", "en", "van", "voor", "met", "wij", "je", "jij", "ons", "onze", "is",
              "zijn", "op", "te", "bij", "ervaring", "naar", "ook", "niet", "wat"}},
      {"fi", {"ja", "on", "että", "tai", "sekä", "myös", "meillä", "olet", "kanssa", "työ", "sinulla",
              "haemme", "tehtävä", "osaamista", "kokemusta", "ovat", "ole", "voit", "hyvä", "tiimi"}},
      {"et", {"ja", "on", "ning", "või", "oma", "kui", "mis", "see", "meie", "sinu", "töö",
              "kogemus", "oled", "ka", "kes", "sa", "ole", "hea", "üle", "tööd"}},
      {"sv", {"och", "att", "det", "som", "för", "med", "är", "vi", "du", "på", "av", "en", "ett",
              "har", "till", "dig", "oss", "vår", "erfarenhet", "inom"}},
      {"pl", {"w", "z", "na", "się", "jest", "oraz", "dla", "nie", "lub", "jak", "od",
              "pracy", "doświadczenie", "naszym", "jesteś", "znajomość", "będzie", "że"}},
  }};
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
      words.push_back(AsciiLower(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(AsciiLower(word));
  return words;
}

}  // namespace

std::optional<std::string> DetectLanguage(std::string_view text) {
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

}  // namespace jobpipe
