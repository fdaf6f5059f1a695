// The one reader of the line files in data/ (lexicons and the content
// model's weights). A file is lines of tab-separated columns:
//
//   # a comment              (a line that starts with '#')
//   #! columns: kind phrase  (the declaration, before the first entry)
//   #! unique: phrase        (optional: the columns no two entries share;
//                             all columns when absent)
//   responsibilities<TAB>your tasks
//
// A column named in brackets ("name [spellings] [flags]") is optional and
// may be left out at the end of a line. Blank lines are skipped; a "\r"
// before the newline is dropped. A line is bad when it has too few or too
// many columns, an empty required column, a space at either end of a
// column, or the unique columns of an earlier entry of the same lexicon
// (which may span several files). Each bad line gives one error that names
// it, "data/headings/de.tsv:17: duplicate of data/headings/de.tsv:4", and
// is left out of the entries.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/data_file.h"

namespace jobpipe::lexicon {

/// One line of a data file: its columns, the optional ones left out as
/// empty views, and where it is.
struct Entry {
  std::string_view path;
  int line = 0;
  std::vector<std::string_view> columns;

  /// "data/headings/de.tsv:17", to begin a message about this entry.
  std::string Where() const;
};

struct LineTable {
  std::vector<Entry> entries;      // in file order, then line order
  std::vector<std::string> errors;  // "path:line: cause", in the same order
};

/// Reads `files` as one lexicon, each declaring `columns` exactly as the
/// caller expects them ("kind phrase"): a file that declares others is one
/// error and gives no entries.
LineTable ReadLines(std::span<const DataFile> files, std::string_view columns);

/// Reads each file with its own declaration: how the data test reads any
/// file under data/ without knowing what it is for.
LineTable ReadLines(std::span<const DataFile> files);

}  // namespace jobpipe::lexicon
