// The legal forms of data/company/legal_forms.tsv: each rule reads the
// forms the file names it for, and the forms read as the file writes them
// (a longer form over one it starts with, free spacing where flagged).
#include "normalize/facts/legal_forms.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/company.h"
#include "normalize/facts/title.h"

namespace jobpipe {
namespace {

bool Reads(facts::LegalFormUse use, std::string_view written) {
  const std::vector<facts::LegalForm>& forms = facts::LegalForms(use);
  return std::any_of(forms.begin(), forms.end(),
                     [&](const facts::LegalForm& form) { return form.written == written; });
}

std::optional<std::string> CompanyOfSentence(const char* sentence) {
  auto guess = facts::FindCompany({{sentence, facts::LineOrigin::kProse}});
  if (!guess) return std::nullopt;
  return guess->name;
}

TEST_CASE("each rule reads the legal forms the file names it for") {
  using facts::LegalFormUse;
  CHECK(Reads(LegalFormUse::kTitlePart, "AS"));
  CHECK_FALSE(Reads(LegalFormUse::kTitlePart, "A/S"));
  CHECK(Reads(LegalFormUse::kName, "A/S"));
  CHECK_FALSE(Reads(LegalFormUse::kName, "AS"));
  CHECK(Reads(LegalFormUse::kAbbreviation, "S.A.S."));
  CHECK_FALSE(Reads(LegalFormUse::kAbbreviation, "SAS"));
  CHECK(Reads(LegalFormUse::kFingerprint, "Incorporated"));
  CHECK_FALSE(Reads(LegalFormUse::kFingerprint, "Oyj"));
}

TEST_CASE("the name rule's pattern: forms quoted, the longest first, free spacing where flagged") {
  const std::string alternation = facts::LegalFormAlternation(facts::LegalFormUse::kName, "@");
  CHECK(alternation.starts_with(R"(GmbH\s*\&\s*Co\.\s*KG@|)"));
  CHECK(alternation.find(R"(|Pty\ Ltd@|)") != std::string::npos);
  // A form that ends in a period takes nothing after it.
  CHECK(alternation.find(R"(|S\.A\.|)") != std::string::npos);
  CHECK(alternation.find(R"(|GmbH@|)") != std::string::npos);
}

TEST_CASE("a sentence names a company by its legal form as the file writes it") {
  CHECK(CompanyOfSentence("Die Lindenhof Logistik GmbH & Co. KG sucht Fahrer.") ==
        "Lindenhof Logistik GmbH & Co. KG");
  CHECK(CompanyOfSentence("Die Lindenhof Logistik GmbH&Co.KG sucht Fahrer.") ==
        "Lindenhof Logistik GmbH&Co.KG");
  CHECK(CompanyOfSentence("Die Lindenhof Logistik GmbH sucht Fahrer.") ==
        "Lindenhof Logistik GmbH");
  CHECK(CompanyOfSentence("Kestrel Tools Pty Ltd makes hand tools for builders.") ==
        "Kestrel Tools Pty Ltd");
  CHECK(CompanyOfSentence("Hos Fjordlys Data ApS arbejder vi med data.") == "Fjordlys Data ApS");
}

TEST_CASE("a title part that ends with a title-part form names the company") {
  const facts::TidyTitle tidy =
      facts::TidyPageTitle("Data Analyst - Fjordlys Data AS", std::nullopt);
  CHECK(tidy.title == "Data Analyst");
  CHECK(tidy.company == "Fjordlys Data AS");
}

}  // namespace
}  // namespace jobpipe
