// The legal forms of companies ("GmbH", "Inc.", "S.A."): one list,
// data/company/legal_forms.tsv, in which each form names the rules that
// read it. The rules keep their own subsets because a form added to one
// changes what it finds (a title part ending in "A/S" would name a
// company; an employer "Acme Oyj" would become "acme").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::facts {

/// The rules that read the list, as its "uses" column names them.
enum class LegalFormUse {
  kTitlePart,     // "title-part": a title part ending with it names the company
  kName,          // "name": it ends a company's name in a sentence
  kAbbreviation,  // "abbreviation": its period ends no sentence
  kFingerprint,   // "fingerprint": dropped when two employers are compared
};

struct LegalForm {
  std::string_view written;  // "GmbH & Co. KG"
  bool any_spacing = false;  // flag "any-spacing": a space matches any white space or none
};

/// The forms `use` reads, in the file's order. A use or flag the file
/// misspells is reported as a bad entry (core/lexicon/load.h).
const std::vector<LegalForm>& LegalForms(LegalFormUse use);

/// The forms `use` reads as one RE2 alternation (without a group): each
/// form quoted (RE2::QuoteMeta), a space of an any-spacing form `\s*`, and
/// `after_word` after each form that does not end with a period. The
/// longest forms come first, so that a form wins over a shorter one it
/// starts with ("GmbH & Co. KG" over "GmbH").
std::string LegalFormAlternation(LegalFormUse use, std::string_view after_word = "");

}  // namespace jobpipe::facts
