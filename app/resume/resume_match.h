// Matches a posting's skills (Posting::skill_details) against the resume's
// entries (ResumeEntry::skills): what the resume shows, what it lacks, and
// which entry shows what. Pure and deterministic: the same posting and
// resume always give the same ResumeMatch.
#pragma once

#include "core/posting.h"
#include "core/resume.h"

namespace jobpipe {

/// Fills each entry's `skills` from its texts (the posting matcher).
void FindResumeSkills(Resume* resume);

/// The posting's skills against a resume whose skills are found.
ResumeMatch MatchResume(const Posting& posting, const Resume& resume);

/// "7 of 9 required skills shown, 2 of 5 preferred, 1 of 3 mentioned",
/// levels the posting has none of left out.
std::string CoverageText(const Coverage& coverage);

}  // namespace jobpipe
