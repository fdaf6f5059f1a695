// What the output folder already records, so that a batch never writes the
// same posting twice and an interrupted batch resumes where it stopped.
#pragma once

#include <string>
#include <unordered_map>

#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

/// What identifies a posting across inputs and runs: its canonical URL; for
/// a posting without one, its company and title (what the record's Job URL
/// line then says: "<Company> job posting - <Title>"). "" when it has no
/// URL and no title (such postings cannot be recognised and are always
/// written).
std::string PostingIdentity(const Facts& facts);

/// Identity key of an input URL before it is fetched (its canonical URL).
std::string UrlIdentity(const std::string& url);

struct RecordIndex {
  std::unordered_map<std::string, std::string> path_by_identity;
  /// By PostingFingerprint (posting_fingerprint.h): the posting met again
  /// at another URL.
  std::unordered_map<std::string, std::string> path_by_fingerprint;
  int records = 0;     // *.md files read as records
  int unreadable = 0;  // *.md files that are not records (ignored)
};

/// Reads every regular, non-hidden *.md file of `dir` (at most 4 MB each)
/// back with ReadRecord. A missing folder is an empty index; a folder that
/// cannot be listed fails with kUnreadable.
Result<RecordIndex> ScanRecords(const std::string& dir);

}  // namespace jobpipe
