// Employment type (full_time, part_time, contract, temporary, internship,
// volunteer, other) from header cards, labelled lines and the title.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/text_lines.h"

namespace jobpipe::facts {

/// The employment type a short text names: "Full-time", "Vollzeit", "CDI"
/// (full_time), "Teilzeit", "Werkstudent" (part_time), "CDD", "befristet"
/// (temporary), "Freelance", "Contract" (contract), "Praktikum", "stage"
/// (internship), "Volunteer", "Ausbildung"/"alternance" (other).
std::optional<std::string> EmploymentTypeFromText(std::string_view text);

/// The employment type of a posting: a labelled line ("Employment type:",
/// "Type de contrat :", "Vertragsart:", "Jornada:"), a header or other short
/// line, the title, else a phrase in the prose ("a full-time position").
std::optional<std::string> FindEmploymentType(const std::vector<TextLine>& lines,
                                              std::string_view title);

}  // namespace jobpipe::facts
