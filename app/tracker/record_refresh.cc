#include "app/tracker/record_refresh.h"

#include <algorithm>

#include "app/tracker/posting_content.h"
#include "export/posting_parts.h"
#include "export/record_digests.h"
#include "export/record_reader.h"

namespace jobpipe::tracker {
namespace {

using record::PartDigests;
using record::PostingPart;

struct Splice {
  std::size_t at = 0;
  std::size_t erase = 0;
  std::string insert;
};

// Where line `i` starts in the bytes; the file's end for i == line_count.
std::size_t LineStart(const RecordText& text, std::size_t i) {
  return i < text.line_count() ? text.Begin(i) : text.bytes().size();
}

// The record's lines [first, end) replaced by the fresh record's lines of
// the same part, in the record's line ends.
Splice ReplacePart(const RecordText& record, const PostingPart& old_part, const RecordText& fresh,
                   const PostingPart& new_part) {
  Splice splice;
  splice.at = LineStart(record, old_part.first_line);
  std::size_t end = old_part.end_line > old_part.first_line ? record.Next(old_part.end_line - 1)
                                                            : splice.at;
  splice.erase = end - splice.at;
  for (std::size_t i = new_part.first_line; i < new_part.end_line; ++i) {
    splice.insert += fresh.Line(i);
    splice.insert += record.LineEnd();
  }
  return splice;
}

std::string Apply(std::string bytes, std::vector<Splice> splices) {
  // From the end backwards, so that each splice's offsets still hold.
  std::sort(splices.begin(), splices.end(),
            [](const Splice& a, const Splice& b) { return a.at > b.at; });
  for (const Splice& s : splices) bytes.replace(s.at, s.erase, s.insert);
  return bytes;
}

// The fields no refresh may change, as ReadRecord sees them.
bool SameApplication(const Posting& a, const Posting& b) {
  return a.application.status == b.application.status && a.application.date == b.application.date &&
         a.facts.url == b.facts.url;
}

}  // namespace

const char* KeptReason(KeptBecause because) {
  switch (because) {
    case KeptBecause::kEdited: return "edited since jobpipe wrote it";
    case KeptBecause::kNoDigest: return "no digest for it (written before jobpipe kept them)";
    case KeptBecause::kMissing: return "its heading is no longer in the record";
  }
  return "";
}

Result<RecordRefresh> RefreshRecord(const RecordText& record, const RecordText& fresh,
                                    const std::string& name) {
  std::vector<PostingPart> old_parts = record::FindPostingParts(record.bytes());
  std::vector<PostingPart> new_parts = record::FindPostingParts(fresh.bytes());
  std::optional<record::FoundDigests> found = record::FindDigests(record.bytes());
  const PartDigests recorded = found ? found->digests : PartDigests();

  Result<Posting> before = ReadRecord(record.bytes());
  Result<Posting> now_posting = ReadRecord(fresh.bytes());
  if (!before || !now_posting) {
    return MakeError(ErrorCode::kNotARecord, name + ": not an application record; left as it was");
  }
  const std::vector<std::string> other_content = PartsWithOtherContent(*before, *now_posting);

  RecordRefresh refresh;
  PartDigests digests;  // what the digest line says afterwards
  std::vector<Splice> splices;
  for (std::size_t i = 0; i < old_parts.size(); ++i) {
    const PostingPart& mine = old_parts[i];
    const PostingPart& now = new_parts[i];
    std::string name_of_part(mine.name);
    auto digest = recorded.find(mine.name);
    std::string now_digest = record::PartDigest(now.text);
    if (mine.found && mine.text == now.text) {
      digests[name_of_part] = now_digest;  // the posting's words, whoever typed them
      continue;
    }
    if (mine.found && digest != recorded.end() &&
        record::PartDigest(mine.text) == digest->second) {
      splices.push_back(ReplacePart(record, mine, fresh, now));
      digests[name_of_part] = now_digest;
      refresh.refreshed.push_back(name_of_part);
      continue;
    }
    // The user's part. Its digest stays: it still says what jobpipe wrote,
    // so the part stays the user's until the posting says what it says.
    if (digest != recorded.end()) {
      digests[name_of_part] = digest->second;
      if (digest->second == now_digest) continue;  // the posting did not change it
    }
    // Reported only when the posting says something else than the part:
    // a part an older jobpipe wrote with today's facts in yesterday's
    // wording (a place with its country) needs nothing from the user.
    if (std::find(other_content.begin(), other_content.end(), name_of_part) ==
        other_content.end()) {
      continue;
    }
    KeptBecause because = !mine.found                  ? KeptBecause::kMissing
                          : digest == recorded.end()   ? KeptBecause::kNoDigest
                                                       : KeptBecause::kEdited;
    refresh.kept.push_back({name_of_part, because});
  }

  std::string line = record::DigestLine(digests);
  if (found) {
    std::size_t at = record.Begin(found->line);
    if (record.Trimmed(found->line) != line) {
      splices.push_back({at, record.End(found->line) - at, line});
    }
  } else if (!digests.empty()) {
    std::size_t last = record.line_count() - 1;
    std::string insert = record.HasLineEnd(last) ? "" : std::string(record.LineEnd());
    splices.push_back({record.bytes().size(), 0, insert + line + std::string(record.LineEnd())});
    refresh.digests_added = true;
  }
  refresh.bytes = Apply(record.bytes(), std::move(splices));

  Result<Posting> after = ReadRecord(refresh.bytes);
  if (!after || !SameApplication(*before, *after)) {
    return MakeError(ErrorCode::kNotARecord,
                     name + ": the refreshed record would not read back as the same application; "
                            "left as it was");
  }
  return refresh;
}

}  // namespace jobpipe::tracker
