// Finds the skills a posting names, by canonical name, from the lexicon in
// data/skills.tsv (canonical name and aliases), found with a SpellingIndex.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::skills {

/// Canonical skill names in order of first mention, no duplicates.
std::vector<std::string> FindSkills(std::string_view text);

/// The skills of the job's sections: not benefits, the company's story, EEO
/// or how to apply, and of an intro only the sentences about the job
/// (SentencesAboutTheJob, with the posting's `title`).
std::vector<std::string> FindSkills(const std::vector<Section>& sections, std::string_view title = "");

/// The same skills, same order, each with the kinds of section that name it
/// and how many times it is named (SkillDetail).
std::vector<SkillDetail> FindSkillDetails(const std::vector<Section>& sections, std::string_view title = "");

}  // namespace jobpipe::skills
