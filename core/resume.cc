#include "core/resume.h"

namespace jobpipe {

const char* ResumeSectionName(ResumeSection section) {
  switch (section) {
    case ResumeSection::kBasics: return "basics";
    case ResumeSection::kWork: return "work";
    case ResumeSection::kVolunteer: return "volunteer";
    case ResumeSection::kEducation: return "education";
    case ResumeSection::kProjects: return "projects";
    case ResumeSection::kCertificates: return "certificates";
    case ResumeSection::kSkills: return "skills";
    case ResumeSection::kLanguages: return "languages";
  }
  return "work";
}

const char* SkillLevelName(SkillLevel level) {
  switch (level) {
    case SkillLevel::kRequired: return "required";
    case SkillLevel::kPreferred: return "preferred";
    case SkillLevel::kMentioned: return "mentioned";
  }
  return "mentioned";
}

}  // namespace jobpipe
