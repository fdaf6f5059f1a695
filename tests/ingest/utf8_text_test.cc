// SanitizeUtf8, IsValidUtf8, IsBlank: table-driven.
#include "ingest/utf8_text.h"

#include <catch2/catch.hpp>
#include <string>

using jobpipe::IsBlank;
using jobpipe::IsValidUtf8;
using jobpipe::SanitizeUtf8;

namespace {

struct SanitizeCase {
  const char* what;
  std::string input;
  std::string expected;
  std::size_t invalid;
};

const std::string kFffd = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("SanitizeUtf8 cleans what pasted and saved text carries") {
  const SanitizeCase cases[] = {
      {"plain ASCII", "Data Engineer\n", "Data Engineer\n", 0},
      {"leading BOM dropped", "\xEF\xBB\xBFTitle", "Title", 0},
      {"BOM inside text is a zero-width no-break space",
       "a\xEF\xBB\xBF"
       "b",
       "ab", 0},
      {"CRLF", "one\r\ntwo\r\n", "one\ntwo\n", 0},
      {"lone CR", "one\rtwo\r", "one\ntwo\n", 0},
      {"CR CR LF is two line ends", "a\r\r\nb", "a\n\nb", 0},
      {"tabs kept", "a\tb", "a\tb", 0},
      {"NBSP", "5\xC2\xA0years", "5 years", 0},
      {"narrow NBSP", "10\xE2\x80\xAF€", "10 €", 0},
      {"zero-width space", "Java\xE2\x80\x8BScript", "JavaScript", 0},
      {"ZWNJ and ZWJ",
       "a\xE2\x80\x8C"
       "b\xE2\x80\x8D"
       "c",
       "abc", 0},
      {"word joiner",
       "a\xE2\x81\xA0"
       "b",
       "ab", 0},
      {"smart quotes kept", "\xE2\x80\x9Cgreat\xE2\x80\x9D team\xE2\x80\x99s",
       "\xE2\x80\x9Cgreat\xE2\x80\x9D team\xE2\x80\x99s", 0},
      {"emoji kept", "\xF0\x9F\x9A\x80 launch", "\xF0\x9F\x9A\x80 launch", 0},
      {"lone continuation byte",
       "a\x80"
       "b",
       "a" + kFffd + "b", 1},
      {"latin-1 byte", "Caf\xE9 au lait", "Caf" + kFffd + " au lait", 1},
      {"truncated 3-byte sequence is one subpart",
       "a\xE2\x82"
       "b",
       "a" + kFffd + "b", 1},
      {"truncated at the end", "end\xF0\x9F\x9A", "end" + kFffd, 1},
      {"overlong slash", "\xC0\xAF", kFffd + kFffd, 2},
      {"overlong 3-byte", "\xE0\x80\xAF", kFffd + kFffd + kFffd, 3},
      {"surrogate", "\xED\xA0\x80", kFffd + kFffd + kFffd, 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},
      {"F5 lead", "\xF5", kFffd, 1},
      {"valid 4-byte max", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", 0},
  };
  for (const auto& c : cases) {
    INFO(c.what);
    auto out = SanitizeUtf8(c.input);
    CHECK(out.text == c.expected);
    CHECK(out.invalid_sequences == c.invalid);
    CHECK(IsValidUtf8(out.text));
  }
}

TEST_CASE("IsValidUtf8 accepts well-formed and rejects ill-formed UTF-8") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x9A\x80"));
  CHECK_FALSE(IsValidUtf8("Caf\xE9"));
  CHECK_FALSE(IsValidUtf8("\xC3"));
  CHECK_FALSE(IsValidUtf8("\xED\xBF\xBF"));
  CHECK_FALSE(IsValidUtf8("\xC1\xBF"));
}

TEST_CASE("IsBlank is true only for whitespace") {
  CHECK(IsBlank(""));
  CHECK(IsBlank(" \t\n\r\f\v "));
  CHECK_FALSE(IsBlank("  x "));
}
