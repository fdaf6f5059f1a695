// A bound on element nesting before gumbo sees a page (issue 11): gumbo's
// work per tag grows with the depth of open elements, so 262k nested <div>s
// ran for minutes and then overflowed the stack in its recursive tree
// destruction. The bound keeps what CONTRIBUTING promises, 10,000-deep
// nesting (10,000 list levels are 20,000 open elements), and little more:
// gumbo's work to reach it is then a fraction of a second.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::html {

inline constexpr int kMaxHtmlNesting = 20480;

/// Formatting elements (<b>, <span> is not one) open only this deep: while
/// one is open gumbo's work per character of text grows with its depth.
inline constexpr int kMaxFormattingDepth = 256;

/// `html` itself when no element nests deeper than kMaxHtmlNesting and no
/// formatting element deeper than kMaxFormattingDepth; else a copy in
/// `*storage` where each start tag that would open deeper, and then each
/// end tag of nothing open, is blanked into "</   >" (read as a comment,
/// "</>" when 3 bytes long), so every byte keeps its offset.
std::string_view BoundHtmlNesting(std::string_view html, std::string* storage);

}  // namespace jobpipe::html
