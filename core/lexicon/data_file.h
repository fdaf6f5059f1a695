// A data file compiled into the binary (cmake: jobpipe_embed_lexicon): its
// path from the project root, which every message about one of its lines
// names, and its text.
#pragma once

#include <string_view>

namespace jobpipe::lexicon {

struct DataFile {
  std::string_view path;  // "data/headings/de.tsv"
  std::string_view text;
};

}  // namespace jobpipe::lexicon
