// Which files of a folder are candidate records: regular, non-hidden *.md
// files, in the folder or (recursive) its non-hidden sub-folders, in a
// stable order (sorted by path) so every command lists them the same way.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"

namespace jobpipe::tracker {

/// Paths as `dir` + "/" + the path below it. Symbolic links to folders are
/// not followed (no loops). kUnreadable when `dir` is not a folder that can
/// be listed.
Result<std::vector<std::string>> FindRecordFiles(const std::string& dir, bool recursive);

}  // namespace jobpipe::tracker
