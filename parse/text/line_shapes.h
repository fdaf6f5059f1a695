// What makes a line of plain text look like a heading, a title, a sentence
// or a header-card fact. Each test takes the line's visible text (inline
// markup already stripped) unless it says otherwise.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::text {

/// Number of words (space-separated runs holding a letter or digit). With
/// `limit`, counting stops past it: the result is min(count, limit + 1),
/// enough to compare with any bound up to `limit`, and a long paragraph is
/// not read to its end to learn it is longer than a heading.
std::size_t WordCount(std::string_view text, std::size_t limit = static_cast<std::size_t>(-1));

/// Ends with . ! ? ; , (a closing quote or bracket after them allowed).
bool EndsLikeSentence(std::string_view text);

/// A common section heading ("About us", "Requirements", "What we offer",
/// "Why join us?", a few in French, German, Spanish). Normalize classifies
/// sections; this only needs to know the line is a heading.
bool IsHeadingPhrase(std::string_view text);

/// Letters present and none lowercase ("WHAT WE OFFER", "📄 JOB DESCRIPTION").
bool IsAllCaps(std::string_view text);

/// The raw line is one bold span: "**What you'll do**", "__Benefits__".
bool IsWhollyBold(std::string_view raw);
/// The text inside such a line ("What you'll do" of "**What you'll do**"),
/// nullopt when the raw line is not one bold span.
std::optional<std::string_view> WhollyBoldInner(std::string_view raw);

/// "Label: value" (a fact line, not a heading): a colon followed by text,
/// with a short label before it.
bool IsLabelValue(std::string_view text);

/// Written like a sentence rather than a title: three or more words, and a
/// word after the first that starts in lowercase and is not a small word
/// ("The role of an Engineering Manager at Canonical", but not
/// "Engineering Manager - MLOps & Analytics").
bool LooksSentenceCase(std::string_view text);

/// Holds what a site's header card holds and a heading does not: digits,
/// separators (· | •), currency signs, emoji, an address.
bool LooksLikeCardData(std::string_view text);

/// A line that is only a web address.
bool IsUrlLine(std::string_view text);

/// The heading's text: leading emoji and bullets, trailing colon removed.
std::string HeadingText(std::string_view text);

}  // namespace jobpipe::text
