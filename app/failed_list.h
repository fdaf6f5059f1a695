// The list of inputs that failed, written at the end of a batch in the
// list format itself, so that it can be the next --batch: each input on a
// line of its own, after a '#' comment saying where it came from and why
// it failed (comments are skipped when the list is read).
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "core/error.h"

namespace jobpipe {

struct FailedInput {
  int line = 0;        // line in the original list
  std::string text;    // the input as given
  Error error;
};

/// The list's content: a header comment, then per input (sorted by line)
/// "# line N: code: message" and the input.
std::string FailedListText(const std::string& list_origin, std::vector<FailedInput> failed,
                           std::time_t when);

/// Writes FailedListText atomically as `folder`/failed-YYYYMMDD-HHMMSS.txt
/// (UTC; "-2", "-3" when that name exists) and returns its path.
Result<std::string> WriteFailedList(const std::string& folder, const std::string& list_origin,
                                    std::vector<FailedInput> failed, std::time_t when);

}  // namespace jobpipe
