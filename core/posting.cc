#include "core/posting.h"

#include <array>
#include <utility>

namespace jobpipe {
namespace {

constexpr std::array<std::pair<SectionKind, const char*>, 9> kSectionNames = {{
    {SectionKind::kIntro, "intro"},
    {SectionKind::kResponsibilities, "responsibilities"},
    {SectionKind::kRequirements, "requirements"},
    {SectionKind::kPreferred, "preferred"},
    {SectionKind::kBenefits, "benefits"},
    {SectionKind::kAboutCompany, "about_company"},
    {SectionKind::kEqualOpportunity, "equal_opportunity"},
    {SectionKind::kHowToApply, "how_to_apply"},
    {SectionKind::kOther, "other"},
}};

}  // namespace

void FillMissingFacts(Facts& into, const Facts& from) {
  const auto fill = [](auto& target, const auto& source) {
    if (!target && source) target = source;
  };
  fill(into.url, from.url);
  fill(into.company, from.company);
  fill(into.company_url, from.company_url);
  fill(into.title, from.title);
  fill(into.location, from.location);
  fill(into.workplace, from.workplace);
  fill(into.employment_type, from.employment_type);
  fill(into.salary, from.salary);
  fill(into.date_posted, from.date_posted);
  fill(into.posted_ago, from.posted_ago);
  fill(into.valid_through, from.valid_through);
  fill(into.seniority, from.seniority);
  fill(into.department, from.department);
  fill(into.apply_url, from.apply_url);
  fill(into.language, from.language);
  fill(into.identifier, from.identifier);
}

const char* SourceTypeName(SourceType type) {
  switch (type) {
    case SourceType::kText: return "text";
    case SourceType::kHtml: return "html";
    case SourceType::kUrl: return "url";
    case SourceType::kJson: return "json";
  }
  return "text";
}

const char* SectionKindName(SectionKind kind) {
  for (const auto& [k, name] : kSectionNames) {
    if (k == kind) return name;
  }
  return "other";
}

std::optional<SectionKind> SectionKindFromName(const std::string& name) {
  for (const auto& [k, n] : kSectionNames) {
    if (name == n) return k;
  }
  return std::nullopt;
}

const char* BlockTypeName(BlockType type) {
  switch (type) {
    case BlockType::kHeading: return "heading";
    case BlockType::kParagraph: return "paragraph";
    case BlockType::kListItem: return "item";
  }
  return "paragraph";
}

}  // namespace jobpipe
