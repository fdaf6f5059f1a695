// Shared by the tracker suite: the hand-edited record folder of
// fixtures/tracker/records copied where a test may change it.
#pragma once

#include <string>
#include <vector>

#include "tests/support/loopback_server.h"
#include "tests/support/run_binary.h"

namespace jobpipe::tracker_test {

inline const std::string kRecords = JOBPIPE_FIXTURES_DIR "/tracker/records";
inline const std::string kTrackerFixtures = JOBPIPE_FIXTURES_DIR "/tracker";

/// Copies fixtures/tracker/records (sub-folders included) into `dir`.
void CopyRecords(const std::string& dir);

/// Writes `content` to `path` as bytes.
void WriteBytes(const std::string& path, const std::string& content);

/// `text` with every `from` replaced by `to`.
std::string ReplaceAll(std::string text, const std::string& from, const std::string& to);

/// How record fixtures name the loopback server in their URLs.
inline const std::string kPlaceholder = "http://loopback.invalid";

/// The file names in `dir` (not recursive), sorted.
std::vector<std::string> Names(const std::string& dir);

/// A folder of record fixtures copied where a test may change them, their
/// URLs pointing at the process's loopback server, which serves `root`.
struct ServedFolder {
  ServedFolder(const std::string& records, const std::string& root);

  testing::LoopbackServer& server;
  testing::TempDir dir;
  const std::string records;  // where the fixtures came from

  /// As the fixtures write it: DIR for the folder, the placeholder for the server.
  std::string Normal(const std::string& text) const;
  /// A record of the folder as it is now, in Normal form.
  std::string Record(const std::string& name) const {
    return Normal(testing::ReadFile(dir / name));
  }
  /// Its fixture, as it was copied (in Normal form).
  std::string Input(const std::string& name) const {
    return testing::ReadFile(records + "/" + name);
  }
};

}  // namespace jobpipe::tracker_test
