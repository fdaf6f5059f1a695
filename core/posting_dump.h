// Stable text dumps of what the stages give, one value a line: what
// `jobpipe --dump STAGE` prints and what the spec tests (tests/dump/*.txt)
// compare. The blocks' dump is declared beside Block in core/posting.h.
//
// A value is written as it reads, with the characters that would break its
// line or deceive a reader escaped: \\ \n \r \t, \" inside quotes, other
// control characters, bidi controls and invalid UTF-8 as \xNN or \uNNNN
// (TerminalSafe), and U+2028/U+2029 (line and paragraph separators) as
// \u2028/\u2029. Any other UTF-8 is kept as it is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe {

/// `value` escaped so that it stays on one line (see above), no quotes.
std::string DumpEscaped(std::string_view value);

/// `value` escaped and between double quotes: `"Senior \"Go\" Engineer"`.
std::string DumpQuoted(std::string_view value);

/// One "section KIND" line per section, with its heading quoted when it has
/// one (an empty heading is `""`), then "  text ..." when it has prose and
/// one "  item ..." line per item:
///   section requirements "Your profile"
///     text "You know your way around a warehouse."
///     item "Forklift licence"
std::string DebugString(const std::vector<Section>& sections);

/// Every field of Facts in declaration order, one a line, `null` when
/// unknown; a known salary is followed by its parts, indented:
///   title "Lagerlogistiker (m/w/d)"
///   salary "2.900 € brutto im Monat"
///     min 2900
///     max null
///     currency "EUR"
///     period "month"
std::string DebugString(const Facts& facts);

/// One line per skill, first mention first: its name, how many times the
/// posting names it and the kinds of section that do:
///   skill "Python" count 2 sections requirements preferred
std::string DebugString(const std::vector<SkillDetail>& skills);

}  // namespace jobpipe
