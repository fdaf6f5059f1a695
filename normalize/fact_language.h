// The posting's language (ISO 639-1) from counting frequent function words.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/fact_text.h"

namespace jobpipe {

/// "en", "de", "fr", "es", "pt", "it", "nl", "fi", "et", "sv" or "pl" when
/// the text holds enough of one language's stopwords and clearly more than
/// of any other; nullopt for short or mixed text.
std::optional<std::string> DetectLanguage(std::string_view text);

/// DetectLanguage over the body (headings, prose, items).
std::optional<std::string> DetectPostingLanguage(const std::vector<TextLine>& lines);

}  // namespace jobpipe
