// The one loader of data/company/legal_forms.tsv (core/lexicon/legal_forms.h):
// each use reads the forms the file names it for, parse's header card
// ("card-end") as well as normalize's rules, without a bad entry.
#include "core/lexicon/legal_forms.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/load.h"

namespace jobpipe::lexicon {
namespace {

std::vector<std::string_view> Written(LegalFormUse use) {
  std::vector<std::string_view> written;
  for (const LegalForm& form : LegalForms(use)) written.push_back(form.written);
  return written;
}

TEST_CASE("the header card reads the card-end forms, in the file's order") {
  CHECK(Written(LegalFormUse::kCardEnd) ==
        std::vector<std::string_view>{"Inc.", "Corp.", "Co.", "LLC", "Ltd.", "PLC", "Pty", "GmbH", "AG", "S.A."});
}

TEST_CASE("a form serves only the uses it names") {
  const std::vector<std::string_view> card = Written(LegalFormUse::kCardEnd);
  CHECK(std::find(card.begin(), card.end(), "Oy") == card.end());
  const std::vector<std::string_view> names = Written(LegalFormUse::kName);
  CHECK(std::find(names.begin(), names.end(), "Pty") == names.end());
  CHECK(std::find(names.begin(), names.end(), "Pty Ltd") != names.end());
  const std::vector<LegalForm>& spaced = LegalForms(LegalFormUse::kName);
  CHECK(std::any_of(spaced.begin(), spaced.end(),
                    [](const LegalForm& form) { return form.written == "GmbH & Co. KG" && form.any_spacing; }));
  CHECK(ReportedDataErrors() == std::vector<std::string>{});
}

}  // namespace
}  // namespace jobpipe::lexicon
