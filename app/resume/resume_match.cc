#include "app/resume/resume_match.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "normalize/normalize.h"

namespace jobpipe {
namespace {

SkillLevel LevelOf(const SkillDetail& detail) {
  auto has = [&](std::string_view kind) {
    return std::find(detail.sections.begin(), detail.sections.end(), kind) != detail.sections.end();
  };
  if (has("requirements")) return SkillLevel::kRequired;
  if (has("preferred")) return SkillLevel::kPreferred;
  return SkillLevel::kMentioned;
}

bool Shows(const ResumeEntry& entry, const std::string& skill) {
  return std::find(entry.skills.begin(), entry.skills.end(), skill) != entry.skills.end();
}

EntryRef RefTo(const ResumeEntry& entry) { return EntryRef{entry.section, entry.index, entry.name, entry.role}; }

// Work, volunteering, schooling and projects show a skill in use; a skills
// list, a certificate or the summary only name it.
bool IsExperience(ResumeSection section) {
  return section == ResumeSection::kWork || section == ResumeSection::kVolunteer ||
         section == ResumeSection::kEducation || section == ResumeSection::kProjects;
}

void StableSortByLevel(std::vector<SkillMatch>* skills) {
  std::stable_sort(skills->begin(), skills->end(),
                   [](const SkillMatch& a, const SkillMatch& b) { return a.level < b.level; });
}

}  // namespace

void FindResumeSkills(Resume* resume) {
  for (ResumeEntry& entry : resume->entries) {
    entry.skills.clear();
    for (const std::string& text : entry.texts) {
      for (std::string& skill : FindSkillsInText(text)) {
        if (!Shows(entry, skill)) entry.skills.push_back(std::move(skill));
      }
    }
  }
}

std::string CoverageText(const Coverage& c) {
  const std::array<std::tuple<int, int, const char*>, 3> levels = {{
      {c.required_shown, c.required_total, "required"},
      {c.preferred_shown, c.preferred_total, "preferred"},
      {c.mentioned_shown, c.mentioned_total, "mentioned"},
  }};
  std::string text;
  for (const auto& [shown, total, name] : levels) {
    if (total == 0) continue;
    std::string part = std::to_string(shown) + " of " + std::to_string(total) + " " + name;
    text += text.empty() ? part + (total == 1 ? " skill shown" : " skills shown") : ", " + part;
  }
  return text.empty() ? "the posting names no skill of the lexicon" : text;
}

ResumeMatch MatchResume(const Posting& posting, const Resume& resume) {
  ResumeMatch match;
  match.resume = resume.path;
  for (const SkillDetail& detail : posting.skill_details) {
    SkillMatch skill{detail.name, LevelOf(detail), detail.sections, detail.count, {}};
    for (const ResumeEntry& entry : resume.entries) {
      if (Shows(entry, detail.name)) skill.evidence.push_back(RefTo(entry));
    }
    Coverage& c = match.coverage;
    bool shown = !skill.evidence.empty();
    switch (skill.level) {
      case SkillLevel::kRequired: c.required_total++, c.required_shown += shown; break;
      case SkillLevel::kPreferred: c.preferred_total++, c.preferred_shown += shown; break;
      case SkillLevel::kMentioned: c.mentioned_total++, c.mentioned_shown += shown; break;
    }
    (shown ? match.matched : match.missing).push_back(std::move(skill));
  }
  StableSortByLevel(&match.matched);
  StableSortByLevel(&match.missing);
  match.coverage.text = CoverageText(match.coverage);

  for (const ResumeEntry& entry : resume.entries) {
    EntryEvidence evidence{RefTo(entry), {}};
    for (const SkillMatch& skill : match.matched) {
      if (Shows(entry, skill.name)) evidence.skills.push_back(skill.name);
    }
    if (!evidence.skills.empty()) match.entries.push_back(std::move(evidence));
  }

  // The posting's repeated themes that the resume's experience barely shows.
  for (const SkillMatch& skill : match.matched) {
    long in_experience = std::count_if(skill.evidence.begin(), skill.evidence.end(),
                                       [](const EntryRef& ref) { return IsExperience(ref.section); });
    if (skill.count >= 2 && in_experience <= 1) match.underweighted.push_back(skill);
  }
  std::stable_sort(match.underweighted.begin(), match.underweighted.end(),
                   [](const SkillMatch& a, const SkillMatch& b) { return a.count > b.count; });
  return match;
}

}  // namespace jobpipe
