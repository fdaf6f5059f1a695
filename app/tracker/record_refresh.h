// Refreshing a record's posting parts (export/posting_parts.h) from the
// record jobpipe would write from its posting now, in the record's bytes.
// A part is replaced only when the record's digest line
// (export/record_digests.h) shows that nobody touched it since jobpipe
// wrote it; a part the user edited, or one without a digest (a record
// written before digests were kept), is the user's and is kept as it is.
// Nothing else changes: Status, History, Application Date, Personal
// Connection and every note stay byte for byte; replaced lines get the
// file's own line ends. The digest line is rewritten where it stands
// (appended at the end when the record has none) so that it names what
// jobpipe wrote now.
#pragma once

#include <string>
#include <vector>

#include "app/tracker/record_text.h"
#include "core/error.h"

namespace jobpipe::tracker {

/// Why a part that differs from the posting now was kept as it is.
enum class KeptBecause {
  kEdited,    // its digest no longer matches: the user edited it
  kNoDigest,  // the record has no digest for it
  kMissing,   // the record lacks the part (its heading was removed)
};

struct KeptPart {
  std::string part;  // a kPostingParts name
  KeptBecause because;
};

struct RecordRefresh {
  std::string bytes;                   // the record as it is to be written
  std::vector<std::string> refreshed;  // parts replaced by the posting's text now
  /// Parts kept although the posting now says something else
  /// (posting_content.h): reported to the user. A part the user edited
  /// whose posting text did not change since jobpipe wrote it is simply
  /// the user's, and not listed; nor is a part without a digest that says
  /// what the posting says, only worded as an older jobpipe wrote it.
  std::vector<KeptPart> kept;
  bool digests_added = false;  // the record had no digest line; one was appended
};

/// `record` refreshed from `fresh` (a record RenderMarkdown wrote from the
/// posting as it is now). Fails with kNotARecord, naming `name`, when the
/// result would not read back as the same application (never expected:
/// a safety net before anything is written).
Result<RecordRefresh> RefreshRecord(const RecordText& record, const RecordText& fresh,
                                    const std::string& name);

/// "edited since jobpipe wrote it", ... : for messages.
const char* KeptReason(KeptBecause because);

}  // namespace jobpipe::tracker
