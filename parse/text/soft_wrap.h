// Soft wraps: when two consecutive lines are one paragraph (or one list
// item) whose line break is not the author's. Text copied from a PDF or an
// e-mail is hard-wrapped at a fixed width: there a break falls where the
// next word would not have fitted. Markdown sources wrap the same way. Short
// lines in a row that would have fitted together are separate blocks.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "parse/text/lines.h"

namespace jobpipe::text {

struct WrapRun {
  std::size_t width = 0;      // widest line of the run, in code points
  bool hard_wrapped = false;  // most lines reach close to that width
  // Three or more short lines start with a small letter after unfinished
  // ones: a list written in lower case without bullets.
  bool lower_case_list = false;
};

/// For each line, the run of consecutive non-blank lines it belongs to.
std::vector<WrapRun> MeasureWrapRuns(const std::vector<Line>& lines);

/// Whether line `next` continues line `previous` (same wrap run).
bool ContinuesLine(const Line& previous, const Line& next, const WrapRun& run);

/// "open-" + "source": a word hyphenated across the break (joined without
/// a space).
bool IsHyphenatedBreak(std::string_view previous, std::string_view next);

}  // namespace jobpipe::text
