#include "parse/text/run_together_guards.h"

#include <array>

#include "parse/text/utf8.h"

namespace jobpipe::text {
namespace {

constexpr std::size_t kMaxCodeSpan = 1000;
constexpr std::size_t kMaxLinkTarget = 2000;

// Words after which a period is an abbreviation, not an item's end
// ("Dr.Smith", "vs.Python"). "etc." is not here: items do end with it.
constexpr std::array<std::string_view, 19> kAbbreviations = {
    "vs", "cf", "approx", "incl", "esp", "viz", "al", "mr",  "mrs", "ms",
    "dr", "st", "jr",     "sr",   "no",  "nr",  "ca", "fig", "dept"};

}  // namespace

// Code spans and markdown link targets: byte ranges never to split in.
std::vector<ByteRange> ProtectedRanges(std::string_view line) {
  std::vector<ByteRange> ranges;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '`') {
      const std::size_t close = line.substr(i + 1, kMaxCodeSpan).find('`');
      if (close != std::string_view::npos) {
        ranges.emplace_back(i, i + 1 + close + 1);
        i += close + 1;
      }
    } else if (line[i] == ']' && i + 1 < line.size() && line[i + 1] == '(') {
      const std::size_t close = line.substr(i + 2, kMaxLinkTarget).find(')');
      if (close != std::string_view::npos) {
        ranges.emplace_back(i + 2, i + 2 + close);
        i += 1 + close;
      }
    }
  }
  return ranges;
}

// A whitespace-free chunk that is an address or identifier as a whole.
bool IsProtectedChunk(std::string_view chunk) {
  if (chunk.empty()) return false;
  if (chunk.front() == '#' || chunk.front() == '@') return true;  // #TeamAcme, @handle
  if (chunk.find("://") != std::string_view::npos || chunk.rfind("www.", 0) == 0) return true;
  if (chunk.find('@') != std::string_view::npos) return true;  // e-mail addresses
  if (chunk.find('=') != std::string_view::npos) return true;  // query strings, code
  if (chunk.find("::") != std::string_view::npos || chunk.find("->") != std::string_view::npos) {
    return true;
  }
  // snake_case_identifier (an underscore between two word characters).
  for (std::size_t i = 1; i + 1 < chunk.size(); ++i) {
    if (chunk[i] == '_' && chunk[i - 1] != ' ' && chunk[i + 1] != ' ' && chunk[i - 1] != '_' &&
        chunk[i + 1] != '_') {
      return true;
    }
  }
  return false;
}

// The word (letters, digits, apostrophes) around byte `at`, split in humps.
bool IsAbbreviationBefore(std::string_view line, std::size_t period) {
  std::size_t begin = period;
  while (begin > 0) {
    CodePoint before = DecodeBefore(line, begin);
    if (!IsLetter(before.value)) break;
    begin -= before.length;
  }
  const std::string_view word = line.substr(begin, period - begin);
  if (CodePointCount(word) == 1) return true;  // e.g. i.e. U.S. (single letters)
  const std::string lower = AsciiLower(word);
  for (std::string_view abbreviation : kAbbreviations) {
    if (lower == abbreviation) return true;
  }
  return false;
}

// "R&amp;D": the semicolon ends a character reference.
bool EndsEntity(std::string_view line, std::size_t semicolon) {
  const std::size_t from = semicolon > 10 ? semicolon - 10 : 0;
  const std::size_t amp = line.substr(from, semicolon - from).rfind('&');
  if (amp == std::string_view::npos) return false;
  for (std::size_t i = from + amp + 1; i < semicolon; ++i) {
    const char c = line[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#'))
      return false;
  }
  return true;
}

}  // namespace jobpipe::text
