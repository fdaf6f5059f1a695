// The toolkit's UTF-8 decoder and encoder (core/text/utf8.h) on the
// sequences Unicode calls ill-formed: overlongs, surrogates, values above
// U+10FFFF, truncated sequences, stray continuation bytes and bytes that
// start nothing.
#include <catch2/catch.hpp>
#include <string>

#include "core/text/utf8.h"

namespace jobpipe::textkit {
namespace {

struct SequenceCase {
  std::string bytes;
  char32_t value;
  std::size_t length;
  bool well_formed;
};

TEST_CASE("DecodeSequenceAt reads well-formed sequences and measures ill-formed ones",
          "[textkit][utf8]") {
  const SequenceCase cases[] = {
      {"A", 'A', 1, true},
      {"\xC3\xA9", 0xE9, 2, true},              // é
      {"\xE2\x82\xAC", 0x20AC, 3, true},        // €
      {"\xF0\x9F\x98\x80", 0x1F600, 4, true},   // 😀
      {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4, true},  // the last code point
      {"\xC0\xAF", 0xFFFD, 1, false},           // overlong '/': C0 starts nothing
      {"\xE0\x80\xAF", 0xFFFD, 1, false},       // overlong, 3 bytes
      {"\xF0\x80\x80\xAF", 0xFFFD, 1, false},   // overlong, 4 bytes
      {"\xED\xA0\x80", 0xFFFD, 1, false},       // surrogate U+D800
      {"\xF4\x90\x80\x80", 0xFFFD, 1, false},   // U+110000
      {"\xE2\x82", 0xFFFD, 2, false},           // truncated at the end: one subpart
      {"\xE2\x82"
       "A",
       0xFFFD, 2, false},                  // truncated before ASCII
      {"\xF0\x9F\x98", 0xFFFD, 3, false},  // truncated 4-byte sequence
      {"\x80", 0xFFFD, 1, false},          // stray continuation byte
      {"\xFF", 0xFFFD, 1, false},          // never in UTF-8
  };
  for (const SequenceCase& c : cases) {
    CAPTURE(c.bytes);
    const Utf8Sequence sequence = DecodeSequenceAt(c.bytes, 0);
    CHECK(sequence.value == c.value);
    CHECK(sequence.length == c.length);
    CHECK(sequence.well_formed == c.well_formed);
  }
  CHECK(DecodeSequenceAt("", 0).length == 0);
}

TEST_CASE("DecodeAt reads an ill-formed byte as U+FFFD one byte long", "[textkit][utf8]") {
  const std::string text =
      "a\xE2\x82"
      "b\xC3\xA9";
  CHECK(DecodeAt(text, 0).value == 'a');
  CHECK(DecodeAt(text, 1).value == 0xFFFD);
  CHECK(DecodeAt(text, 1).length == 1);
  CHECK(DecodeAt(text, 2).value == 0xFFFD);  // the lone continuation byte
  CHECK(DecodeAt(text, 3).value == 'b');
  CHECK(DecodeAt(text, 4).value == 0xE9);
  CHECK(DecodeAt(text, 4).length == 2);
  CHECK(DecodeAt(text, 6).length == 0);  // the end
}

TEST_CASE("DecodeBefore reads backwards what DecodeAt reads forwards", "[textkit][utf8]") {
  const std::string text =
      "x\xE4\xBD\xA0\xF0\x9F\x98\x80\x80"
      "y";  // x 你 😀 stray-byte y
  std::vector<char32_t> forwards;
  for (std::size_t at = 0; at < text.size(); at += DecodeAt(text, at).length)
    forwards.push_back(DecodeAt(text, at).value);
  std::vector<char32_t> backwards;
  for (std::size_t end = text.size(); end > 0; end -= DecodeBefore(text, end).length) {
    backwards.insert(backwards.begin(), DecodeBefore(text, end).value);
  }
  CHECK(forwards == std::vector<char32_t>{'x', 0x4F60, 0x1F600, 0xFFFD, 'y'});
  CHECK(backwards == forwards);
  CHECK(DecodeBefore(text, 0).length == 0);
}

TEST_CASE("AppendUtf8 writes every code point and U+FFFD for what is none", "[textkit][utf8]") {
  CHECK(EncodeUtf8('A') == "A");
  CHECK(EncodeUtf8(0xE9) == "\xC3\xA9");
  CHECK(EncodeUtf8(0x20AC) == "\xE2\x82\xAC");
  CHECK(EncodeUtf8(0x1F600) == "\xF0\x9F\x98\x80");
  CHECK(EncodeUtf8(0xD800) == "\xEF\xBF\xBD");
  CHECK(EncodeUtf8(0x110000) == "\xEF\xBF\xBD");
  for (char32_t value : {char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF}, char32_t{0x800},
                         char32_t{0xFFFF}, char32_t{0x10000}, char32_t{0x10FFFF}}) {
    const std::string bytes = EncodeUtf8(value);
    CHECK(DecodeAt(bytes, 0).value == value);
    CHECK(DecodeAt(bytes, 0).length == bytes.size());
  }
}

TEST_CASE("IsValidUtf8 and CodePointCount", "[textkit][utf8]") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("Entwickler (m/w/d) \xE2\x80\x93 M\xC3\xBCnchen"));
  CHECK(IsValidUtf8("\xE0\xB8\x87\xE0\xB8\xB2\xE0\xB8\x99"));  // Thai งาน
  CHECK_FALSE(IsValidUtf8("\xC0\x80"));
  CHECK_FALSE(IsValidUtf8("\xED\xBF\xBF"));
  CHECK_FALSE(IsValidUtf8("ok\xE2\x82"));
  CHECK(CodePointCount("M\xC3\xBCnchen") == 7);
  CHECK(CodePointCount("\xE6\x8B\x9B\xE8\x81\x98") == 2);  // 招聘
}

}  // namespace
}  // namespace jobpipe::textkit
