// The posting's own URL (canonical form) and where to apply.
// CanonicalPostingUrl itself is declared in facts.h (a public helper).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"
#include "normalize/facts/text_lines.h"

namespace jobpipe::facts {

/// True for text that is one http(s) URL and nothing else.
bool IsHttpUrl(std::string_view text);

/// The URL a page gives for its posting (JSON-LD "url", a canonical link,
/// an API's absolute_url) as an absolute http(s) URL: a relative one
/// ("/careers/jobs/123", "?id=7", "//host/x") resolved against the page
/// that was fetched; nullopt for anything else (another scheme, a
/// malformed link, a relative URL with no page to resolve it against), so
/// the record never names a posting by an address it cannot read back.
std::optional<std::string> ResolvePostingUrl(std::string_view url, const Source& page);

/// The posting URL, canonical: the header's URL line, else source.name when
/// the user asked for a URL. nullopt when neither exists.
std::optional<std::string> FindPostingUrl(const ParsedDocument& parsed);

/// A URL after "Apply at", "Apply here:", "Bewerben:", "Postuler :", ...
/// in the text; canonical, nullopt when none is stated.
std::optional<std::string> FindApplyUrl(const std::vector<TextLine>& lines);

}  // namespace jobpipe::facts
