// HTML character references ("&amp;", "&eacute;", "&#8217;", "&#x2014;")
// decoded with the full HTML5 table of named references
// (html5_entity_table.inc, made by tools/text/make_entity_table.py).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::textkit {

/// How references are recognized. Numeric references follow HTML5 in both
/// rule sets: 0, surrogates and values above U+10FFFF read as U+FFFD, and
/// 0x80-0x9F as the windows-1252 characters a page meant by them.
struct EntityRules {
  /// False (HTML5, what a browser shows): a legacy name ("&copy", "&amp")
  /// and a numeric reference decode without their ';', and a name is the
  /// longest one in the table ("&notit;" -> "¬it;"). True (pasted text,
  /// which is not HTML): only whole references decode, ';' included, but
  /// for "&amp", "&lt", "&gt", "&quot" and "&nbsp", which pastes write bare,
  /// and a numeric reference has at most 8 digits.
  bool whole_references_only = false;
  /// True: the no-break and typographic spaces a reference stands for
  /// (U+00A0, U+2002, U+2003, U+2009) become ' ', and a soft hyphen or
  /// zero-width space vanishes.
  bool plain_spaces = false;
};

inline constexpr EntityRules kHtmlEntityRules{};
inline constexpr EntityRules kPastedTextEntityRules{.whole_references_only = true,
                                                    .plain_spaces = true};

/// `text` with every reference the rules recognize decoded; anything else
/// (an unknown name, "&" alone, "&#;") kept as written.
std::string DecodeEntities(std::string_view text, const EntityRules& rules = kHtmlEntityRules);

/// The UTF-8 text of a named reference as written after '&' ("amp;",
/// "eacute;", or a legacy name without ';': "copy"); nullopt when HTML5
/// has no such name.
std::optional<std::string_view> NamedReference(std::string_view name);

}  // namespace jobpipe::textkit
