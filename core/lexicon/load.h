// Loading the lexicons compiled into the binary. Their bad lines are a
// build defect: the data test (tests/core/data_files_test.cc) reads every
// file under data/ and fails on one. A bad line that reaches a binary
// anyway does not vanish silently: it is left out, written to stderr once
// ("jobpipe: data/headings/de.tsv:17: duplicate of data/headings/de.tsv:4")
// when its lexicon is first used, and kept in ReportedDataErrors(), which
// the tests check after loading every lexicon.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/data_file.h"
#include "core/lexicon/line_reader.h"

namespace jobpipe::lexicon {

/// ReadLines(files, columns), its errors reported.
std::vector<Entry> LoadLines(std::span<const DataFile> files, std::string_view columns);

/// The entries of a word list, a file of one column named `column`
/// ("#! columns: word"), in file order.
std::vector<std::string_view> LoadColumn(std::span<const DataFile> files, std::string_view column);

/// A bad entry its lexicon found (an unknown kind, a weight that is no
/// number): reported as LoadLines reports a bad line.
void ReportBadEntry(const Entry& entry, std::string_view cause);

/// Every error reported so far, in order.
std::vector<std::string> ReportedDataErrors();

}  // namespace jobpipe::lexicon
