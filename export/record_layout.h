// The record's fixed wording (../shared/RECORD_FORMAT.md), shared by the
// writer and the reader so the two can never drift apart.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/posting.h"

namespace jobpipe::record {

inline constexpr std::string_view kTitle = "# Application Details";
inline constexpr std::string_view kCompany = "## Company";
inline constexpr std::string_view kPosition = "## Position";
inline constexpr std::string_view kJobUrl = "## Job URL";
inline constexpr std::string_view kStatus = "## Status";
inline constexpr std::string_view kStatusApplication = "### Application";
inline constexpr std::string_view kJobDescription = "## Job Description";
inline constexpr std::string_view kCompanyDetails = "## Company Details";
inline constexpr std::string_view kApplicationDate = "## Application Date";
inline constexpr std::string_view kPersonalConnection = "## Personal Connection";
inline constexpr std::string_view kNotes = "## Notes";
inline constexpr std::string_view kKeySkills = "- Key skills to emphasize:";

/// The Job Description's sub-lists: which section kind feeds each lead line.
struct SubList {
  SectionKind kind;
  std::string_view lead;
};
inline constexpr std::array<SubList, 4> kSubLists = {{
    {SectionKind::kResponsibilities, "The primary responsibilities include:"},
    {SectionKind::kRequirements, "Required qualifications:"},
    {SectionKind::kPreferred, "Desired additional skills:"},
    {SectionKind::kBenefits, "What they offer:"},
}};

/// The Job Description's one-line facts, in the order they are written.
enum class FactLine { kLocation, kWorkplace, kEmploymentType, kSalary, kSeniority,
                      kDepartment, kDatePosted, kValidThrough, kApplyUrl };
struct FactLabel {
  FactLine line;
  std::string_view label;  // written as "<label>: <value>"
};
inline constexpr std::array<FactLabel, 9> kFactLabels = {{
    {FactLine::kLocation, "Location"},
    {FactLine::kWorkplace, "Workplace"},
    {FactLine::kEmploymentType, "Employment type"},
    {FactLine::kSalary, "Salary"},
    {FactLine::kSeniority, "Seniority"},
    {FactLine::kDepartment, "Department"},
    {FactLine::kDatePosted, "Date posted"},
    {FactLine::kValidThrough, "Apply by"},
    {FactLine::kApplyUrl, "Apply at"},
}};

/// Contract value <-> the words a person reads ("full_time" <-> "Full-time").
std::string_view DisplayName(FactLine line, std::string_view contract_value);
std::optional<std::string> ContractValue(FactLine line, std::string_view display_name);

/// The questions left for the user, and the notes' prompts.
inline constexpr std::array<std::string_view, 6> kPersonalConnectionQuestions = {{
    "Have you used their product/service?",
    "If yes, describe your experience:",
    "How long have you used it?",
    "What impact has it had on you?",
    "Any specific features or aspects you particularly value?",
    "How does this connection relate to your professional interest in the company?",
}};
inline constexpr std::array<std::string_view, 4> kCoverLetterPrompts = {{
    "Opening paragraph:", "Body paragraph:", "Company-specific paragraph:", "Closing paragraph:",
}};

/// "<Company> job posting - <Title>": the Job URL line when no URL is known.
std::string PlaceholderJobUrl(const Facts& facts);

}  // namespace jobpipe::record
