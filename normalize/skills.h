// Finds the skills a posting names, by canonical name, from the lexicon in
// data/skills.tsv (canonical name and aliases), found with a SpellingIndex.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe {

/// Canonical skill names in order of first mention, no duplicates.
std::vector<std::string> FindSkills(std::string_view text);

/// All of a posting's text that skills are looked for in.
std::vector<std::string> FindSkills(const std::vector<Section>& sections);

}  // namespace jobpipe
