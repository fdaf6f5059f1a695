// A paragraph cut into words for the flattened-description rules
// (flat_text.h): what they look at around each space is the case a word
// starts with and the punctuation it ends with.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::flat {

enum class WordStart { kUpper, kLower, kDigit, kOther };

struct FlatWord {
  std::size_t begin = 0;  // byte offsets in the paragraph
  std::size_t end = 0;
  /// First letter or digit, after opening quotes and brackets.
  WordStart start = WordStart::kOther;
  bool ends_sentence = false;  // . ! ? (closing quotes or brackets after)
  bool ends_clause = false;    // , : or a dash, slash, & or +
  bool ends_colon = false;
  std::string folded;  // FoldForMatch of the word: "Bachelor’s" -> "bachelors"
  /// Its last folded word is a glue word (IsGlueWord): "the", "d'", "of".
  bool glue = false;
  /// A run of five or more - _ = * ~ or box-drawing dashes: the line that
  /// separated two parts of the description ("-----" between two
  /// languages) before its line breaks were lost.
  bool is_rule = false;
};

/// The paragraph's words (runs of non-spaces), in order.
std::vector<FlatWord> SplitFlatWords(std::string_view paragraph);

/// The word as the paragraph has it.
std::string_view WordText(std::string_view paragraph, const FlatWord& word);

/// The text of words [first, end) as the paragraph has it.
std::string_view WordsText(std::string_view paragraph, const std::vector<FlatWord>& words,
                           std::size_t first, std::size_t end);

/// The last word of folded text ("" for "").
std::string_view LastWord(std::string_view folded);

/// An article, preposition, conjunction or possessive ("the", "of", "and",
/// "our", "de", "und"), or what stands before a number ("at least", "al
/// menos", "over"): a word that neither ends a list item nor stands right
/// before a heading. Takes the folded word.
bool IsGlueWord(std::string_view folded);

}  // namespace jobpipe::flat
