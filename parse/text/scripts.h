// Script and style elements inside pasted text or markdown. Static-site
// job boards keep a posting's JSON-LD in a <script type="application/ld+json">
// beside its markdown body; a paste of page source may carry inline scripts
// and styles. None of it is text a reader sees.
#pragma once

#include <string>
#include <vector>

namespace jobpipe::text {

struct CutScripts {
  std::string text;                  // the input without any script or style element
  std::vector<std::string> json_ld;  // the contents of the ld+json scripts, in order
};

/// Removes every <script>…</script> and <style>…</style> element (case
/// ignored; an unclosed one runs to the end). Text without "<script" or
/// "<style" comes back unchanged.
CutScripts CutScriptElements(std::string text);

}  // namespace jobpipe::text
