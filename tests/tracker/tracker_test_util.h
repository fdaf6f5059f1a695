// Shared by the tracker suite: the hand-edited record folder of
// fixtures/tracker/records copied where a test may change it.
#pragma once

#include <string>

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

}  // namespace jobpipe::tracker_test
