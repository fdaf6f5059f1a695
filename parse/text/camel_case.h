// Words that are camel-case by nature (LinkedIn, iPhone, DevOps, useState):
// inside them a lowercase letter followed by a capital is part of the word,
// not a line break that a copy-paste lost. The lexicon is
// data/camel_case_words.txt (compiled in); the generic patterns are in code.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace jobpipe::text {

/// A word split into its camel humps: `starts[i]` is the byte offset of
/// hump i (starts[0] == 0). A new hump starts at each lowercase-to-capital
/// step ("portfolioOrganize" -> "portfolio", "Organize").
struct CamelWord {
  std::string_view word;
  std::vector<std::size_t> starts;
};

/// True when the step into hump `hump` (>= 1) of `word` belongs to a word
/// that is camel-case by nature, so it must not be split there.
bool IsNaturalCamelStep(const CamelWord& word, std::size_t hump);

/// True when `word` is listed in the lexicon (exact spelling).
bool IsCamelCaseLexiconWord(std::string_view word);

}  // namespace jobpipe::text
