#include "export/match_notes.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>

#include "export/record_layout.h"
#include "export/text_cleaning.h"

namespace jobpipe {
namespace {

// Names that two entries of the match share (two roles at one employer).
class EntryNames {
 public:
  explicit EntryNames(const ResumeMatch& match) {
    for (const EntryEvidence& e : match.entries) ++uses_[Key(e.entry)];
  }
  std::string Label(const EntryRef& entry) const {
    auto it = uses_.find(Key(entry));
    return EntryLabel(entry, it != uses_.end() && it->second > 1);
  }

 private:
  static std::string Key(const EntryRef& entry) { return std::string(ResumeSectionName(entry.section)) + ":" + entry.name; }
  std::map<std::string, int> uses_;
};

std::string Joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::string EvidenceList(const SkillMatch& skill, const EntryNames& names) {
  std::vector<std::string> labels;
  for (const EntryRef& ref : skill.evidence) labels.push_back(names.Label(ref));
  return Joined(labels, ", ");
}

bool IsExperience(ResumeSection section) {
  return section == ResumeSection::kWork || section == ResumeSection::kVolunteer ||
         section == ResumeSection::kEducation || section == ResumeSection::kProjects;
}

// A cover letter cites a skill's best proof: its first two jobs, schools or
// projects, else where the resume names it.
std::string BestEvidence(const SkillMatch& skill, const EntryNames& names) {
  std::vector<std::string> labels;
  for (const EntryRef& ref : skill.evidence) {
    if (IsExperience(ref.section) && labels.size() < 2) labels.push_back(names.Label(ref));
  }
  if (labels.empty()) labels.push_back(names.Label(skill.evidence.front()));
  return Joined(labels, ", ");
}

// "Python, MLOps (required); Docker (preferred); Leadership (mentioned)":
// the skills of one entry, grouped by how the posting asks for them.
std::string SkillsByLevel(const std::vector<std::string>& skills, const ResumeMatch& match) {
  std::map<SkillLevel, std::vector<std::string>> by_level;
  for (const std::string& name : skills) {
    for (const SkillMatch& skill : match.matched) {
      if (skill.name == name) by_level[skill.level].push_back(CleanInline(name));
    }
  }
  std::vector<std::string> groups;
  for (const auto& [level, names] : by_level) {
    groups.push_back(Joined(names, ", ") + " (" + SkillLevelName(level) + ")");
  }
  return Joined(groups, "; ");
}

void KeySkills(std::ostream& out, const ResumeMatch& match, const EntryNames& names) {
  out << record::kKeySkills << '\n';
  for (const SkillMatch& skill : match.matched) {
    out << "  - " << CleanInline(skill.name) << " (" << SkillLevelName(skill.level) << "): "
        << EvidenceList(skill, names) << '\n';
  }
}

std::string TimesNamed(int count) { return count == 1 ? "once" : std::to_string(count) + " times"; }

void CustomizationIdeas(std::ostream& out, const ResumeMatch& match, const EntryNames& names) {
  out << "- Resume customization ideas:\n";
  for (const SkillMatch& skill : match.missing) {
    if (skill.level == SkillLevel::kMentioned) continue;
    out << "  - No evidence of " << CleanInline(skill.name) << " (" << SkillLevelName(skill.level) << ")\n";
  }
  for (const SkillMatch& skill : match.underweighted) {
    out << "  - " << CleanInline(skill.name) << " is named " << TimesNamed(skill.count) << " in the posting ("
        << Joined(skill.sections, ", ") << ") but shown only by " << EvidenceList(skill, names) << '\n';
  }
}

struct EntryGroup {
  ResumeSection section;
  std::string_view lead;
};
constexpr std::array<EntryGroup, 4> kEntryGroups = {{
    {ResumeSection::kWork, "Work experience:"},
    {ResumeSection::kEducation, "Education:"},
    {ResumeSection::kProjects, "Projects:"},
    {ResumeSection::kVolunteer, "Volunteering:"},
}};

void BulletPoints(std::ostream& out, const ResumeMatch& match) {
  out << "- Resume bullet points to highlight or modify:\n";
  for (const EntryGroup& group : kEntryGroups) {
    bool lead_written = false;
    for (const EntryEvidence& e : match.entries) {
      if (e.entry.section != group.section) continue;
      if (!lead_written) out << "  - " << group.lead << '\n';
      lead_written = true;
      out << "    - " << EntryLabel(e.entry, !e.entry.role.empty()) << ": emphasize " << SkillsByLevel(e.skills, match)
          << '\n';
    }
  }
}

// The first sentence of a text: up to the first ". ", "! " or "? " past a
// few words (an initial such as "J. Doe" is not an end).
std::string FirstSentence(const std::string& text) {
  std::string clean = CleanInline(text);
  for (std::size_t at = 0; at + 1 < clean.size(); ++at) {
    char c = clean[at];
    if ((c == '.' || c == '!' || c == '?') && clean[at + 1] == ' ' && at >= 20) return clean.substr(0, at + 1);
  }
  return clean;
}

// The required skills shown, most named first: the match's strongest.
std::vector<const SkillMatch*> Strongest(const ResumeMatch& match, std::size_t limit) {
  std::vector<const SkillMatch*> required;
  for (const SkillMatch& skill : match.matched) {
    if (skill.level == SkillLevel::kRequired) required.push_back(&skill);
  }
  std::stable_sort(required.begin(), required.end(),
                   [](const SkillMatch* a, const SkillMatch* b) { return a->count > b->count; });
  if (required.size() > limit) required.resize(limit);
  return required;
}

void CoverLetter(std::ostream& out, const Posting& posting, const ResumeMatch& match, const EntryNames& names) {
  out << "- Cover letter points:\n";
  const Facts& facts = posting.facts;
  std::string opening;
  if (facts.title) opening = "the " + CleanInline(*facts.title) + " role";
  if (facts.company) opening += (opening.empty() ? "" : " at ") + CleanInline(*facts.company);
  if (facts.department) opening += " (" + CleanInline(*facts.department) + ")";

  std::vector<std::string> strongest;
  for (const SkillMatch* skill : Strongest(match, 3)) {
    strongest.push_back(CleanInline(skill->name) + " (" + BestEvidence(*skill, names) + ")");
  }
  std::string body = strongest.empty() ? "" : "required skills shown: " + Joined(strongest, ", ");

  std::string company = posting.company_details.empty() ? "" : "\"" + FirstSentence(posting.company_details) + "\"";

  std::vector<std::string> preferred;
  for (const SkillMatch& skill : match.matched) {
    if (skill.level == SkillLevel::kPreferred) preferred.push_back(CleanInline(skill.name));
  }
  std::string closing = match.coverage.text;
  if (!preferred.empty()) closing += "; also bring: " + Joined(preferred, ", ") + " (preferred)";

  const std::array<std::string, 4> points = {opening, body, company, closing};
  for (std::size_t i = 0; i < points.size(); ++i) {
    out << "  - " << record::kCoverLetterPrompts[i];
    if (!points[i].empty()) out << ' ' << points[i];
    out << '\n';
  }
}

}  // namespace

std::string EntryLabel(const EntryRef& entry, bool name_is_shared) {
  std::string name = CleanInline(entry.name);
  std::string role = CleanInline(entry.role);
  switch (entry.section) {
    case ResumeSection::kBasics: return "resume summary";
    case ResumeSection::kSkills: return "skills: " + name;
    case ResumeSection::kCertificates: return "certificate: " + name;
    case ResumeSection::kLanguages: return "languages: " + name;
    default: break;
  }
  return name_is_shared && !role.empty() && role != name ? name + " (" + role + ")" : name;
}

void WriteMatchNotes(std::ostream& out, const Posting& posting) {
  const ResumeMatch& match = *posting.match;
  EntryNames names(match);
  KeySkills(out, match, names);
  CustomizationIdeas(out, match, names);
  BulletPoints(out, match);
  CoverLetter(out, posting, match, names);
}

}  // namespace jobpipe
