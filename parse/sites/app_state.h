// The state a JavaScript app ships inside its page: Next.js's
// <script id="__NEXT_DATA__" type="application/json">, Inertia's data-page
// attribute, other application/json scripts. Some job pages keep the posting
// only there, the visible page being an empty shell the browser fills in.
//
// No site's layout is known here: the posting is the JSON object that looks
// like one, a short title next to a long description (HTML or text, or a
// list of titled sections), with company and location read from the keys
// job APIs use for them, on the object or on its ancestors.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/posting.h"
#include "parse/html/dom.h"
#include "parse/jsonld/values.h"

namespace jobpipe::sites {

struct AppStatePosting {
  Facts facts;                   // title, company, location, dates, type
  std::string description_html;  // HTML, or plain text with line breaks
};

/// The posting-like object with the longest description in `state`.
std::optional<AppStatePosting> PostingInAppState(const jsonld::Json& state);

/// The posting in any of the page's app-state blobs (the longest one).
std::optional<AppStatePosting> AppStatePostingInPage(const html::Dom& dom);

}  // namespace jobpipe::sites
