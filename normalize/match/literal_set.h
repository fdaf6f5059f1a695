// Finds any of a list of literals in text the way a case-insensitive RE2
// alternation of them finds it (with \b where a literal asks for it),
// without compiling one: compiling and first running the large (?i)
// alternations of role and seniority words was a tenth of a short run.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::match {

class LiteralSet {
 public:
  /// Literals in lower case, in three kinds: stems match anywhere
  /// ("entwickler" in "Softwareentwickler"), whole words need RE2's \b on
  /// both sides ("lead", "head of"), word starts only before
  /// ("praktikant" for "praktikant\w*"). Non-ASCII letters must be among
  /// those whose capitals this file knows (see the .cc); others never match.
  LiteralSet(const std::vector<std::string_view>& stems,
             const std::vector<std::string_view>& whole_words,
             const std::vector<std::string_view>& word_starts = {});

  /// True when one of the literals is written in `text`. Case is ignored
  /// as RE2's (?i) ignores it: ASCII letters (also KELVIN SIGN as "k" and
  /// LONG S as "s") and the known Latin letters and their capitals.
  bool FoundIn(std::string_view text) const;

  /// True when one of the literals is written starting at text[at].
  bool FoundAt(std::string_view text, std::size_t at) const;

 private:
  struct Entry {
    std::string text;  // one case variant of the non-ASCII letters
    bool word_start = false;
    bool word_end = false;
  };
  void Add(std::string_view literal, bool word_start, bool word_end);
  bool Matches(const Entry& entry, std::string_view text, std::size_t at) const;

  /// Entries by their first byte (a lowered ASCII letter, or a UTF-8 lead).
  std::array<std::vector<Entry>, 256> by_first_byte_;
};

}  // namespace jobpipe::match
