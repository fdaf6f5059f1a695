// Letter case, accent stripping and the lexicon fold of the text toolkit
// (core/text/letter_case.h, transliterate.h, match_fold.h, regex_fold.h),
// and the caseless ASCII find (ascii.h).
#include <catch2/catch.hpp>
#include <string>

#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/match_fold.h"
#include "core/text/regex_fold.h"
#include "core/text/transliterate.h"

namespace jobpipe::textkit {
namespace {

TEST_CASE("Letter case is known for Latin, Greek and Cyrillic", "[textkit][case]") {
  CHECK(IsUpper('Q'));
  CHECK(IsLower('q'));
  CHECK(IsUpper(0xC9));        // É
  CHECK(IsLower(0xDF));        // ß has no capital of its own here
  CHECK(IsUpper(0x130));       // Turkish İ
  CHECK(IsLower(0x131));       // Turkish dotless ı
  CHECK(IsUpper(0x141));       // Ł (capitals on odd code points there)
  CHECK(IsLower(0x142));       // ł
  CHECK(IsUpper(0x3A3));       // Σ
  CHECK(IsLower(0x3C2));       // final ς
  CHECK(IsUpper(0x416));       // Ж
  CHECK(IsLower(0x436));       // ж
  CHECK_FALSE(IsUpper(0xD7));  // ×
  // Caseless scripts: letters of neither case.
  for (char32_t c : {char32_t{0x4E2D}, char32_t{0x0E07}, char32_t{0xAC00}, char32_t{0x30AB}}) {
    CHECK(IsLetter(c));
    CHECK_FALSE(IsUpper(c));
    CHECK_FALSE(IsLower(c));
  }
  CHECK_FALSE(IsLetter(0x0E3F));  // ฿ is a currency sign
  CHECK_FALSE(IsLetter('-'));
}

TEST_CASE("Greek folds without case or accents, Cyrillic lowers", "[textkit][case]") {
  CHECK(FoldGreek(0x3A3) == 0x3C3);  // Σ -> σ
  CHECK(FoldGreek(0x3C2) == 0x3C3);  // ς -> σ
  CHECK(FoldGreek(0x38F) == 0x3C9);  // Ώ -> ω
  CHECK(FoldGreek(0x390) == 0x3B9);  // ΐ -> ι
  CHECK(FoldGreek('a') == 'a');
  CHECK(LowerCyrillic(0x41E) == 0x43E);  // О -> о
  CHECK(LowerCyrillic(0x401) == 0x451);  // Ё -> ё
  CHECK(LowerCyrillic(0x436) == 0x436);
}

TEST_CASE("Lowercased and CapitalizedWords change only letters of known case", "[textkit][case]") {
  CHECK(Lowercased("ПОЛНАЯ Занятость") == "полная занятость");
  CHECK(Lowercased("ÅLESUND ŁÓDŹ ΑΘΗΝΑ Ёлки") == "ålesund łódź αθηνα ёлки");
  CHECK(Lowercased("正社員 Full-Time 정규직") == "正社員 full-time 정규직");
  CHECK(CapitalizedWords("TRØNDELAG") == "Trøndelag");
  CHECK(CapitalizedWords("SANKT-PETERBURG") == "Sankt-Peterburg");
  CHECK(CapitalizedWords("NEW YORK, NY") == "New York, Ny");  // callers keep short codes themselves
  CHECK(CapitalizedWords("L'AQUILA") == "L'Aquila");
  CHECK(CapitalizedWords("") == "");
}

TEST_CASE("TransliterateToAscii spells Latin letters, the western ones or all",
          "[textkit][transliterate]") {
  CHECK(TransliterateToAscii(0xE9) == "e");
  CHECK(TransliterateToAscii(0xDF) == "ss");    // ß
  CHECK(TransliterateToAscii(0x1E9E) == "ss");  // ẞ
  CHECK(TransliterateToAscii(0x131) == "i");    // ı
  CHECK(TransliterateToAscii(0x130) == "i");    // İ
  CHECK(TransliterateToAscii(0x152) == "oe");   // Œ
  CHECK(TransliterateToAscii(0xFB01) == "fi");
  CHECK(TransliterateToAscii(0xFF21) == "a");   // fullwidth Ａ
  CHECK(TransliterateToAscii(0x1EA1) == "a");   // ạ (Vietnamese)
  CHECK(TransliterateToAscii(0xD7).empty());    // ×
  CHECK(TransliterateToAscii(0x4E2D).empty());  // 中
  CHECK(TransliterateToAscii(0x1F600).empty());
  CHECK(TransliterateToAscii(0xE9, LatinLetters::kWesternLatin) == "e");
  CHECK(TransliterateToAscii(0x219, LatinLetters::kWesternLatin) == "s");  // ș
  CHECK(TransliterateToAscii(0x1EA1, LatinLetters::kWesternLatin).empty());
  CHECK(TransliterateToAscii(0xFF21, LatinLetters::kWesternLatin).empty());
}

TEST_CASE("FoldForMatch: lowercase words, accents folded, every script kept", "[textkit][fold]") {
  CHECK(FoldForMatch("Über uns") == "uber uns");
  CHECK(FoldForMatch("STRASSE Straße") == "strasse strasse");
  CHECK(FoldForMatch("İstanbul ılık") == "istanbul ilik");  // Turkish dotted and dotless i
  CHECK(
      FoldForMatch("ΑΠΑΙΤΉΣΕΙΣ απαιτήσεις") ==
      "\xCE\xB1\xCF\x80\xCE\xB1\xCE\xB9\xCF\x84\xCE\xB7\xCF\x83\xCE\xB5\xCE\xB9\xCF\x83 "
      "\xCE\xB1\xCF\x80\xCE\xB1\xCE\xB9\xCF\x84\xCE\xB7\xCF\x83\xCE\xB5\xCE\xB9\xCF\x83");  // final
                                                                                            // ς as
                                                                                            // σ
  CHECK(FoldForMatch("ОБЯЗАННОСТИ") == FoldForMatch("обязанности"));
  CHECK(FoldForMatch("**What you'll do:**") == "what youll do");
  CHECK(FoldForMatch("l'expérience d’un poste") == "l experience d un poste");
  CHECK(FoldForMatch("🚀 Your mission ✨") == "your mission");
  CHECK(FoldForMatch("ＡＷＳ １．") == "aws 1");
  // Han and Thai: no spaces between words, so each character is a word.
  CHECK(FoldForMatch("【岗位职责】") == "\xE5\xB2\x97 \xE4\xBD\x8D \xE8\x81\x8C \xE8\xB4\xA3");
  CHECK(FoldForMatch("งาน") == "\xE0\xB8\x87 \xE0\xB8\xB2 \xE0\xB8\x99");
  // Hangul and Arabic are spaced scripts: their words stay whole.
  CHECK(FoldForMatch("자격 요건") == "\xEC\x9E\x90\xEA\xB2\xA9 \xEC\x9A\x94\xEA\xB1\xB4");
  CHECK(FoldForMatch("المسؤوليات") == "المسؤوليات");
  CHECK(FoldForMatch("bad\xFF"
                     "byte") == "bad byte");
  CHECK(FoldForMatch("").empty());
}

TEST_CASE("ContainsPhrase matches whole folded words", "[textkit][fold]") {
  CHECK(ContainsPhrase("what you will do", "you will", false));
  CHECK_FALSE(ContainsPhrase("what you willingly do", "you will", false));
  CHECK(ContainsPhrase("about us", "about", true));
  CHECK_FALSE(ContainsPhrase("all about us", "about", true));
  CHECK_FALSE(ContainsPhrase("about", "", false));
}

// The fold as section headings need it (moved here with the fold from
// normalize/sections/section_text).
TEST_CASE("folding drops case, accents, apostrophes, markdown and emoji", "[textkit][fold]") {
  CHECK(FoldForMatch("**Über UNS:**") == "uber uns");
  CHECK(FoldForMatch("What you\xE2\x80\x99ll do") == "what youll do");
  CHECK(FoldForMatch("\xE2\x9A\x99\xEF\xB8\x8FRECRUITMENT PROCESS") == "recruitment process");
  CHECK(FoldForMatch("Tööülesanded") == "tooulesanded");
  CHECK(FoldForMatch("  ## Profil recherché  ") == "profil recherche");
  // Russian ё is often written е: both fold to е ("ждём", "ждем").
  CHECK(FoldForMatch("Что мы ждём") == FoldForMatch("Что мы ждем"));
  CHECK(FoldForMatch("ЁЛКА") == "елка");
}

TEST_CASE("folding keeps every script's letters", "[textkit][fold]") {
  CHECK(FoldForMatch("ОБЯЗАННОСТИ и Задачи") == "обязанности и задачи");
  CHECK(FoldForMatch("ΠΑΡΟΧΕΣ") == FoldForMatch("Παροχές"));
  CHECK(FoldForMatch("Παροχές") == "παροχεσ");
  CHECK(FoldForMatch("Ї Є") == "ї є");
  CHECK(FoldForMatch("【岗位职责】") == "岗 位 职 责");
  CHECK(FoldForMatch("仕事内容：AWSの運用") == "仕 事 内 容 aws の 運 用");
  CHECK(FoldForMatch("자격 요건:") == "자격 요건");
  CHECK(FoldForMatch("ＡＷＳ　１年") == "aws 1 年");
  CHECK(FoldForMatch("דרישות התפקיד") == "דרישות התפקיד");
  CHECK(FoldForMatch("Cerințe și responsabilități") == "cerinte si responsabilitati");
}

TEST_CASE("phrases match whole words only", "[textkit][fold]") {
  CHECK(ContainsPhrase("our benefits", "benefits", false));
  CHECK_FALSE(ContainsPhrase("benefitsx", "benefits", false));
  CHECK_FALSE(ContainsPhrase("the perksy", "perks", false));
  CHECK(ContainsPhrase("about acme", "about", true));
  CHECK_FALSE(ContainsPhrase("all about acme", "about", true));
}

TEST_CASE("Pictographs and emoji parts", "[textkit][emoji]") {
  CHECK(IsPictograph(0x1F4B0));  // money bag
  CHECK(IsPictograph(0x2705));   // check mark button
  CHECK(IsPictograph(0xFE0F));
  CHECK_FALSE(IsPictograph(0x25BA));  // a pointer a list may start with
  CHECK(IsEmojiPart(0x25BA));
  CHECK(IsEmojiPart(0x1F4CD));
  CHECK(IsEmojiPart(0xE0067));  // a tag character of a flag
  CHECK_FALSE(IsEmojiPart('A'));
  CHECK_FALSE(IsEmojiPart(0x4E2D));
}

TEST_CASE("ContainsAnyFolded folds as RE2's (?i) does", "[textkit][case]") {
  CHECK(ContainsAnyFolded("Salary: 50K", {"50k"}));
  CHECK(ContainsAnyFolded("50\xE2\x84\xAA", {"50k"}));  // KELVIN SIGN
  CHECK(
      ContainsAnyFolded("\xC5\xBF"
                        "alary",
                        {"salary"}));  // LONG S
  CHECK_FALSE(ContainsAnyFolded("Gehalt", {"salary", "pay"}));
  CHECK(FoldedAsciiAt("X", 0) == std::pair<char, std::size_t>{'x', 1});
  CHECK(FoldedAsciiAt("X", 1) == std::pair<char, std::size_t>{'\0', 0});
}

TEST_CASE("FindAsciiCaseless finds a lower-case needle in text of either case", "[textkit][case]") {
  CHECK(FindAsciiCaseless("a</SCRIPT>", "</script") == 1);
  CHECK(FindAsciiCaseless("<Style><style>", "<style", 1) == 7);
  CHECK(FindAsciiCaseless("<style>", "<style", 7) == std::string_view::npos);
  CHECK(FindAsciiCaseless("<style>", "<style", 99) == std::string_view::npos);  // past the end
  // Other bytes match only as they are: "é" is found in "Été", "ét" is not.
  CHECK(FindAsciiCaseless("\xC3\x89t\xC3\xA9", "\xC3\xA9") == 3);
  CHECK(FindAsciiCaseless("\xC3\x89t\xC3\xA9", "\xC3\xA9t") == std::string_view::npos);
}

}  // namespace
}  // namespace jobpipe::textkit
