#include "normalize/facts/header_card.h"

#include <re2/re2.h>

#include "core/text/ascii.h"
#include "core/text/match_fold.h"
#include "core/text/words.h"
#include "normalize/facts/company.h"
#include "normalize/facts/dates.h"
#include "normalize/facts/employment.h"
#include "normalize/facts/labels.h"
#include "normalize/facts/location.h"
#include "normalize/facts/posted_ago.h"
#include "normalize/facts/salary.h"
#include "normalize/facts/title.h"
#include "normalize/facts/url.h"
#include "normalize/sections/lexicon.h"

namespace jobpipe::facts {
namespace {

// What a job site's header shows besides the facts.
bool IsChrome(const std::string& part) {
  static const RE2 kChrome(
      R"((?i)^(?:apply|easy apply|apply now|apply on company website|save|saved|share|show more|show less|promoted by.*|your profile.*|)"
      R"(show more options|see more|more|promoted|actively recruiting|actively hiring|be an early applicant|)"
      R"(reposted.*|.*\bago|.*\bapplicants?\b.*|.*people clicked apply.*|responses managed off linkedin|)"
      R"(see how you compare.*|matches your job preferences.*|\d+\+?\s*(?:years?|yrs|jahre|ans|años|anos).*|)"
      R"(none|n/?a|null|undefined|message|follow|report this job|skills:.*|over \d+.*|.*job alert.*|)"
      R"(\d+ of \d+ skills match.*|how you match.*|meet the hiring team|about the job|job details|)"
      R"([\d.,%\s~+-]+|(?-i:[a-z0-9]+(?:-[a-z0-9]+)+/?))$)");
  return kChrome.ok() && RE2::FullMatch(part, kChrome);
}

enum class Marker { kNone, kPlace, kMoney };

constexpr std::string_view kPlaceBadges[] = {"\U0001F4CD", "\U0001F30E", "\U0001F30D", "\U0001F30F",
                                             "\U0001F5FA"};
constexpr std::string_view kMoneyBadges[] = {"\U0001F4B0", "\U0001F4B5", "\U0001F4B6", "\U0001F4B7",
                                             "\U0001F4B8"};

// Emoji badges say what a part is: "📍 Berlin", "🌎 UK", "💰 65k".
Marker MarkerOf(const std::string& raw) {
  for (std::string_view badge : kPlaceBadges) {
    if (raw.find(badge) != std::string::npos) return Marker::kPlace;
  }
  for (std::string_view badge : kMoneyBadges) {
    if (raw.find(badge) != std::string::npos) return Marker::kMoney;
  }
  return Marker::kNone;
}

// "株式会社ミライワークス　東京都渋谷区", "杭州云栈科技有限公司 杭州市西湖区":
// Chinese and Japanese put no space between words, so a space between two
// of their characters may end a name, when a place follows it.
std::optional<std::pair<std::string, std::string>> NameSpacePlace(const std::string& part) {
  static const RE2 kLastGap(R"(^(.*[\p{Han}\p{Hiragana}\p{Katakana}ー）)」】])[\s\x{3000}]+([\p{Han}\p{Katakana}][^\s\x{3000}]*)$)");
  std::string name, place;
  if (!kLastGap.ok() || !RE2::FullMatch(part, kLastGap, &name, &place)) return std::nullopt;
  if (!LooksLikeLocation(place) || LooksLikeLocation(name)) return std::nullopt;
  return std::make_pair(Trim(name), place);
}

// A line's parts: each badge starts one ("💰 65k-95k USD 🌎 UK"), backticks
// and " · ", " • ", " | " separate them.
std::vector<std::string> PartsOf(const std::string& line) {
  std::string split = line;
  for (const auto* badges : {&kPlaceBadges, &kMoneyBadges}) {
    for (std::string_view badge : *badges) {
      for (size_t at = split.find(badge); at != std::string::npos; at = split.find(badge, at + badge.size() + 1)) {
        split.insert(at, 1, '\n');
      }
    }
  }
  static const RE2 kSeparator(R"(`|\s+(?:·|•|\|)\s+)");
  if (kSeparator.ok()) RE2::GlobalReplace(&split, kSeparator, "\n");
  std::vector<std::string> parts;
  for (std::string& part : SplitLines(split)) {
    if (auto name_and_place = NameSpacePlace(part)) {
      parts.push_back(name_and_place->first);
      parts.push_back(name_and_place->second);
    } else {
      parts.push_back(std::move(part));
    }
  }
  return parts;
}

struct Part {
  std::string text;
  size_t line = 0;
  bool beside_place = false;  // on the same line as a location part
};

const LabelSet& CompanyLabel() {
  static const LabelSet kLabel(FactLabels("card_company"));
  return kLabel;
}

// Lever's card names the team under the title: "Customer Success –
// Account Management" for a "Customer Success Manager". A "Team – Sub-team"
// name whose team repeats a word of the title is the department, not the
// employer.
bool LooksLikeTeamOf(const std::string& name, const std::string& title) {
  constexpr size_t kMinSharedWordBytes = 4;
  static const RE2 kTeamDash(R"(^(.+?)\s+[–—-]\s+(.+)$)");
  std::string team;
  std::string sub_team;
  if (!kTeamDash.ok() || !RE2::FullMatch(name, kTeamDash, &team, &sub_team)) return false;
  std::string title_words(1, ' ');
  title_words += textkit::AsciiLower(title);
  title_words += ' ';
  for (char& c : title_words) {
    if (c == ',' || c == '(' || c == ')' || c == '/') c = ' ';
  }
  std::string word;
  for (char c : textkit::AsciiLower(team) + " ") {
    if (c != ' ') {
      word += c;
      continue;
    }
    if (word.size() >= kMinSharedWordBytes && title_words.find(" " + word + " ") != std::string::npos) return true;
    word.clear();
  }
  return false;
}

// "Remote (UK or Ireland)": the place in parentheses after a way of
// working, when it names a known place; "" otherwise ("2 days in the office").
std::string PlaceAfterWorkplace(const std::string& part) {
  static const RE2 kRemoteIn(R"((?i)^(?:remote|hybrid|on[- ]?site)\s*\(([^()]+)\)$)");
  std::string place;
  if (!kRemoteIn.ok() || !RE2::FullMatch(part, kRemoteIn, &place)) return "";
  place = Trim(place);
  // "UK or Ireland": either place makes it a place.
  std::string parts = place;
  static const RE2 kOr(R"((?i)\s+(?:or|and|&)\s+)");
  if (kOr.ok()) RE2::GlobalReplace(&parts, kOr, ", ");
  return LooksLikeLocation(parts) ? place : "";
}

}  // namespace

bool LooksLikeSectionHeading(const std::string& line) {
  static const RE2 kSectionWords(
      R"((?i)\b(?:summary|overview|description|about|responsibilit\w*|requirements?|qualifications?|benefits?|perks|role|job|position|duties|skills|who|what|why|how|your|our|we|you|offer|mission|culture|team|opportunity|profil\w*|aufgaben|anforderungen|wir|über|poste|missions?|avantages|descripción|requisitos|funciones|tarefas|kuvaus|intro\w*|details|highlights|contact|apply|application|einleitung|the|company|compensation|salary|location)\b)");
  if (kSectionWords.ok() && RE2::PartialMatch(line, kSectionWords)) return true;
  // Every language's headings, as the lexicon has them whole ("Sobre nós", "O nas").
  return sections::MatchWholeHeading(textkit::FoldForMatch(line)).kind.has_value();
}

std::vector<std::string> HeaderLinesOf(const ParsedDocument& parsed, bool* from_blocks) {
  *from_blocks = parsed.header_lines.empty();
  if (!*from_blocks) return parsed.header_lines;
  std::vector<std::string> lines;
  for (const Block& block : parsed.blocks) {
    if (lines.size() >= 5 || block.type == BlockType::kListItem) break;
    std::string text = CleanLine(block.text);
    bool sentence = !text.empty() && (text.back() == '.' || text.back() == ':' || textkit::CountWords(text) > 12);
    if (text.empty() || sentence) break;
    if (!lines.empty() && LooksLikeSectionHeading(text) && !LooksLikeLocation(text)) break;
    lines.push_back(block.text);
  }
  return lines;
}

namespace {

std::optional<std::pair<std::string, std::string>> NameBeforePlace(const std::string& part) {
  size_t comma = part.find(',');
  if (comma == std::string::npos) return std::nullopt;
  std::string name = Trim(std::string_view(part).substr(0, comma));
  std::string place = Trim(std::string_view(part).substr(comma + 1));
  if (place.find(',') == std::string::npos || textkit::CountWords(name) < 2) return std::nullopt;
  if (LooksLikeLocation(name) || LooksLikeJobTitle(name) || !LooksLikeLocation(place)) return std::nullopt;
  return std::make_pair(name, place);
}

// "Fjordnett AS – Bergen", "Lumen Retail - Milano (ibrido)": a name, a
// dash, a place. The dash alone says nothing (titles use it too); a place
// on its right and a name that is neither place nor role on its left do.
std::optional<std::pair<std::string, std::string>> NameDashPlace(const std::string& part) {
  static const RE2 kDash(R"(^(.+)\s+[–—-]\s+(.+?)$)");
  std::string name, place;
  if (!kDash.ok() || !RE2::FullMatch(part, kDash, &name, &place)) return std::nullopt;
  name = Trim(name);
  place = Trim(place);
  const std::string where = WithoutWorkplaceSuffix(place);
  if (!LooksLikeLocation(where) || NamesOnlyWorkplace(where) || LooksLikeLocation(name)) return std::nullopt;
  if (LooksLikeJobTitle(name) || WorkplaceFromText(name) || !IsPlausibleCompany(name)) return std::nullopt;
  return std::make_pair(name, place);
}

}  // namespace

HeaderCard ReadHeaderCard(const std::vector<std::string>& lines, bool strict_company) {
  HeaderCard card;
  std::optional<std::string> labelled_title;
  std::vector<Part> names;
  for (size_t index = 0; index < lines.size(); ++index) {
    if (IsHttpUrl(Trim(lines[index]))) continue;
    std::vector<Part> line_names;
    bool has_place = false;
    for (const std::string& raw : PartsOf(lines[index])) {
      Marker marker = MarkerOf(raw);
      std::string part = CleanLine(raw);
      if (part.empty()) continue;
      // "Reposted 1 week ago", "Erschienen: vor 2 Tagen": the posting's age,
      // read as a date by normalize (as on a LinkedIn page), then dropped.
      if (IsPostedAgo(part)) {
        if (!card.posted_ago) card.posted_ago = part;
        continue;
      }
      if (IsChrome(part)) continue;
      // "**Company:** Fernhill Robotics": the label says which name it is.
      if (auto company = LabelledValue(part, CompanyLabel())) {
        if (!card.company) card.company = *company;
        continue;
      }
      // "Stelle: Backend-Entwickler", "Lokalizacja: Wrocław", "薪资：20-35K":
      // a labelled part is that field, never a name.
      if (auto value = LabelledValue(part, TitleLabels())) {
        if (!labelled_title) labelled_title = TitleFromLabelledValue(*value);
        if (labelled_title) continue;
      }
      if (auto value = LabelledValue(part, LocationLabels())) {
        if (!card.location) card.location = Trim(*value);
        continue;
      }
      if (auto value = LabelledValue(part, SalaryLabels())) {
        if (!card.salary) card.salary = ParseSalary(*value, "");
        continue;
      }
      if (marker == Marker::kMoney) {
        if (!card.salary) card.salary = FindMoney(part, "");
        continue;
      }
      // "Institute for Agroecological Systems (IAS), Wageningen, the
      // Netherlands": a name of two or more words before "City, Country".
      std::optional<std::pair<std::string, std::string>> split = NameBeforePlace(part);
      if (!split) split = NameDashPlace(part);
      if (split) {
        line_names.push_back(Part{split->first, index, false});
        if (!card.location) card.location = split->second;
        if (!card.workplace) card.workplace = WorkplaceFromText(split->second);
        has_place = true;
        continue;
      }
      if (marker == Marker::kPlace || (LooksLikeLocation(part) && !LooksLikeJobTitle(part))) {
        if (!card.location) card.location = part;
        if (!card.workplace) card.workplace = WorkplaceFromText(part);
        has_place = true;
        continue;
      }
      if (auto money = FindMoney(part, "")) {
        if (!card.salary) card.salary = money;
        // Indeed: "$120,000 - $150,000 a year - Full-time".
        if (!card.employment_type) card.employment_type = EmploymentTypeFromText(part);
        if (!card.workplace && (card.workplace = WorkplaceFromText(part)) && !card.location) {
          card.location = *card.workplace == "remote" ? std::optional<std::string>("Remote") : std::nullopt;
        }
        continue;
      }
      // "Hybrid (2 days in the office)", "On-site": the way of working;
      // "Remote (UK or Ireland)": the way of working and the place.
      if (textkit::CountWords(part) <= 6 && !LooksLikeJobTitle(part)) {
        if (auto workplace = WorkplaceFromText(part)) {
          if (!card.workplace) card.workplace = workplace;
          std::string place = PlaceAfterWorkplace(part);
          if (!card.location && !place.empty()) card.location = place;
          continue;
        }
      }
      // "Full-time, permanent"; not "Backend Engineer (Full-time)", a title
      // that says its type (short in words, as a CJK line always is).
      if (textkit::CountWords(part) <= 4 && !LooksLikeJobTitle(part)) {
        auto type = EmploymentTypeFromText(part);
        auto level = SeniorityFromText(part);
        bool is_level = level && part.find("level") != std::string::npos;
        if (type && !card.employment_type) card.employment_type = type;
        if (is_level && !card.seniority) card.seniority = level;
        if (type || is_level) continue;
      }
      if (auto date = ParseDate(part); date && textkit::CountWords(part) <= 5) {
        if (!card.date_posted) card.date_posted = date;
        continue;
      }
      line_names.push_back(Part{part, index, false});
    }
    for (Part& name : line_names) {
      name.beside_place = has_place;
      names.push_back(name);
    }
  }
  if (labelled_title) card.title = labelled_title;
  if (names.empty()) return card;
  // The title: the first name, unless a later one has a role word and the
  // first has none (LinkedIn's card puts the company above the title).
  // (A labelled title is none of the names: each name may be the company.)
  const size_t no_name = names.size();
  size_t title_at = labelled_title ? no_name : 0;
  if (!labelled_title && !LooksLikeJobTitle(names[0].text)) {
    for (size_t i = 1; i < names.size(); ++i) {
      if (LooksLikeJobTitle(names[i].text)) {
        title_at = i;
        break;
      }
    }
  }
  if (!card.title) card.title = names[title_at].text;
  for (size_t i = 0; i < names.size() && !card.company; ++i) {
    if (i == title_at || textkit::CountWords(names[i].text) > 6 || !IsPlausibleCompany(names[i].text)) continue;
    if (names[i].text == *card.title || LooksLikeJobTitle(names[i].text)) continue;
    if (LooksLikeTeamOf(names[i].text, *card.title)) {
      if (!card.department) card.department = names[i].text;
      continue;
    }
    bool right_under_title =
        title_at == no_name || names[i].line == names[title_at].line + 1 || i + 1 == title_at;
    // From leading blocks, a name counts only under a line that is a title.
    if (strict_company && title_at != no_name && !LooksLikeJobTitle(names[title_at].text)) break;
    if (strict_company && !(names[i].beside_place || right_under_title)) continue;
    if (strict_company && LooksLikeSectionHeading(names[i].text)) continue;
    card.company = names[i].text;
    break;
  }
  return card;
}

}  // namespace jobpipe::facts
