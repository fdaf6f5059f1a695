// An invented paste through the real text parser and Normalize, on a fixed
// date: shared by the facts suites that check one posting at a time.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "normalize/normalize.h"
#include "parse/parse.h"

namespace jobpipe::testing {

inline Posting NormalizeText(const std::string& body) {
  Document document;
  document.body = body;
  NormalizeOptions options;
  options.date = "2026-01-15";
  Result<Posting> posting = Normalize(ParseText(document), options);
  REQUIRE(posting);
  return *posting;
}

}  // namespace jobpipe::testing
