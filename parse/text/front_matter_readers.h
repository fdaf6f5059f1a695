// Reading front matter: YAML ("key: value", block and flow lists, | and >
// block scalars) and TOML (key = "value", arrays over several lines,
// [tables] skipped) into plain entries, and the bare "key: value" header.
// Which keys mean what is front_matter.cc's business.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::text {

struct FrontMatterEntry {
  std::string key;  // normalized: lowercase, '_' for ' ' and '-'
  std::vector<std::string> values;
  bool is_list = false;
};

/// The text of every YAML block scalar ("key: |", "key: >-"), nested or
/// not, its lines de-indented and kept apart (a folded block's lines are
/// soft wraps the text parser joins again); blocks joined by a blank line.
std::string YamlBlockText(const std::vector<std::string_view>& lines);

/// Lowercase, quotes removed, ' ' and '-' as '_': "Job-Title" -> "job_title".
std::string NormalizeFrontMatterKey(std::string_view key);

/// The text's lines (a final '\r' dropped), as views into it.
std::vector<std::string_view> SplitFrontMatterLines(std::string_view text);

/// Top-level entries of YAML lines (nested maps are skipped).
std::vector<FrontMatterEntry> ReadYaml(const std::vector<std::string_view>& lines);

/// Entries of TOML lines outside any [table].
std::vector<FrontMatterEntry> ReadToml(const std::vector<std::string_view>& lines);

struct BareHeader {
  std::vector<FrontMatterEntry> entries;  // empty when the lines are no header
  std::size_t lines = 0;                  // lines read, up to the first blank one
};

/// Leading "key: value" or key = value lines up to a blank line, each key
/// accepted by `accept_key`; any other line means there is no header.
BareHeader ReadBareHeader(const std::vector<std::string_view>& lines,
                          bool (*accept_key)(std::string_view));

}  // namespace jobpipe::text
