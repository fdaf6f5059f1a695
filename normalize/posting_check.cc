#include "normalize/posting_check.h"

#include <re2/re2.h>

namespace jobpipe {
namespace {

bool HasJobSection(const Posting& posting) {
  for (const Section& s : posting.sections) {
    switch (s.kind) {
      case SectionKind::kResponsibilities:
      case SectionKind::kRequirements:
      case SectionKind::kPreferred:
      case SectionKind::kBenefits:
      case SectionKind::kHowToApply:
        if (!s.items.empty() || !s.text.empty()) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

bool HasSupportingFact(const Facts& f) {
  return f.company || f.location || f.workplace || f.employment_type || f.salary ||
         f.identifier || f.valid_through;
}

// Words a job posting uses about itself, in the languages the heading
// lexicon covers. Matched case-insensitively on word boundaries.
const RE2& HiringWords() {
  static const RE2 re(
      R"((?i)\b(hiring|we are looking for|we're looking for|looking for an?|join (our|the) team|)"
      R"(apply|applicants?|candidates?|the role|this role|position|job|vacancy|)"
      R"(wir suchen|stelle|bewerb\w*|recrute|recherchons|poste|candidat\w*|)"
      R"(buscamos|puesto|vacante|candidat[oa]s?|cerchiamo|vacature|procuramos|vaga)\b)");
  return re;
}

bool MentionsHiring(const Posting& posting) {
  for (const Section& s : posting.sections) {
    if (RE2::PartialMatch(s.text, HiringWords())) return true;
    if (s.heading && RE2::PartialMatch(*s.heading, HiringWords())) return true;
    for (const std::string& item : s.items) {
      if (RE2::PartialMatch(item, HiringWords())) return true;
    }
  }
  return false;
}

}  // namespace

bool LooksLikePosting(const Posting& posting) {
  if (HasJobSection(posting)) return true;
  if (!posting.facts.title) return false;
  return HasSupportingFact(posting.facts) || MentionsHiring(posting);
}

}  // namespace jobpipe
