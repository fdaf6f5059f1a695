// The posting's text as the fact rules see it: one list of cleaned lines
// (header lines, section headings, prose lines, list items), each knowing
// where it came from, plus the small string helpers the rules share.
#pragma once

#include <initializer_list>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "core/posting.h"

namespace jobpipe::facts {

enum class LineOrigin { kHeader, kHeading, kProse, kItem };

struct TextLine {
  std::string text;  // cleaned: no markdown emphasis, links reduced to their text
  LineOrigin origin = LineOrigin::kProse;
  SectionKind kind = SectionKind::kOther;  // the section it belongs to
};

/// Header lines first, then every section's heading, prose lines and items;
/// the blocks stand in when there are no sections.
std::vector<TextLine> CollectLines(const ParsedDocument& parsed,
                                   const std::vector<Section>& sections);

/// Removes markdown and chat decoration a paste carries: "[text](url)" ->
/// "text", "**", "__", backticks, leading "#"/bullets, emoji; trims.
std::string CleanLine(std::string_view line);

/// Whitespace trimmed at both ends (ASCII whitespace and no-break space).
std::string Trim(std::string_view text);
std::string_view TrimView(std::string_view text);

/// ASCII letters lowered; other bytes kept (enough for keyword tests).
std::string AsciiLower(std::string_view text);

/// A cheap test to run before a case-insensitive pattern is compiled or
/// run: true when `text` holds one of `keywords` (lowered ASCII), case
/// folded as RE2's (?i) folds it (ASCII letters, and U+212A KELVIN SIGN and
/// U+017F LONG S as "k" and "s"). A pattern that needs one of the keywords
/// cannot match text for which this is false.
bool ContainsAnyFolded(std::string_view text, std::initializer_list<std::string_view> keywords);
bool ContainsAnyFolded(std::string_view text, std::span<const std::string_view> keywords);

/// Splits on '\n' (a '\r' before it dropped), keeping empty lines out.
std::vector<std::string> SplitLines(std::string_view text);
/// The same lines as views into `text`.
std::vector<std::string_view> SplitLineViews(std::string_view text);

/// A label list ("location|standort|lieu"; lower case, literal words, '|'
/// between them) for "Label: value" lines: the label at the line start,
/// optional words in parentheses, then ":" (or " :"). A line's label is
/// looked up among the words before the pattern (LabelPattern) is compiled
/// or run, so a short run compiles only the patterns its lines could match.
class LabelSet {
 public:
  explicit LabelSet(std::string_view labels);
  /// False only when the pattern cannot match `line` (its start before ":"
  /// or "(" is no label); true also when unsure (non-ASCII before the colon).
  bool MayLabel(std::string_view line) const;
  /// The RE2 pattern of the labels, compiled on first use (thread-safe).
  const re2::RE2& Pattern() const;

 private:
  std::string labels_;
  std::vector<std::string> ascii_labels_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<re2::RE2> pattern_;
};

/// A label list as the RE2 pattern of LabelSet.
std::string LabelPattern(std::string_view labels);

/// The value of a "Label: value" line whose label is in `labels`; nullopt
/// when the line has no such label or no value.
/// A line without a colon is not matched at all (no LabelPattern matches one).
std::optional<std::string> LabelledValue(std::string_view line, const LabelSet& labels);

/// LabelledValue of the line, else of one of its later sentences (pastes
/// run lines together: "... such as Monaco! Salary: £45,000").
std::optional<std::string> LabelledValueInLine(std::string_view line, const LabelSet& labels);

/// The first labelled value among `lines`; also accepts a heading that is
/// just the label ("Location") followed by a short line (its value).
std::optional<std::string> FindLabelledValue(const std::vector<TextLine>& lines, const LabelSet& labels);

/// Splits text into sentences at ". ", "! ", "? " and line ends.
std::vector<std::string> SplitSentences(std::string_view text);

/// True for an uppercase first letter (ASCII or a Latin-1/Latin Extended
/// capital written in UTF-8), or a digit.
bool StartsCapitalized(std::string_view word);

/// "Author: x", "Date: 2021-11-01": a notes file's own data above a
/// posting, a one-word label of at most 24 bytes and its value.
bool IsMetadataLine(std::string_view text);

/// Length of the UTF-8 sequence at text[i] (i < text.size()) and its code
/// point in *out (U+FFFD, length 1, when malformed).
int DecodeUtf8(std::string_view text, size_t i, char32_t* out);

/// Number of words separated by spaces. With `limit`, counting stops past
/// it (the result is min(count, limit + 1)): enough to compare with any
/// bound up to `limit` without reading a long line to its end.
int WordCount(std::string_view text, int limit = std::numeric_limits<int>::max() - 1);

}  // namespace jobpipe::facts
