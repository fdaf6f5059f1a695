// One fetched posting against its record: open, changed (which parts),
// or closed (gone, sent to a listing page, marked closed by the site, or
// past its deadline). Pure: the fetch happened before.
#pragma once

#include <optional>
#include <string>

#include "app/tracker/check_result.h"
#include "app/tracker/record_text.h"
#include "core/error.h"
#include "core/posting.h"

namespace jobpipe::tracker {

/// `result` arrives with file, url and status set; `fetched` is what
/// FetchUrl gave for the url. `today` is YYYY-MM-DD. For open and changed
/// postings, `fresh` (when given) receives the record jobpipe would write
/// from the page now (`jobpipe update` refreshes from it).
void ClassifyFetch(const RecordText& record, const Result<Document>& fetched,
                   const std::string& today, CheckResult* result,
                   std::optional<RecordText>* fresh = nullptr);

/// True when a fetch of `asked` that ended at `final_url` was sent
/// elsewhere than the posting: the final URL no longer names the posting
/// (its last path segment or query). A site adapter's API URL keeps the
/// posting's id, so it is not a redirect.
bool RedirectedAway(const std::string& asked, const std::string& final_url);

}  // namespace jobpipe::tracker
