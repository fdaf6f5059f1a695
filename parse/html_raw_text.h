// A pre-pass before gumbo: real job pages are mostly script and style bodies
// (often 50-90 % of the bytes), which gumbo tokenizes character by character
// only for the parse stage to throw the text away. This scan finds those
// bodies with HTML's own tokenizer rules (comments, quoted attributes, the
// raw-text and RCDATA elements, script data's escaped states) and drops
// them, so gumbo parses a much smaller page and builds the same tree.
#pragma once

#include <string>
#include <string_view>

namespace jobpipe::html {

/// `html` with the bodies of <style> and of every <script> that is not JSON
/// data (ld+json, application/json) removed; start and end tags, attributes
/// and everything else kept byte for byte. Where the tokenizer's state would
/// depend on tree construction this scan does not follow (inside svg/math,
/// inside select, frameset, after plaintext) bodies are kept, never guessed.
std::string WithoutScriptBodies(std::string_view html);

/// True for a script type whose body is JSON data the parse stage reads.
bool IsJsonScriptType(std::string_view type);

}  // namespace jobpipe::html
