// The job title: recognising one, and finding one in sentences such as
// "We are looking for a Senior X" when no header or heading states it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/labels.h"

namespace jobpipe::facts {

/// Whether a line names a job: short, not a sentence, and holding a role
/// word of one of our languages (engineer, manager, Entwickler, ingénieur,
/// desarrollador, arkkitehti, nõunik, ...; compounds like
/// "Softwareentwickler" count).
bool LooksLikeJobTitle(std::string_view text);

/// The role a sentence says is sought: "We are looking for a Senior Data
/// Engineer to ..." -> "Senior Data Engineer"; also "is hiring a",
/// "seeks a", "recherche un(e)", "sucht eine(n)", "busca un(a)".
std::optional<std::string> TitleFromSentence(std::string_view sentence);

/// The labels of a title line ("Job title", "Position", "Stelle", "Poste",
/// "Stanowisko", "職種", "岗位", ...).
const LabelSet& TitleLabels();

/// A title label's value when it names a job: not a kind of contract
/// ("Position: Full-time") nor a sentence.
std::optional<std::string> TitleFromLabelledValue(std::string_view value);

/// The value of a title label ("Job title: X", "Stelle: X", "Poste : X",
/// "Stanowisko: X", "職種：X", "岗位：X"), when it names a job.
std::optional<std::string> FindLabelledTitle(const std::vector<TextLine>& lines);

/// The first sentence in the opening prose of the posting that
/// TitleFromSentence reads a title from.
std::optional<std::string> FindTitleInText(const std::vector<TextLine>& lines);

struct TidyTitle {
  std::string title;
  std::optional<std::string> company;  // named inside the title
};

/// A page title cut down to the job's name: "Acme: Data Analyst",
/// "Data Analyst - Acme GmbH - jobs.example", "Data Analyst at Acme",
/// "Help Wanted: Acme Is Hiring A Full-Time Editor". `company`, when known,
/// is recognised and dropped. Titles without such parts come back as given.
TidyTitle TidyPageTitle(const std::string& title, const std::optional<std::string>& company);

/// The seniority ("internship", "entry", "associate", "mid_senior",
/// "director", "executive") a title or a criteria line implies.
std::optional<std::string> SeniorityFromText(std::string_view text);

}  // namespace jobpipe::facts
