// The posting's language (ISO 639-1) from its script, or from counting
// frequent function words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/facts/text_lines.h"

namespace jobpipe::facts {

/// The language whose script most of the letters are in (zh, ja, ko, th,
/// he, ar, hi, el, ru, uk), or else the one whose stopwords the text holds
/// enough of and clearly more than of any other (en, de, fr, es, pt, it,
/// nl, fi, et, sv, pl, da, nb, cs, sk, ro, tr, lt); nullopt for short or
/// mixed text.
std::optional<std::string> DetectLanguage(std::string_view text);

/// DetectLanguage over the body (headings, prose, items).
std::optional<std::string> DetectPostingLanguage(const std::vector<TextLine>& lines);

}  // namespace jobpipe::facts
