#include "app/tracker/record_parts.h"

#include "export/posting_parts.h"

namespace jobpipe::tracker {

std::map<std::string, std::string, std::less<>> PostingParts(const RecordText& record) {
  std::map<std::string, std::string, std::less<>> parts;
  for (record::PostingPart& part : record::FindPostingParts(record.bytes())) {
    parts[std::string(part.name)] = std::move(part.text);
  }
  return parts;
}

std::vector<std::string> ChangedParts(const RecordText& before, const RecordText& after) {
  auto old_parts = PostingParts(before);
  auto new_parts = PostingParts(after);
  std::vector<std::string> changed;
  for (std::string_view name : kPostingParts) {
    if (old_parts.find(name)->second != new_parts.find(name)->second) changed.emplace_back(name);
  }
  return changed;
}

}  // namespace jobpipe::tracker
