#include "app/tracker/record_parts.h"

#include "app/tracker/posting_content.h"
#include "export/record_digests.h"
#include "export/record_reader.h"

namespace jobpipe::tracker {

std::vector<std::string> ChangedParts(const RecordText& record, const RecordText& fresh) {
  // RecordText holds only texts ReadRecord accepts.
  Result<Posting> recorded = ReadRecord(record.bytes());
  Result<Posting> now = ReadRecord(fresh.bytes());
  std::vector<std::string> changed;
  if (!recorded || !now) return changed;
  const std::optional<record::FoundDigests> found = record::FindDigests(record.bytes());
  const record::PartDigests now_digests = record::DigestsOf(fresh.bytes());
  for (std::string& part : PartsWithOtherContent(*recorded, *now)) {
    if (found) {
      auto then = found->digests.find(part);
      auto digest = now_digests.find(part);
      if (then != found->digests.end() && digest != now_digests.end() &&
          then->second == digest->second) {
        continue;  // the user's edit, not the posting's
      }
    }
    changed.push_back(std::move(part));
  }
  return changed;
}

}  // namespace jobpipe::tracker
