#include "app/posting_fingerprint.h"

#include <set>
#include <utility>
#include <vector>

#include "core/text/ascii.h"
#include "core/text/transliterate.h"
#include "core/text/utf8.h"
#include "export/text_cleaning.h"
#include "normalize/normalize.h"

namespace jobpipe {
namespace {

// General punctuation, Latin-1 symbols and the like: word breaks.
bool IsPunctuation(char32_t c) {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F);
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words(1);
  auto space = [&] {
    if (!words.back().empty()) words.emplace_back();
  };
  for (std::size_t at = 0; at < text.size();) {
    const auto [point, length] = textkit::DecodeAt(text, at);
    if (point < 0x80) {
      const char c = textkit::AsciiLower(static_cast<char>(point));
      if (textkit::IsAsciiAlnum(point)) {
        words.back() += c;
      } else if (c != '\'' && c != '.') {  // "O'Neil" = "ONeil", "S.A." = "SA"
        space();
      }
    } else if (IsPunctuation(point)) {
      space();
    } else if (std::string_view ascii = textkit::TransliterateToAscii(point); !ascii.empty()) {
      // Accents are folded: one employer is spelt "Société Générale" on
      // its own site and "Societe Generale" on a board that strips them.
      words.back() += ascii;
    } else {
      words.back() += text.substr(at, length);  // other scripts as written
    }
    at += length;
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += (out.empty() ? "" : " ") + word;
  return out;
}

}  // namespace

std::string NormalizedWords(std::string_view text) { return Join(Words(text)); }

std::string NormalizedCompany(std::string_view company) {
  // The legal forms as words the way a name's words are made ("S.A." =
  // "sa"): words that say what kind of company it is, not which.
  static const std::set<std::string> kLegalFormWords = [] {
    std::set<std::string> words;
    for (std::string_view form : EmployerLegalForms()) {
      for (std::string& word : Words(form)) words.insert(std::move(word));
    }
    return words;
  }();
  std::vector<std::string> words = Words(company);
  while (words.size() > 1 && kLegalFormWords.contains(words.back())) words.pop_back();
  return Join(words);
}

std::string PostingFingerprint(const Facts& facts) {
  // The values as the record writes them (CleanInline): a control
  // character or an escape sequence in a title is no word of it.
  std::string company = NormalizedCompany(CleanInline(facts.company.value_or("")));
  std::string title = NormalizedWords(CleanInline(facts.title.value_or("")));
  if (company.empty() || title.empty()) return "";
  return "fingerprint:" + company + "|" + title + "|" +
         NormalizedWords(CleanInline(facts.location.value_or("")));
}

}  // namespace jobpipe
