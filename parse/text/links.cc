#include "parse/text/links.h"

#include <re2/re2.h>

namespace jobpipe::text {

std::optional<std::string> FindApplyLink(std::string_view body) {
  if (body.find("](") == std::string_view::npos) return std::nullopt;
  // Up to 40 characters before the link, its text, its http(s) target.
  static const RE2 kLink(R"(([^\n\[\]]{0,40})\[([^\]\n]{1,120})\]\((https?://[^\s()]+)\))");
  static const RE2 kApplyWords(
      R"((?i)\b(?:apply|application|applications|bewerb\w*|postul\w*|candidat\w*|aplica\w*|solicitud)\b)");
  if (!kLink.ok() || !kApplyWords.ok()) return std::nullopt;
  re2::StringPiece rest(body.data(), body.size());
  std::string before, label, target;
  while (RE2::FindAndConsume(&rest, kLink, &before, &label, &target)) {
    if (RE2::PartialMatch(label, kApplyWords) || RE2::PartialMatch(before, kApplyWords)) return target;
  }
  return std::nullopt;
}

}  // namespace jobpipe::text
