#include "app/tracker/closed_markers.h"

#include <array>

#include "core/text/ascii.h"

namespace jobpipe::tracker {
namespace {

// Whole phrases only: a posting may well say "no longer" or "expired" in
// its own text. Lower case.
constexpr std::array<std::string_view, 9> kClosedMarkers = {
    "no longer accepting applications",         // LinkedIn
    "this job is no longer available",          // Indeed, many ATS pages
    "this job posting is no longer available",
    "this position has been filled",
    "this position is no longer available",
    "this job has expired",
    "the job you are looking for is no longer open",  // Greenhouse boards
    "this posting has been closed",
    "diese stelle ist nicht mehr verf\xC3\xBC" "gbar",  // German sites
};

}  // namespace

std::optional<std::string> FindClosedMarker(std::string_view body) {
  const std::string lower = textkit::AsciiLower(body);
  for (std::string_view marker : kClosedMarkers) {
    if (lower.find(marker) != std::string::npos) return std::string(marker);
  }
  return std::nullopt;
}

}  // namespace jobpipe::tracker
