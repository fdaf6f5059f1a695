// The user's resume (JSON Resume 1.0, read by app/resume/) as plain
// structs, and what matching it against a posting found. Export renders the
// match into the record's Notes and the JSON `match` object.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jobpipe {

/// The resume's parts that can show a skill, in the order they are reported.
enum class ResumeSection { kBasics, kWork, kVolunteer, kEducation, kProjects, kCertificates, kSkills, kLanguages };

/// One entry of the resume: a job, a school, a project, a skill group ...
struct ResumeEntry {
  ResumeSection section = ResumeSection::kWork;
  int index = 0;      // its place in the JSON array ("work[2]" is 2)
  std::string name;   // employer, institution, project, certificate, skill group, language
  std::string role;   // position, degree and field, ...; "" when none
  /// The entry's own words, where its skills are looked for: role,
  /// summary, highlights, keywords, courses.
  std::vector<std::string> texts;
  /// The lexicon's skills named in `texts`, first mention first: found
  /// once when the resume is loaded, with the matcher postings use.
  std::vector<std::string> skills;
};

struct Resume {
  std::string path;  // as given (--resume), for messages and `match.resume`
  std::string name;  // basics.name, "" when none
  std::vector<ResumeEntry> entries;
};

/// How strongly a posting asks for a skill: named in its requirements,
/// else in its nice-to-haves, else only mentioned (duties, intro, other).
enum class SkillLevel { kRequired, kPreferred, kMentioned };

/// A resume entry that shows a skill, named as the resume names it.
struct EntryRef {
  ResumeSection section = ResumeSection::kWork;
  int index = 0;
  std::string name;
  std::string role;
};

/// A posting skill, with where the posting asks for it and which resume
/// entries show it (none for a missing skill).
struct SkillMatch {
  std::string name;
  SkillLevel level = SkillLevel::kMentioned;
  std::vector<std::string> sections;  // as SkillDetail::sections
  int count = 0;                      // times the posting names it
  std::vector<EntryRef> evidence;     // resume order
};

/// One resume entry and the posting skills it shows, matched order.
struct EntryEvidence {
  EntryRef entry;
  std::vector<std::string> skills;
};

struct Coverage {
  int required_shown = 0, required_total = 0;
  int preferred_shown = 0, preferred_total = 0;
  int mentioned_shown = 0, mentioned_total = 0;
  /// "7 of 9 required skills shown, 2 of 5 preferred, 1 of 3 mentioned".
  std::string text;
};

struct ResumeMatch {
  std::string resume;                 // Resume::path
  std::vector<SkillMatch> matched;    // required, then preferred, then mentioned; posting order within
  std::vector<SkillMatch> missing;    // same order
  std::vector<EntryEvidence> entries; // entries that show at least one posting skill, resume order
  /// Matched skills the posting names at least twice that at most one
  /// work, volunteer, education or project entry shows: most named first.
  std::vector<SkillMatch> underweighted;
  Coverage coverage;
};

const char* ResumeSectionName(ResumeSection section);  // "work", "education", ...
const char* SkillLevelName(SkillLevel level);          // "required", "preferred", "mentioned"

}  // namespace jobpipe
