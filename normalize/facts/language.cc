#include "normalize/facts/language.h"

#include <array>
#include <unordered_map>
#include <unordered_set>

#include "core/text/ascii.h"
#include "core/text/utf8.h"

namespace jobpipe::facts {
namespace {

struct Stopwords {
  const char* code;
  std::unordered_set<std::string_view> words;
};

// Words that are frequent in one language and rare as words of the others
// ("de", "a", "en" are shared by several, so they are left out).
const std::array<Stopwords, 18>& Languages() {
  static const std::array<Stopwords, 18> kLanguages = {{
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
      {"fi", {"sinulta", "tarjoamme", "kokemusta", "osaamista", "tehtäväsi", "katsotaan", "ja", "on", "että", "tai", "sekä", "myös", "meillä", "olet", "kanssa", "työ", "sinulla",
              "haemme", "tehtävä", "osaamista", "kokemusta", "ovat", "ole", "voit", "hyvä", "tiimi"}},
      {"et", {"pakume", "ootame", "sinult", "kogemust", "oskust", "tuleb", "ja", "on", "ning", "või", "oma", "kui", "mis", "see", "meie", "sinu", "töö",
              "kogemus", "oled", "ka", "kes", "sa", "ole", "hea", "üle", "tööd"}},
      {"sv", {"och", "att", "det", "som", "för", "med", "är", "vi", "du", "på", "av", "en", "ett",
              "har", "till", "dig", "oss", "vår", "erfarenhet", "inom"}},
      {"pl", {"w", "z", "na", "się", "jest", "oraz", "dla", "nie", "lub", "jak", "od",
              "pracy", "doświadczenie", "naszym", "jesteś", "znajomość", "będzie", "że"}},
      // Danish and Norwegian share most of their small words (and many with
      // Swedish): the shared ones, then those that tell them apart.
      {"da", {"udvikler", "tilbyder", "forventer", "opgaver", "fordel", "er", "det", "som", "med", "vi", "du", "på", "til", "har", "og", "af", "jeg", "vores", "dig", "bliver", "arbejde", "arbejdet", "ikke", "også", "dine",
              "hvor", "hvad", "meget", "nogle", "samt", "gerne", "ansøgning"}},
      {"nb", {"er", "det", "som", "med", "vi", "du", "på", "til", "har", "og", "å", "vår", "våre", "deg", "blir", "jobbe", "ikke", "også", "ditt", "hvor", "hva",
              "mye", "noen", "samt", "gjerne", "søknad", "erfaring"}},
      {"cs", {"je", "se", "pro", "které", "který", "jsou", "nebo", "budeš", "naše", "také", "při",
              "být", "práce", "zkušenosti", "jako", "máš"}},
      {"sk", {"sa", "pre", "ktoré", "ktorý", "sú", "alebo", "budeš", "naše", "tiež", "pri", "byť",
              "práce", "skúsenosti", "ako", "máš"}},
      {"ro", {"și", "în", "la", "cu", "pentru", "este", "sunt", "care", "să", "din", "pe", "ale",
              "noastre", "experiență", "echipa", "vei"}},
      {"tr", {"deneyimi", "bilgisi", "geliştiriyor", "sigortası", "aranan", "nitelikler", "ve", "bir", "için", "ile", "bu", "olarak", "olan", "çok", "gibi", "sahip", "deneyim",
              "iş", "veya", "ekip", "konusunda"}},
      {"lt", {"ir", "su", "į", "kad", "yra", "mes", "jūs", "darbo", "arba", "kaip", "tavo", "mūsų",
              "bei", "iš", "patirtis"}},
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
