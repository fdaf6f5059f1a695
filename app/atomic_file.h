// Writing a file so that a reader never sees half of it and an existing
// file is never lost: write a temporary file in the same folder, flush it
// to disk, then rename (replace) or link (no replace) it into place.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace jobpipe {

enum class ExistingFile { kRefuse, kReplace };

/// Writes `content` to `path`. With kRefuse, an existing `path` is left
/// untouched and kOutputExists is returned (decided atomically by link(2),
/// so two writers racing for one name cannot both win).
/// Fails with kWriteFailed naming the path and the OS error.
Result<bool> WriteFileAtomically(const std::string& path, std::string_view content,
                                 ExistingFile existing);

}  // namespace jobpipe
