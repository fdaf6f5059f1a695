#include "core/lexicon/legal_forms.h"

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

namespace jobpipe::lexicon {
namespace {

constexpr std::array<std::pair<std::string_view, LegalFormUse>, 5> kUseNames{{
    {"title-part", LegalFormUse::kTitlePart},
    {"name", LegalFormUse::kName},
    {"abbreviation", LegalFormUse::kAbbreviation},
    {"fingerprint", LegalFormUse::kFingerprint},
    {"card-end", LegalFormUse::kCardEnd},
}};

using FormsByUse = std::array<std::vector<LegalForm>, kUseNames.size()>;

FormsByUse LoadForms() {
  FormsByUse by_use;
  for (const Entry& entry : LoadLines(embedded::legal_forms, "form uses [flags]")) {
    LegalForm form{entry.columns[0]};
    if (const std::string_view flags = entry.columns[2]; flags == "any-spacing") {
      form.any_spacing = true;
    } else if (!flags.empty()) {
      ReportBadEntry(entry, "flag '" + std::string(flags) + "' is not any-spacing");
    }
    for (std::string_view use : textkit::SplitOn(entry.columns[1], ',')) {
      const auto* known = std::find_if(kUseNames.begin(), kUseNames.end(),
                                       [&](const auto& named) { return named.first == use; });
      if (known == kUseNames.end()) {
        ReportBadEntry(entry, "use '" + std::string(use) +
                                  "' is not title-part, name, abbreviation, fingerprint or card-end");
        continue;
      }
      by_use[static_cast<std::size_t>(known->second)].push_back(form);
    }
  }
  return by_use;
}

}  // namespace

const std::vector<LegalForm>& LegalForms(LegalFormUse use) {
  static const FormsByUse kForms = LoadForms();
  return kForms[static_cast<std::size_t>(use)];
}

}  // namespace jobpipe::lexicon
