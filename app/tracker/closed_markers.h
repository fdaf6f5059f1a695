// The words a job site shows on a posting that no longer takes
// applications, while still answering 200 OK (LinkedIn's "No longer
// accepting applications" and the like).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::tracker {

/// The marker found in `body` (case-insensitive), as the lexicon writes it.
std::optional<std::string> FindClosedMarker(std::string_view body);

}  // namespace jobpipe::tracker
