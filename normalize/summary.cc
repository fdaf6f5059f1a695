#include "normalize/summary.h"

namespace jobpipe {

std::string Summarize(const std::vector<Section>& sections) {
  for (const Section& s : sections) {
    if (s.kind == SectionKind::kIntro) return s.text;
  }
  return "";
}

std::string CompanyDetails(const std::vector<Section>& sections) {
  for (const Section& s : sections) {
    if (s.kind == SectionKind::kAboutCompany) return s.text;
  }
  return "";
}

}  // namespace jobpipe
