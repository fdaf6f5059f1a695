#include "app/batch_outcome.h"

#include <nlohmann/json.hpp>

#include "export/export.h"

namespace jobpipe {

Source SourceOfEntry(const BatchEntry& entry) {
  Source source;
  source.type = entry.kind == EntryKind::kUrl ? SourceType::kUrl : SourceType::kText;
  source.name = entry.text;
  return source;
}

std::string RenderSkipJsonLine(const Source& source, const std::string& reason,
                               const std::string& message) {
  // Rendered by export like any failure, then given its own code: the shape
  // (and the escaping) stay export's.
  std::string line = RenderErrorJsonLine(source, MakeError(ErrorCode::kOutputExists, message));
  using json = nlohmann::ordered_json;
  json value = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded() || !value.contains("error")) return line;
  value["error"]["code"] = reason;
  value["error"]["skipped"] = true;
  return value.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
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
