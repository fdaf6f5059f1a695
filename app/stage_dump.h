// `jobpipe --dump STAGE`: the pipeline run up to one stage, and what that
// stage gave as the text of core/posting_dump.h. For seeing why a posting
// came out as it did, and for the spec tests (tests/dump/).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/pipeline.h"
#include "core/error.h"
#include "core/posting.h"

namespace jobpipe {

/// In pipeline order: parse gives the blocks; normalize the sections, then
/// the facts, then the skills.
enum class DumpStage { kBlocks, kSections, kFacts, kSkills };

/// "blocks", "sections", "facts", "skills" -> the stage; anything else nullopt.
std::optional<DumpStage> DumpStageFromName(std::string_view name);

/// The names, for messages and --help: "blocks, sections, facts, skills".
inline constexpr const char* kDumpStageNames = "blocks, sections, facts, skills";

struct StageDump {
  std::string text;                   // the dump, one value a line
  std::vector<std::string> warnings;  // those of the stages that ran
};

/// Parses `document` and normalizes it as far as `stage` needs, without
/// the "no job posting found" check (a dump shows what a stage made of any
/// input). Fails only when a stop (core/stop.h) cut the run short.
Result<StageDump> DumpDocument(const Document& document, DumpStage stage,
                               const NormalizeOptions& options);

/// The same for one input (a path, "-" or a URL), read as ProcessInput reads it.
Result<StageDump> DumpInput(const std::string& input, DumpStage stage,
                            const PipelineOptions& options);

}  // namespace jobpipe
