#include "app/batch_outcome.h"

#include "export/export.h"

namespace jobpipe {

Source SourceOfEntry(const BatchEntry& entry) {
  Source source;
  source.type = entry.kind == EntryKind::kUrl ? SourceType::kUrl : SourceType::kText;
  source.name = entry.text;
  return source;
}

EntryOutcome FailedOutcome(const Source& source, Error error, bool jsonl) {
  EntryOutcome outcome;
  outcome.status = OutcomeStatus::kFailed;
  if (jsonl) outcome.json_line = RenderErrorJsonLine(source, error);
  outcome.error = std::move(error);
  return outcome;
}

EntryOutcome SkippedOutcome(const BatchEntry& entry, const std::string& reason,
                            const std::string& detail, bool jsonl) {
  EntryOutcome outcome;
  outcome.status = OutcomeStatus::kSkipped;
  outcome.skip_reason = reason;
  outcome.skip_detail = detail;
  if (jsonl) outcome.json_line = RenderSkipJsonLine(SourceOfEntry(entry), reason, entry.text + ": " + detail);
  return outcome;
}

EntryOutcome InterruptedOutcome(const BatchEntry& entry, bool jsonl) {
  EntryOutcome outcome = FailedOutcome(
      SourceOfEntry(entry),
      MakeError(ErrorCode::kInterrupted, entry.text + ": interrupted before it finished"), jsonl);
  outcome.status = OutcomeStatus::kInterrupted;
  return outcome;
}

}  // namespace jobpipe
