// Each fact has its own rules file (fact_*.cc); this one decides the order
// of sources for each field and which guesses deserve a warning.

#include <re2/re2.h>

#include <cctype>

#include "core/text/words.h"
#include "normalize/facts/capitals.h"
#include "normalize/facts/company.h"
#include "normalize/facts/dates.h"
#include "normalize/facts/employment.h"
#include "normalize/facts/facts.h"
#include "normalize/facts/header_card.h"
#include "normalize/facts/labels.h"
#include "normalize/facts/language.h"
#include "normalize/facts/location.h"
#include "normalize/facts/salary.h"
#include "normalize/facts/title.h"
#include "normalize/facts/url.h"
#include "normalize/sections/lexicon.h"

namespace jobpipe::facts {
namespace {

template <typename T>
void FillIfUnknown(std::optional<T>* field, std::optional<T> value) {
  if (!field->has_value() && value.has_value()) *field = std::move(value);
}

// The first heading of the body, if it names a job.
// The first of the leading headings (before any body text) that reads as a
// job's name: a page or a notes file often opens with its own heading, or
// the company's, above the job's ("## Openings 6", "# Acme (Berlin)",
// "## Web Engineer").
std::optional<std::string> TitleFromFirstHeading(const std::vector<TextLine>& lines) {
  constexpr int kLeadingHeadings = 3;
  int headings = 0;
  for (const TextLine& line : lines) {
    if (line.origin == LineOrigin::kHeader || IsMetadataLine(line.text)) continue;
    if (line.origin != LineOrigin::kHeading) return std::nullopt;
    if (LooksLikeJobTitle(line.text)) return line.text;
    if (++headings == kLeadingHeadings) return std::nullopt;
  }
  return std::nullopt;
}

void FillTitle(const HeaderCard& card, bool card_from_blocks, const std::vector<TextLine>& lines,
               Facts* facts, std::vector<std::string>* warnings) {
  if (facts->title) return;
  // A paste's header names the title outright; leading blocks only when the
  // line reads as one.
  // A header line that names no role gives way to a leading heading that
  // does ("## Openings 6" above "## Web Engineer").
  const bool card_names_role = card.title && LooksLikeJobTitle(*card.title);
  // A paste that opens with a section ("Sobre nós", "Über uns") has no
  // title line: its first line is that section's heading.
  const bool card_is_heading = card.title && !card_names_role && LooksLikeSectionHeading(*card.title);
  if (card.title && !card_from_blocks && !card_names_role) {
    if (auto title = TitleFromFirstHeading(lines)) {
      facts->title = title;
      return;
    }
  }
  if (card.title && !card_is_heading && (!card_from_blocks || card_names_role)) {
    facts->title = card.title;
    return;
  }
  if (auto title = FindLabelledTitle(lines)) {
    facts->title = title;
    return;
  }
  if (auto title = TitleFromFirstHeading(lines)) {
    facts->title = title;
    warnings->push_back("title guessed from the first heading");
    return;
  }
  if (auto title = FindTitleInText(lines)) {
    facts->title = title;
    warnings->push_back("title guessed from a sentence of the text");
    return;
  }
  if (card.title && !LooksLikeSectionHeading(*card.title)) {
    facts->title = card.title;
    warnings->push_back("title guessed from the first line");
  }
}

// Stacked leading headings, the employer's above the job's ("### Acme
// (ACME)" then "#### Backend Engineer"): the one above, without a
// parenthesised aside or a " - department" part.
std::optional<std::string> CompanyFromHeadingAboveTitle(const std::vector<TextLine>& lines,
                                                        const std::optional<std::string>& title) {
  if (!title) return std::nullopt;
  const TextLine* above = nullptr;
  for (const TextLine& line : lines) {
    if (line.origin == LineOrigin::kHeader || IsMetadataLine(line.text)) continue;
    if (line.origin != LineOrigin::kHeading) return std::nullopt;
    if (line.text == *title) break;
    above = &line;
  }
  if (above == nullptr || LooksLikeJobTitle(above->text) || sections::MatchHeading(above->text).kind) return std::nullopt;
  static const RE2 kAside(R"(\s*(?:[(（\[【].*|\s[-–—|]\s.*)$)");
  std::string name = above->text;
  if (kAside.ok()) RE2::Replace(&name, kAside, "");
  name = Trim(name);
  if (name.empty() || !IsPlausibleCompany(name) || textkit::CountWords(name) > 6) return std::nullopt;
  return name;
}

void FillCompany(const HeaderCard& card, const std::vector<TextLine>& lines, Facts* facts,
                 std::vector<std::string>* warnings) {
  if (facts->company) return;
  if (card.company) {
    facts->company = card.company;
    return;
  }
  std::optional<CompanyGuess> guess = FindCompany(lines);
  if (!guess || guess->doubtful) {
    if (auto stacked = CompanyFromHeadingAboveTitle(lines, facts->title)) {
      facts->company = stacked;
      warnings->push_back("company guessed from the heading above the title: " + *stacked);
      return;
    }
  }
  if (guess) {
    facts->company = guess->name;
    if (guess->doubtful) warnings->push_back("company guessed from the text: " + guess->name);
  }
}

void FillPlace(const HeaderCard& card, const std::vector<TextLine>& lines, const std::optional<std::string>& raw_title,
               Facts* facts, std::vector<std::string>* warnings) {
  // A labelled value that names no place ("Location: Based in GMT+2 max",
  // Indeed's "Work Location: In person") yields to the card's place; else
  // it wins, being the longer statement.
  std::optional<std::string> labelled = FindLabelledLocation(lines);
  bool names_no_place = labelled && (!LooksLikeLocation(*labelled) || NamesOnlyWorkplace(*labelled));
  if (names_no_place && card.location) labelled.reset();
  FillIfUnknown(&facts->location, labelled);
  FillIfUnknown(&facts->location, card.location);
  FillIfUnknown(&facts->location, FindLeadingLocation(lines));
  if (facts->title) FillIfUnknown(&facts->location, FindLocationInTitle(*facts->title));
  if (raw_title) FillIfUnknown(&facts->location, FindLocationInTitle(*raw_title));  // before it was shortened
  FillIfUnknown(&facts->location, FindPlaceInLeadingHeadings(lines));
  if (!facts->location) {
    facts->location = FindLocationInText(lines);
    if (facts->location) warnings->push_back("location guessed from the text: " + *facts->location);
  }
  if (facts->location) {
    FillIfUnknown(&facts->workplace, WorkplaceFromText(*facts->location));
    facts->location = WithoutCompanyPrefix(WithoutWorkplaceSuffix(*facts->location), facts->company.value_or(""));
  }
  FillIfUnknown(&facts->workplace, card.workplace);
  FillIfUnknown(&facts->workplace, FindWorkplace(lines));
}

void FillSalary(const HeaderCard& card, const std::vector<TextLine>& lines, Facts* facts) {
  std::string context = facts->location.value_or("");
  if (facts->salary) {
    CompleteSalary(&*facts->salary, context);
  } else {
    FillIfUnknown(&facts->salary, FindLabelledSalary(lines, context));
    FillIfUnknown(&facts->salary, card.salary);
    FillIfUnknown(&facts->salary, FindSalaryInText(lines, context));
  }
  if (facts->salary) AssumeYearlyPeriod(&*facts->salary);
}

std::optional<std::string> LabelledField(const std::vector<TextLine>& lines, const LabelSet& label, int max_words) {
  std::optional<std::string> value = FindLabelledValue(lines, label);
  if (value && textkit::CountWords(*value) <= max_words) return value;
  return std::nullopt;
}

void FillLevelAndTeam(const HeaderCard& card, const std::vector<TextLine>& lines, Facts* facts) {
  static const LabelSet kSeniority(FactLabels("seniority"));
  static const LabelSet kDepartment(FactLabels("department"));
  FillIfUnknown(&facts->seniority, card.seniority);
  if (auto level = LabelledField(lines, kSeniority, 4)) FillIfUnknown(&facts->seniority, SeniorityFromText(*level));
  if (facts->title) FillIfUnknown(&facts->seniority, SeniorityFromText(*facts->title));
  // "Team: Platform Engineering", not "Team: 5 engineers and a designer".
  std::optional<std::string> department = LabelledField(lines, kDepartment, 6);
  if (department && StartsCapitalized(*department) && !std::isdigit(static_cast<unsigned char>((*department)[0]))) {
    FillIfUnknown(&facts->department, department);
  }
  FillIfUnknown(&facts->department, card.department);
}

}  // namespace

void ExtractFacts(const ParsedDocument& parsed, const std::vector<Section>& sections,
                  Facts* facts, std::vector<std::string>* warnings) {
  std::vector<TextLine> lines = CollectLines(parsed, sections);
  bool card_from_blocks = false;
  std::vector<std::string> header = HeaderLinesOf(parsed, &card_from_blocks);
  HeaderCard card = ReadHeaderCard(header, card_from_blocks);

  // Parse's URL (JSON-LD, og:url) is canonicalised too: tracking
  // parameters are never part of the posting's address. A relative one is
  // resolved against the page and a malformed one dropped: the record
  // keeps only http(s) URLs, and a rerun must find the posting by it.
  if (facts->url) facts->url = ResolvePostingUrl(*facts->url, parsed.source);
  if (facts->url) facts->url = CanonicalPostingUrl(*facts->url);
  FillIfUnknown(&facts->url, FindPostingUrl(parsed));

  FillTitle(card, card_from_blocks, lines, facts, warnings);
  const std::optional<std::string> raw_title = facts->title;
  if (facts->title) {
    TidyTitle tidy = TidyPageTitle(*facts->title, facts->company);
    if (tidy.title != *facts->title) warnings->push_back("title shortened from: " + *facts->title);
    facts->title = tidy.title;
    if (tidy.company && IsPlausibleCompany(*tidy.company)) FillIfUnknown(&facts->company, tidy.company);
  }
  FillCompany(card, lines, facts, warnings);
  // The place written after the employer's name is the job's, not part of the name.
  if (facts->company) FillIfUnknown(&facts->location, CutPlaceAside(&*facts->company));
  FillPlace(card, lines, raw_title, facts, warnings);
  FillIfUnknown(&facts->employment_type, card.employment_type);
  FillIfUnknown(&facts->employment_type, FindEmploymentType(lines, facts->title.value_or("")));
  FillSalary(card, lines, facts);
  FillLevelAndTeam(card, lines, facts);
  FillIfUnknown(&facts->date_posted, card.date_posted);
  FillIfUnknown(&facts->posted_ago, card.posted_ago);
  FillIfUnknown(&facts->date_posted, FindDatePosted(lines));
  FillIfUnknown(&facts->valid_through, FindValidThrough(lines));
  // The parser's apply link is cleaned like the posting's address.
  if (facts->apply_url && facts->apply_url->rfind("http", 0) == 0) facts->apply_url = CanonicalPostingUrl(*facts->apply_url);
  if (!facts->apply_url) {
    std::optional<std::string> apply = FindApplyUrl(lines);
    if (apply && apply != facts->url) facts->apply_url = apply;
  }
  FillIfUnknown(&facts->language, DetectPostingLanguage(lines));
}

}  // namespace jobpipe::facts
