// The legal forms of companies ("GmbH", "Inc.", "S.A."): one list,
// data/company/legal_forms.tsv, in which each form names the rules that
// read it. The rules keep their own subsets because a form added to one
// changes what it finds (a title part ending in "A/S" would name a
// company; an employer "Acme Oyj" would become "acme"). The list is here,
// in core, because rules of two stages read it: parse's header card and
// normalize's company, title and fingerprint rules.
#pragma once

#include <string_view>
#include <vector>

namespace jobpipe::lexicon {

/// The rules that read the list, as its "uses" column names them.
enum class LegalFormUse {
  kTitlePart,     // "title-part": a title part ending with it names the company
  kName,          // "name": it ends a company's name in a sentence
  kAbbreviation,  // "abbreviation": its period ends no sentence
  kFingerprint,   // "fingerprint": dropped when two employers are compared
  kCardEnd,       // "card-end": a header card line ending with it and a period is no sentence
};

struct LegalForm {
  std::string_view written;  // "GmbH & Co. KG"
  bool any_spacing = false;  // flag "any-spacing": a space matches any white space or none
};

/// The forms `use` reads, in the file's order. A use or flag the file
/// misspells is reported as a bad entry (core/lexicon/load.h).
const std::vector<LegalForm>& LegalForms(LegalFormUse use);

}  // namespace jobpipe::lexicon
