#include "normalize/facts/employment.h"

#include <re2/re2.h>

#include <algorithm>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/letter_case.h"
#include "core/text/regex_fold.h"
#include "core/text/words.h"
#include "normalize/facts/labels.h"
#include "normalize/match/literal_set.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> employment_types;  // data/employment_types.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

// The words of each type (data/employment_types.tsv), in the contract's
// order. Leftmost mention wins ("CDI ou contrat d'apprentissage" is a
// CDI); at one place, the first type listed. Matched as a case-insensitive
// RE2 alternation of them would match (tests/normalize/facts_employment_test.cc
// holds that alternation and compares), without compiling one: it was a
// tenth of a short run.
struct TypeWords {
  std::string_view type;
  match::LiteralSet words;
};

// A type's literals by how they match, as LiteralSet takes them.
struct Literals {
  std::vector<std::string_view> stems, whole_words, word_starts;
};

const std::vector<TypeWords>& TypeWordLists() {
  static const std::vector<TypeWords> kLists = [] {
    std::vector<std::pair<std::string_view, Literals>> by_type;  // in the file's order
    for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::employment_types, "type match literal")) {
      const std::string_view type = entry.columns[0], match = entry.columns[1];
      std::vector<std::string_view> Literals::*kind = match == "word"    ? &Literals::whole_words
                                                      : match == "start" ? &Literals::word_starts
                                                      : match == "stem"  ? &Literals::stems
                                                                         : nullptr;
      if (kind == nullptr) {
        lexicon::ReportBadEntry(entry, "match '" + std::string(match) + "' is not word, start or stem");
        continue;
      }
      auto at = std::find_if(by_type.begin(), by_type.end(), [&](const auto& known) { return known.first == type; });
      if (at == by_type.end()) at = by_type.insert(by_type.end(), {type, Literals{}});
      (at->second.*kind).push_back(entry.columns[2]);
    }
    std::vector<TypeWords> lists;
    for (const auto& [type, literals] : by_type) {
      lists.push_back({type, match::LiteralSet(literals.stems, literals.whole_words, literals.word_starts)});
    }
    return lists;
  }();
  return kLists;
}

}  // namespace

std::optional<std::string> EmploymentTypeFromText(std::string_view written) {
  const std::vector<TypeWords>& lists = TypeWordLists();
  // The literal sets know the case of a few Latin letters only; the
  // Cyrillic and Greek words ("Полная занятость") are matched in small letters.
  const std::string text = textkit::Lowercased(written);
  std::optional<std::string> first;
  for (size_t at = 0; at < text.size(); ++at) {
    std::optional<std::string_view> type;
    for (const TypeWords& list : lists) {
      if (list.words.FoundAt(text, at)) {
        type = list.type;
        break;
      }
    }
    if (!type) continue;
    // "Fixed-term contract, 3 years, full-time": a limited term says how
    // long, the hours say what kind of job; the hours win.
    std::string_view found = *type;
    if (!first) {
      first = std::string(found);
      if (found != "temporary") return first;
    } else if (found == "full_time" || found == "part_time") {
      return std::string(found);
    }
  }
  return first;
}

std::optional<std::string> FindEmploymentType(const std::vector<TextLine>& lines,
                                              std::string_view title) {
  static const LabelSet kLabel(FactLabels("employment"));
  for (const TextLine& line : lines) {
    if (auto value = LabelledValueInLine(line.text, kLabel)) {
      if (auto type = EmploymentTypeFromText(*value)) return type;
    }
  }
  // Short lines say it outright ("Full-time", "Full time and Remote"); in
  // longer prose "internship" or "contract" may be about experience asked for.
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kBenefits || line.kind == SectionKind::kAboutCompany) continue;
    if (line.origin == LineOrigin::kHeader || textkit::CountWords(line.text, 4) <= 4) {
      if (auto type = EmploymentTypeFromText(line.text)) return type;
    }
  }
  if (auto type = EmploymentTypeFromText(title)) return type;
  static const RE2 kProse(
      R"((?i)\b(full[- ]?time|part[- ]?time|temporary|fixed[- ]term)\s+(?:\w+\s+){0,3}?(?:position|role|job|opportunity|contract|employment|basis|employee|hours)\b|\b(?:seeks|seeking|hiring|for)\s+an?\s+(full[- ]?time|part[- ]?time)\b|^\W*(full[- ]?time|part[- ]?time)\s+\w+)");
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kBenefits || line.kind == SectionKind::kAboutCompany ||
        line.kind == SectionKind::kEqualOpportunity) {
      continue;
    }
    // Every type the pattern names holds "time", "term" or "temporary":
    // a line without them need not run it.
    if (!textkit::ContainsAnyFolded(line.text, {"time", "term", "temporary"})) continue;
    // Also a sentence that opens with the type: "Part-time barista wanted ...".
    std::string first, second, opening;
    if (kProse.ok() && RE2::PartialMatch(line.text, kProse, &first, &second, &opening)) {
      return EmploymentTypeFromText(!first.empty() ? first : !second.empty() ? second : opening);
    }
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
