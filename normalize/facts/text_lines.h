// The posting's text as the fact rules see it: one list of cleaned lines
// (header lines, section headings, prose lines, list items), each knowing
// where it came from, and the line helpers the rules share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

/// Whitespace trimmed at both ends: ASCII white space and the no-break
/// space only (not textkit::Trim's other Unicode spaces), the set every
/// fact rule was written and measured with.
std::string Trim(std::string_view text);
std::string_view TrimView(std::string_view text);

/// Splits on '\n' and trims each line as Trim does, keeping empty lines out.
std::vector<std::string> SplitLines(std::string_view text);
/// The same lines as views into `text`.
std::vector<std::string_view> SplitLineViews(std::string_view text);

/// "Author: x", "Date: 2021-11-01": a notes file's own data above a
/// posting, a one-word label of at most 24 bytes and its value.
bool IsMetadataLine(std::string_view text);

}  // namespace jobpipe::facts
