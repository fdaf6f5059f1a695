#include "normalize/sections/content_features.h"

#include <algorithm>

#include "core/text/match_fold.h"

namespace jobpipe::sections {
namespace {

// Byte offsets of the code points of a folded word (valid UTF-8).
std::vector<std::size_t> CodePointStarts(std::string_view word) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if ((static_cast<unsigned char>(word[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  return starts;
}

void AddTrigrams(std::string_view word, std::vector<std::string>& features) {
  const std::string marked = "^" + std::string(word) + "$";
  const std::vector<std::size_t> starts = CodePointStarts(marked);
  constexpr std::size_t kGram = 3;
  if (starts.size() < kGram + 2) return;  // three letters at least, besides the marks
  for (std::size_t i = 0; i + kGram <= starts.size(); ++i) {
    const std::size_t end = i + kGram < starts.size() ? starts[i + kGram] : marked.size();
    features.push_back("c " + marked.substr(starts[i], end - starts[i]));
  }
}

}  // namespace

std::vector<std::string> ContentFeatures(std::string_view text) {
  const std::string folded = textkit::FoldForMatch(text);
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) words.push_back(std::string_view(folded).substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string> features;
  if (words.empty()) return features;
  features.push_back("f " + std::string(words.front()));
  for (std::size_t i = 0; i < words.size(); ++i) {
    features.push_back("w " + std::string(words[i]));
    if (i + 1 < words.size()) features.push_back("b " + std::string(words[i]) + " " + std::string(words[i + 1]));
    AddTrigrams(words[i], features);
  }
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  return features;
}

}  // namespace jobpipe::sections
