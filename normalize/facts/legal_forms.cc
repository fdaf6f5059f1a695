#include "normalize/facts/legal_forms.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>

#include "core/lexicon/load.h"
#include "core/text/words.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> legal_forms;  // data/company/legal_forms.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

constexpr std::array<std::pair<std::string_view, LegalFormUse>, 4> kUseNames{{
    {"title-part", LegalFormUse::kTitlePart},
    {"name", LegalFormUse::kName},
    {"abbreviation", LegalFormUse::kAbbreviation},
    {"fingerprint", LegalFormUse::kFingerprint},
}};

using FormsByUse = std::array<std::vector<LegalForm>, kUseNames.size()>;

FormsByUse LoadForms() {
  FormsByUse by_use;
  for (const lexicon::Entry& entry :
       lexicon::LoadLines(embedded::legal_forms, "form uses [flags]")) {
    LegalForm form{entry.columns[0]};
    if (const std::string_view flags = entry.columns[2]; flags == "any-spacing") {
      form.any_spacing = true;
    } else if (!flags.empty()) {
      lexicon::ReportBadEntry(entry, "flag '" + std::string(flags) + "' is not any-spacing");
    }
    for (std::string_view use : textkit::SplitOn(entry.columns[1], ',')) {
      const auto* known = std::find_if(kUseNames.begin(), kUseNames.end(),
                                       [&](const auto& named) { return named.first == use; });
      if (known == kUseNames.end()) {
        lexicon::ReportBadEntry(
            entry,
            "use '" + std::string(use) + "' is not title-part, name, abbreviation or fingerprint");
        continue;
      }
      by_use[static_cast<std::size_t>(known->second)].push_back(form);
    }
  }
  return by_use;
}

// The RE2 pattern of one form as written.
std::string FormPattern(const LegalForm& form) {
  if (!form.any_spacing) return RE2::QuoteMeta(form.written);
  std::string pattern;
  for (std::string_view piece : textkit::SplitOn(form.written, ' ')) {
    if (!pattern.empty()) pattern += R"(\s*)";
    pattern += RE2::QuoteMeta(piece);
  }
  return pattern;
}

}  // namespace

const std::vector<LegalForm>& LegalForms(LegalFormUse use) {
  static const FormsByUse kForms = LoadForms();
  return kForms[static_cast<std::size_t>(use)];
}

std::string LegalFormAlternation(LegalFormUse use, std::string_view after_word) {
  std::vector<LegalForm> forms = LegalForms(use);
  std::stable_sort(forms.begin(), forms.end(), [](const LegalForm& a, const LegalForm& b) {
    return a.written.size() > b.written.size();
  });
  std::string alternation;
  for (const LegalForm& form : forms) {
    if (!alternation.empty()) alternation += '|';
    alternation += FormPattern(form);
    if (!form.written.ends_with('.')) alternation += after_word;
  }
  return alternation;
}

}  // namespace jobpipe::facts
