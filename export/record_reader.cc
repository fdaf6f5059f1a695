#include "export/record_reader.h"

namespace jobpipe {

// Placeholder; the full reader follows.
Result<Posting> ReadRecord(std::string_view markdown) {
  return MakeError(ErrorCode::kNotAPosting, "record reading is not implemented yet");
}

}  // namespace jobpipe
