// The hiring company, when structured data did not name it: a header card,
// a "Company:" line, an "About X" heading, or sentences that name it
// ("X is an equal opportunity employer", "As a ... at X", "Join X",
// "X is hiring", "X recrute", "Die X GmbH").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/text_lines.h"

namespace jobpipe::facts {

/// Whether text can be a company name: short, capitalised (or a digit),
/// and not a pronoun or a generic ("We", "Our client", "The company",
/// "None").
bool IsPlausibleCompany(std::string_view name);

/// The company an "About X" heading names ("About Canonical" ->
/// "Canonical"; "About us", "About the role" -> nullopt). Also "Über X",
/// "À propos de X", "Sobre X", "Acerca de X", "Om X".
std::optional<std::string> CompanyFromAboutHeading(std::string_view heading);

struct CompanyGuess {
  std::string name;
  bool doubtful = false;  // read from a sentence rather than stated
};

/// The subject of the introduction's opening sentence when it reads as a
/// name ("Atelier Lumen conçoit ...", "株式会社ミナトテックは ...",
/// "星川科技专注于 ..."); the weakest rule.
std::optional<CompanyGuess> CompanyFromOpeningSentence(const std::vector<TextLine>& lines);

/// The company by the rules above, strongest first.
std::optional<CompanyGuess> FindCompany(const std::vector<TextLine>& lines);

}  // namespace jobpipe::facts
