// Charset detection and conversion (text_decode.h, charset_convert.h).
#include "ingest/text_decode.h"

#include <catch2/catch.hpp>
#include <string>

#include "ingest/charset_convert.h"

using jobpipe::CanonicalCharset;
using jobpipe::CharsetFromContentType;
using jobpipe::CharsetFromMeta;
using jobpipe::DecodeHints;
using jobpipe::DecodeToUtf8;

TEST_CASE("CharsetFromContentType reads the charset parameter") {
  CHECK(CharsetFromContentType("text/html; charset=ISO-8859-1") == "iso-8859-1");
  CHECK(CharsetFromContentType("text/html;charset=\"windows-1252\"") == "windows-1252");
  CHECK(CharsetFromContentType("text/html; Charset = Shift_JIS") == "shift_jis");
  CHECK(CharsetFromContentType("text/html") == "");
  CHECK(CharsetFromContentType("") == "");
}

TEST_CASE("CharsetFromMeta reads both meta forms in the head") {
  CHECK(CharsetFromMeta("<html><head><meta charset=\"windows-1252\">") == "windows-1252");
  CHECK(CharsetFromMeta("<meta charset=utf-8 />") == "utf-8");
  CHECK(
      CharsetFromMeta("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=EUC-JP\">") ==
      "euc-jp");
  CHECK(CharsetFromMeta(
            "<meta name=\"viewport\" content=\"width=device-width\"><p>charset=x</p>") == "");
  CHECK(CharsetFromMeta("<p>no meta at all</p>") == "");
  std::string late = std::string(5000, ' ') + "<meta charset=\"koi8-r\">";
  CHECK(CharsetFromMeta(late) == "");
}

TEST_CASE("CanonicalCharset follows the WHATWG label mapping") {
  struct Case {
    const char* label;
    const char* expected;
  };
  const Case cases[] = {
      {"utf-8", "UTF-8"},
      {"UTF8", "UTF-8"},
      {"iso-8859-1", "WINDOWS-1252"},
      {"latin1", "WINDOWS-1252"},
      {"us-ascii", "WINDOWS-1252"},
      {"gb2312", "GBK"},
      {"Shift_JIS", "WINDOWS-31J"},
      {"iso-8859-15", "ISO-8859-15"},
      {"koi8-r", "KOI8-R"},
      {"\"euc-jp\"", "EUC-JP"},
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.label);
    CHECK(CanonicalCharset(c.label) == c.expected);
  }
}

TEST_CASE("DecodeToUtf8 converts legacy charsets to UTF-8") {
  struct Case {
    const char* what;
    std::string bytes;
    std::string declared;
    std::string expected;
  };
  const Case cases[] = {
      {"windows-1252", "Caf\xE9 \x80 \x93q\x94", "windows-1252",
       "Caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x9Cq\xE2\x80\x9D"},
      {"latin1 label read as windows-1252", "5 \x80", "ISO-8859-1", "5 \xE2\x82\xAC"},
      {"iso-8859-15 euro", "\xA4", "iso-8859-15", "\xE2\x82\xAC"},
      {"windows-1252 NBSP becomes a space",
       "a\xA0"
       "b",
       "cp1252", "a b"},
      {"shift_jis", "\x93\x8C\x8B\x9E", "shift_jis", "\xE6\x9D\xB1\xE4\xBA\xAC"},  // 東京
      {"euc-jp", "\xC5\xEC\xB5\xFE", "euc-jp", "\xE6\x9D\xB1\xE4\xBA\xAC"},
      {"gb2312 as GBK", "\xB1\xB1\xBE\xA9", "gb2312", "\xE5\x8C\x97\xE4\xBA\xAC"},  // 北京
      {"koi8-r", "\xED\xCF\xD3\xCB\xD7\xC1", "koi8-r",
       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"},  // Москва
      {"UTF-16LE by BOM",
       std::string("\xFF\xFE"
                   "J\0o\0b\0",
                   8),
       "", "Job"},
      {"UTF-16BE by BOM", std::string("\xFE\xFF\0J\0o\0b", 8), "", "Job"},
      {"CRLF after conversion", "a\r\nb", "windows-1252", "a\nb"},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    DecodeHints hints;
    hints.name = "x";
    hints.declared_charset = c.declared;
    auto out = DecodeToUtf8(c.bytes, hints);
    CHECK(out.text == c.expected);
    CHECK(out.warnings.empty());
  }
}

TEST_CASE("DecodeToUtf8 finds the charset in order: BOM, declared, meta, fallback") {
  DecodeHints hints;
  hints.name = "page";
  hints.sniff_meta = true;
  std::string meta_page = "<meta charset=\"windows-1252\"><p>Caf\xE9</p>";
  CHECK(DecodeToUtf8(meta_page, hints).text == "<meta charset=\"windows-1252\"><p>Caf\xC3\xA9</p>");
  CHECK(DecodeToUtf8(meta_page, hints).charset == "WINDOWS-1252");

  hints.declared_charset = "utf-8";  // the header wins over the meta
  auto declared = DecodeToUtf8(meta_page, hints);
  CHECK(declared.charset == "UTF-8");
  REQUIRE(declared.warnings.size() == 1);
  CHECK(declared.warnings[0] == "page: replaced 1 invalid UTF-8 byte sequence with U+FFFD");

  hints.declared_charset = "koi8-r";  // a BOM wins over everything
  CHECK(DecodeToUtf8("\xEF\xBB\xBF"
                     "Caf\xC3\xA9",
                     hints)
            .text == "Caf\xC3\xA9");
}

TEST_CASE("DecodeToUtf8 without a declaration: UTF-8, or windows-1252 when asked") {
  DecodeHints hints;
  hints.name = "u";
  CHECK(DecodeToUtf8("Caf\xC3\xA9", hints).text == "Caf\xC3\xA9");
  auto strict = DecodeToUtf8("Caf\xE9 \x80", hints);
  CHECK(strict.text == "Caf\xEF\xBF\xBD \xEF\xBF\xBD");
  REQUIRE(strict.warnings.size() == 1);
  CHECK(strict.warnings[0] == "u: replaced 2 invalid UTF-8 byte sequences with U+FFFD");

  hints.legacy_fallback = true;
  auto legacy = DecodeToUtf8("Caf\xE9 \x80", hints);
  CHECK(legacy.text == "Caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(legacy.charset == "WINDOWS-1252");
  REQUIRE(legacy.warnings.size() == 1);
  CHECK(legacy.warnings[0].find("not valid UTF-8") != std::string::npos);
  CHECK(DecodeToUtf8("Caf\xC3\xA9", hints).charset == "UTF-8");  // valid UTF-8 stays UTF-8
}

TEST_CASE("DecodeToUtf8 reports bytes a charset does not define and unknown charsets") {
  DecodeHints hints;
  hints.name = "w";
  hints.declared_charset = "windows-1252";
  auto undefined = DecodeToUtf8(
      "a\x81"
      "b",
      hints);  // 0x81 is unassigned in windows-1252
  CHECK(undefined.text ==
        "a\xEF\xBF\xBD"
        "b");
  REQUIRE(undefined.warnings.size() == 1);
  CHECK(undefined.warnings[0] == "w: replaced 1 invalid WINDOWS-1252 byte sequence with U+FFFD");

  hints.declared_charset = "x-no-such-charset";
  auto unknown = DecodeToUtf8("plain", hints);
  CHECK(unknown.text == "plain");
  REQUIRE(unknown.warnings.size() == 1);
  CHECK(unknown.warnings[0] == "w: unknown charset \"X-NO-SUCH-CHARSET\"; read as UTF-8");
}
