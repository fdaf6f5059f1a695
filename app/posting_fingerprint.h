// The same posting met at two URLs (its LinkedIn copy and its Greenhouse
// page) is one application: it is recognised by a fingerprint of its
// company, title and location, each normalised so that spellings of one
// name agree: "Acme Inc." = "ACME, Inc" = "acme", "Société Générale" =
// "Societe Generale". Only records count: batch skips such a posting when
// --out-dir already records it.
#pragma once

#include <string>
#include <string_view>

#include "core/posting.h"

namespace jobpipe {

/// "fingerprint:<company>|<title>|<location>", or "" when the company or
/// the title is unknown (too little to tell two postings apart).
std::string PostingFingerprint(const Facts& facts);

/// Words with ASCII letters in lower case, Latin letters with accents
/// folded to them (core/text/transliterate.h: "Société" = "societe", "ß" = "ss"),
/// other scripts as written, punctuation dropped ("S.A." = "SA"),
/// separated by one space.
std::string NormalizedWords(std::string_view text);

/// NormalizedWords without the trailing legal form ("inc", "gmbh", "ltd",
/// "co kg", ...: data/company/legal_forms.tsv), keeping at least one word.
std::string NormalizedCompany(std::string_view company);

}  // namespace jobpipe
