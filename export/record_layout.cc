#include "export/record_layout.h"

namespace jobpipe::record {
namespace {

struct Display {
  FactLine line;
  std::string_view value;
  std::string_view display;
};

constexpr std::array<Display, 16> kDisplayNames = {{
    {FactLine::kWorkplace, "remote", "Remote"},
    {FactLine::kWorkplace, "hybrid", "Hybrid"},
    {FactLine::kWorkplace, "onsite", "On-site"},
    {FactLine::kEmploymentType, "full_time", "Full-time"},
    {FactLine::kEmploymentType, "part_time", "Part-time"},
    {FactLine::kEmploymentType, "contract", "Contract"},
    {FactLine::kEmploymentType, "temporary", "Temporary"},
    {FactLine::kEmploymentType, "internship", "Internship"},
    {FactLine::kEmploymentType, "volunteer", "Volunteer"},
    {FactLine::kEmploymentType, "other", "Other"},
    {FactLine::kSeniority, "internship", "Internship"},
    {FactLine::kSeniority, "entry", "Entry level"},
    {FactLine::kSeniority, "associate", "Associate"},
    {FactLine::kSeniority, "mid_senior", "Mid-Senior level"},
    {FactLine::kSeniority, "director", "Director"},
    {FactLine::kSeniority, "executive", "Executive"},
}};

}  // namespace

std::string_view DisplayName(FactLine line, std::string_view contract_value) {
  for (const Display& d : kDisplayNames) {
    if (d.line == line && d.value == contract_value) return d.display;
  }
  return contract_value;
}

std::optional<std::string> ContractValue(FactLine line, std::string_view display_name) {
  bool enumerated = false;
  for (const Display& d : kDisplayNames) {
    if (d.line != line) continue;
    enumerated = true;
    if (d.display == display_name) return std::string(d.value);
  }
  if (enumerated) return std::nullopt;  // a word we do not know for an enum field
  return std::string(display_name);
}

std::string PlaceholderJobUrl(const Facts& facts) {
  if (facts.company && facts.title) return *facts.company + " job posting - " + *facts.title;
  if (facts.title) return "Job posting - " + *facts.title;
  if (facts.company) return *facts.company + " job posting";
  return "";
}

}  // namespace jobpipe::record
