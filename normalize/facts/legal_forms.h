// The legal forms of companies as the patterns of normalize's rules read
// them. The list and its uses are core/lexicon/legal_forms.h (parse's
// header card reads it too); its names are used here as facts' own.
#pragma once

#include <string>
#include <string_view>

#include "core/lexicon/legal_forms.h"

namespace jobpipe::facts {

using lexicon::LegalForm;
using lexicon::LegalForms;
using lexicon::LegalFormUse;

/// The forms `use` reads as one RE2 alternation (without a group): each
/// form quoted (RE2::QuoteMeta), a space of an any-spacing form `\s*`, and
/// `after_word` after each form that does not end with a period. The
/// longest forms come first, so that a form wins over a shorter one it
/// starts with ("GmbH & Co. KG" over "GmbH").
std::string LegalFormAlternation(LegalFormUse use, std::string_view after_word = "");

}  // namespace jobpipe::facts
