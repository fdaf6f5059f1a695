// "Label: value" lines: a set of labels ("location|standort|lieu"), the
// pattern that reads a labelled line, and the searches for a labelled
// value in a line, in its sentences, or in a label line and the line after.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "normalize/facts/text_lines.h"

namespace jobpipe::facts {

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

/// The labels data/facts/labels.tsv lists for `fact` ("title", "location",
/// ...; the file's header names them), as a LabelSet takes them
/// ("location|standort|lieu").
std::string FactLabels(std::string_view fact);

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

}  // namespace jobpipe::facts
