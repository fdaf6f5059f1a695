// A pre-pass before gumbo: real job pages are mostly script and style bodies
// (often 50-90 % of the bytes), which gumbo tokenizes character by character
// only for the parse stage to throw the text away. This scan finds those
// bodies with HTML's own tokenizer rules (comments, quoted attributes, the
// raw-text and RCDATA elements, script data's escaped states) and drops
// them, so gumbo parses a much smaller page and builds the same tree. JSON
// data bodies (JSON-LD, Next.js's __NEXT_DATA__), which the parse stage does
// read, are lifted out too and handed to the tree builder as they are.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::html {

/// A JSON script's body taken out of the page, and where it was taken from.
struct LiftedBody {
  std::size_t at = 0;     // offset in StrippedPage::html just after the start tag
  std::string_view text;  // a view into the page given to StripScriptBodies
};

struct StrippedPage {
  std::string html;
  std::vector<LiftedBody> json_bodies;  // in increasing `at`
};

/// The page with the bodies of <style> and <script> removed; start and end
/// tags, attributes and everything else kept byte for byte. A JSON script's
/// body is lifted only when gumbo would keep it verbatim as one text node
/// (valid UTF-8, no CR, NUL or control characters, not all whitespace).
/// Inside svg/math and select no body is cut (script and style are not raw
/// text there); from the first place where the scan cannot tell how gumbo's
/// tree construction goes on (frameset, plaintext, an end tag that closes
/// no open svg element, HTML inside svg's foreignObject...) the rest of the
/// page is kept as it is.
StrippedPage StripScriptBodies(std::string_view html);

/// True for a script type whose body is JSON data the parse stage reads.
bool IsJsonScriptType(std::string_view type);

}  // namespace jobpipe::html
