#include "app/stage_dump.h"

#include <array>
#include <utility>

#include "core/posting_dump.h"
#include "core/stop.h"
#include "normalize/normalize.h"
#include "parse/parse.h"

namespace jobpipe {
namespace {

constexpr std::array<std::pair<std::string_view, DumpStage>, 4> kStages = {{
    {"blocks", DumpStage::kBlocks},
    {"sections", DumpStage::kSections},
    {"facts", DumpStage::kFacts},
    {"skills", DumpStage::kSkills},
}};

}  // namespace

std::optional<DumpStage> DumpStageFromName(std::string_view name) {
  for (const auto& [stage_name, stage] : kStages) {
    if (name == stage_name) return stage;
  }
  return std::nullopt;
}

Result<StageDump> DumpDocument(const Document& document, DumpStage stage,
                               const NormalizeOptions& options) {
  const ParsedDocument parsed = Parse(document);
  // As in ProcessDocument: what a stopped stage gave is not the input's.
  if (StopRequested()) return StoppedError(document.source.name);
  if (stage == DumpStage::kBlocks) return StageDump{DebugString(parsed.blocks), parsed.warnings};

  Posting posting = NormalizeSections(parsed);
  if (StopRequested()) return StoppedError(document.source.name);
  if (stage == DumpStage::kSections)
    return StageDump{DebugString(posting.sections), posting.warnings};

  NormalizeFacts(parsed, RunDate(options), &posting);
  if (StopRequested()) return StoppedError(document.source.name);
  if (stage == DumpStage::kFacts) return StageDump{DebugString(posting.facts), posting.warnings};

  NormalizeSkills(&posting);
  if (StopRequested()) return StoppedError(document.source.name);
  return StageDump{DebugString(posting.skill_details), posting.warnings};
}

Result<StageDump> DumpInput(const std::string& input, DumpStage stage,
                            const PipelineOptions& options) {
  Result<Document> document = Ingest(input, options.fetch);
  if (!document) return document.error();
  return DumpDocument(*document, stage, options.normalize);
}

}  // namespace jobpipe
