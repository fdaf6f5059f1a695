#include "app/tracker/statuses.h"

#include "core/text/ascii.h"

namespace jobpipe::tracker {
namespace {

// Lower case, with '_' and runs of spaces as '-', trimmed.
std::string Fold(std::string_view text) {
  std::string folded;
  for (char c : text) {
    if (c == '_' || c == ' ' || c == '\t' || c == '-') {
      if (!folded.empty() && folded.back() != '-') folded += '-';
    } else {
      folded += textkit::AsciiLower(c);
    }
  }
  while (!folded.empty() && folded.back() == '-') folded.pop_back();
  return folded;
}

bool AliasListHas(std::string_view aliases, std::string_view word) {
  while (!aliases.empty()) {
    std::size_t space = aliases.find(' ');
    if (aliases.substr(0, space) == word) return true;
    if (space == std::string_view::npos) break;
    aliases.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

std::optional<std::string_view> CanonicalStatus(std::string_view text) {
  std::string folded = Fold(text);
  if (folded.empty()) return std::nullopt;
  for (const KnownStatus& status : kKnownStatuses) {
    if (Fold(status.name) == folded || AliasListHas(status.aliases, folded)) return status.name;
  }
  return std::nullopt;
}

std::string KnownStatusNames() {
  std::string names;
  for (const KnownStatus& status : kKnownStatuses) {
    if (!names.empty()) names += ", ";
    names += status.name;
  }
  return names;
}

}  // namespace jobpipe::tracker
