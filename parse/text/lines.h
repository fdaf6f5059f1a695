// First pass of the text parser: the body cut into lines, each classified
// by its own shape (blank, rule, fenced code, markdown heading, list item
// with its marker and indentation, or plain text). Whether plain text is a
// heading, a paragraph or a wrapped continuation needs the neighbours and is
// decided later (blocks.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::text {

enum class LineKind {
  kBlank,    // empty, white space only, or no letter/digit/symbol worth keeping
  kRule,     // --- *** ___ === (also a setext underline)
  kHeading,  // "## Title" (level 1-6)
  kItem,     // a list marker then text
  kText,     // anything else
};

struct Line {
  LineKind kind = LineKind::kBlank;
  std::string_view text;  // content: after the marker / #s, trimmed
  int indent = 0;         // columns before the marker (items) or the text
  int level = 0;          // kHeading: 1-6
  char rule_char = 0;     // kRule: '-', '*', '_' or '='
  /// kItem: the marker's family ("-", "*", "1.", "a)", "•", "emoji", ...),
  /// compared to nest "-" items under "•" items when indentation is lost.
  std::string marker;
  bool in_code = false;  // inside a ``` fence: kText, never reinterpreted
  /// kText outside a fence: `text` as StripInlineMarkup gives it, made once
  /// (the chrome, heading and title tests all read it). Whoever changes
  /// `text` remakes it.
  std::string clean;
};

/// The body's lines, classified. Tabs count to the next multiple of four
/// columns. A trailing backslash (markdown hard break) is dropped.
std::vector<Line> ClassifyLines(std::string_view body);

/// A line that starts with an emoji ("✅ Build APIs", "🚀 About us"): the
/// emoji's byte length (with its modifiers and one following space), else 0.
std::size_t LeadingEmojiLength(std::string_view text);

}  // namespace jobpipe::text
