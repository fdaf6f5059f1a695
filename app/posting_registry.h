// Which postings this batch has seen and delivered, and which the output
// folder already records: the one place that decides "duplicate" and
// "already recorded". Thread-safe (the runner and its workers share it).
//
// Two checks, with the identities of record_index.h:
//  - an input, before it is fetched (its canonical URL, or a file's real
//    path): the same input earlier in the list makes it a duplicate, and a
//    URL the folder records is skipped without fetching it;
//  - a posting, once processed (its canonical URL or company and title):
//    a posting another input already delivered is a duplicate, one the
//    folder records is skipped, or replaced with --force.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

namespace jobpipe {

struct Claim {
  enum Kind {
    kNew,       // go ahead (write a new record)
    kReplace,   // go ahead, replacing `record_path` (--force)
    kDuplicate, // line `line` has (or had) the same posting
    kRecorded,  // `record_path` already records it
  };
  Kind kind = kNew;
  int line = 0;
  std::string record_path;
};

class PostingRegistry {
 public:
  PostingRegistry(std::unordered_map<std::string, std::string> recorded, bool force);

  /// Before processing input `line`; `identity` "" claims nothing.
  Claim ClaimInput(const std::string& identity, int line);

  /// After processing: reserves delivering `identity` for `line` (kNew or
  /// kReplace); Release() gives it back when the delivery failed.
  Claim ClaimPosting(const std::string& identity, int line);
  void Release(const std::string& identity, int line);

  /// `path` now records `identity` (written by this run).
  void Recorded(const std::string& identity, const std::string& path);

 private:
  mutable std::mutex mutex_;
  bool force_;
  std::unordered_map<std::string, std::string> recorded_;  // identity -> record path
  std::unordered_map<std::string, int> input_lines_;       // input identity -> first line
  std::unordered_map<std::string, int> delivered_lines_;   // posting identity -> line
};

}  // namespace jobpipe
