#include "app/batch.h"

namespace jobpipe {

// Placeholder until the batch runner lands.
Result<BatchSummary> RunBatch(const BatchOptions& options, std::ostream& out,
                              std::ostream& progress) {
  return MakeError(ErrorCode::kUsage, "--batch is not implemented yet");
}

}  // namespace jobpipe
