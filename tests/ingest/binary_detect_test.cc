// DetectBinary: table-driven.
#include "ingest/binary_detect.h"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using jobpipe::DetectBinary;

TEST_CASE("DetectBinary names what binary input is") {
  struct Case {
    std::string input;
    std::optional<std::string> expected;
  };
  const Case cases[] = {
      {"Senior Engineer\nBerlin\n", std::nullopt},
      {"", std::nullopt},
      {"Caf\xE9 \x93quoted\x94 (windows-1252 text)", std::nullopt},
      {"tab\tform\ffeed\vand \x1B[1mbold\x1B[0m", std::nullopt},
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "PDF document"},
      {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "PNG image"},
      {"\xFF\xD8\xFF\xE0\x00\x10JFIF", "JPEG image"},
      {"GIF89a\x01\x00", "GIF image"},
      {std::string("PK\x03\x04\x14\0\x06\0", 8), "ZIP archive, e.g. .docx or .odt"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document (.doc/.xls)"},
      {"\x1F\x8B\x08\x00", "gzip data"},
      {"\x7F"
       "ELF\x02\x01",
       "ELF executable"},
      {"{\\rtf1\\ansi Job", "RTF document"},
      {std::string("text with a \0 in it", 19), "NUL bytes"},
      {"\x01\x02\x03\x04\x05 abc \x06\x07\x08\x0E\x0F", "many control characters"},
  };
  for (const auto& c : cases) {
    INFO(c.input);
    CHECK(DetectBinary(c.input) == c.expected);
  }
}

TEST_CASE("DetectBinary tolerates a few stray control characters in long text") {
  std::string text(2000, 'a');
  text[100] = '\x01';
  text[900] = '\x7F';
  CHECK(DetectBinary(text) == std::nullopt);
}
