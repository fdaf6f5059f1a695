#include <nlohmann/json.hpp>

#include "export/export.h"

namespace jobpipe {

// Placeholder; the full contract follows.
std::string RenderJson(const Posting& posting) { return "{}\n"; }
std::string RenderJsonLine(const Posting& posting) { return "{}\n"; }
std::string RenderErrorJsonLine(const Source& source, const Error& error) { return "{}\n"; }

}  // namespace jobpipe
