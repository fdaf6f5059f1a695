// The eight-bytes-at-a-time line tests (core/byte_scan.h), each compared
// with a plain byte loop on random texts of the bytes they tell apart,
// at every length and offset the word loop and its tail can meet.
#include "core/byte_scan.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

namespace jobpipe {
namespace {

bool PlainIsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool PlainHasAsciiDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool PlainIsSingleSpaced(std::string_view text) {
  if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] >= '\t' && text[i] <= '\r') return false;
    if (text[i] == ' ' && i > 0 && text[i - 1] == ' ') return false;
  }
  return true;
}

bool PlainMayHaveInnerCapital(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
    const bool white_before = i == 0 || text[i - 1] == ' ' || (text[i - 1] >= '\t' && text[i - 1] <= '\r');
    if (text[i] >= 'A' && text[i] <= 'Z' && !white_before) return true;
  }
  return false;
}

TEST_CASE("byte scans agree with plain byte loops") {
  // Around each boundary the tests draw: digits, '/' and ':' beside them,
  // the white space controls and their neighbours, space, high bytes.
  const std::string kBytes = std::string("09/:\x08\t\n\v\f\r\x0E a@AZ[`z\x7F\x80\xA0\xB9\xC2\xFF") + '\0';
  std::mt19937 random(20261123);  // fixed: the same texts on every run
  std::uniform_int_distribution<int> length(0, 40);
  std::uniform_int_distribution<std::size_t> pick(0, kBytes.size() - 1);
  std::uniform_int_distribution<int> mostly_letters(0, 3);
  for (int i = 0; i < 300000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += mostly_letters(random) == 0 ? 'x' : kBytes[pick(random)];
    INFO(text);
    REQUIRE(IsAscii(text) == PlainIsAscii(text));
    REQUIRE(HasAsciiDigit(text) == PlainHasAsciiDigit(text));
    REQUIRE(IsSingleSpaced(text) == PlainIsSingleSpaced(text));
    REQUIRE(MayHaveInnerCapital(text) == PlainMayHaveInnerCapital(text));
  }
}

TEST_CASE("byte scans on plain examples") {
  CHECK(IsSingleSpaced("Build and ship"));
  CHECK(IsSingleSpaced(""));
  CHECK_FALSE(IsSingleSpaced("Build  and ship"));
  CHECK_FALSE(IsSingleSpaced("Build and ship "));
  CHECK_FALSE(IsSingleSpaced("seven b  eight"));  // the two spaces span the first eight bytes' end
  CHECK_FALSE(IsSingleSpaced("Build\tand"));
  CHECK(IsSingleSpaced("caf\xC3\xA9 au lait"));
  CHECK(HasAsciiDigit("since 2004"));
  CHECK_FALSE(HasAsciiDigit("no digits \xD9\xA3 here"));  // ٣ is no ASCII digit
  CHECK_FALSE(MayHaveInnerCapital("Build and Ship. Then\tTest"));
  CHECK(MayHaveInnerCapital("portfolioOrganize"));
  CHECK(MayHaveInnerCapital("the cloud.Experience"));
  CHECK(IsAscii("plain"));
  CHECK_FALSE(IsAscii("caf\xC3\xA9"));
}

}  // namespace
}  // namespace jobpipe
