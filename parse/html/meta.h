// Facts a page states in its head: <html lang>, the canonical URL,
// OpenGraph title and site name, and the <title> line, whose usual shapes
// ("Title - Company | Site", "Job Application for Title at Company",
// "Company hiring Title in Place | LinkedIn") give title and company. These
// are fallbacks: JSON-LD and site cards win when they say otherwise.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/posting.h"
#include "parse/html/dom.h"

namespace jobpipe::html {

struct TitleParts {
  std::optional<std::string> title;
  std::optional<std::string> company;
  std::optional<std::string> location;
};

/// Splits a page title such as "Backend Engineer - Acme | LinkedIn".
TitleParts ParsePageTitle(std::string_view page_title);

/// "de-DE" -> "de"; nullopt unless it starts with two ASCII letters.
std::optional<std::string> LanguageCode(std::string_view tag);

/// The head's facts (and the first h1 as a last resort for the title).
Facts MetaFacts(const Dom& dom);

}  // namespace jobpipe::html
