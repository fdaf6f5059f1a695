#include "normalize/facts/location.h"

#include <re2/re2.h>

#include <span>
#include <unordered_set>
#include <vector>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/words.h"
#include "normalize/facts/capitals.h"
#include "normalize/facts/title.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> places;               // data/places.txt
extern const std::span<const lexicon::DataFile> place_prepositions;  // data/place_prepositions.txt
}

namespace jobpipe::facts {
namespace {

const std::unordered_set<std::string>& Places() {
  static const std::unordered_set<std::string> places = [] {
    std::unordered_set<std::string> names;
    for (std::string_view place : lexicon::LoadColumn(embedded::places, "place")) names.emplace(place);
    return names;
  }();
  return places;
}

// The words for "in", "at" or "to" before a place (data/place_prepositions.txt).
const std::vector<std::string_view>& PlacePrepositions() {
  static const std::vector<std::string_view> words = lexicon::LoadColumn(embedded::place_prepositions, "word");
  return words;
}

// Lowers ASCII and the accented capitals places start with (Ö, É, Á, ...)
// so "ÖSTERREICH" and "Österreich" find "österreich".
// Cyrillic capitals too ("Москва" finds "москва"): А..П are D0 90..9F,
// their small letters D0 B0..BF; Р..Я are D0 A0..AF, small D1 80..8F.
std::string LowerPlace(std::string_view text) {
  std::string lower = textkit::AsciiLower(text);
  for (size_t i = 0; i + 1 < lower.size(); ++i) {
    auto c = static_cast<unsigned char>(lower[i]);
    auto next = static_cast<unsigned char>(lower[i + 1]);
    if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) lower[i + 1] = static_cast<char>(next + 0x20);
    if (c == 0xD0 && next >= 0x90 && next <= 0x9F) lower[i + 1] = static_cast<char>(next + 0x20);
    if (c == 0xD0 && next >= 0xA0 && next <= 0xAF) {
      lower[i] = static_cast<char>(0xD1);
      lower[i + 1] = static_cast<char>(next - 0x20);
    }
  }
  return lower;
}

// "東京都渋谷区", "서울 강남구", "上海市浦东新区": a known place followed by
// district names, which Chinese, Japanese and Korean end with an
// administrative suffix (市 区 町 村 县 都 道 府 구 시 군 동 ...). The district
// itself is too many names to list; the suffix says what it is.
bool IsKnownPlaceWithDistricts(const std::string& name) {
  static const RE2 kDistricts(
      R"(^\s*(?:[\p{Han}\p{Hangul}\p{Katakana}]{1,6}[市区區町村郡县縣県道府都镇鎮구시군동읍면]\s*){1,3}$)");
  if (!kDistricts.ok() || static_cast<unsigned char>(name[0]) < 0x80) return false;
  constexpr size_t kMaxPlaceBytes = 16;
  for (size_t end = 1; end < name.size() && end <= kMaxPlaceBytes; ++end) {
    if ((static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) continue;  // inside a character
    if (Places().count(Trim(std::string_view(name).substr(0, end))) > 0 &&
        RE2::FullMatch(std::string_view(name).substr(end), kDistricts)) {
      return true;
    }
  }
  return false;
}

bool IsKnownPlace(std::string_view part, bool first_part) {
  std::string name = Trim(part);
  while (!name.empty() && (name.back() == '.' || name.back() == ')')) name.pop_back();
  while (!name.empty() && name.front() == '(') name.erase(0, 1);
  if (name.empty()) return false;
  // Two-letter codes ("CA", "NY", "UK") only written in capitals after a
  // comma: "in", "or", "me" are words first.
  if (name.size() == 2 && (first_part || !(name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'A' && name[1] <= 'Z'))) {
    return name == "UK" || name == "US";
  }
  return Places().count(LowerPlace(name)) > 0 || IsKnownPlaceWithDistricts(name);
}

std::string TidyLocation(std::string value) {
  static const RE2 kLead(R"((?i)^(?:this\s+(?:is\s+an?|role\s+is|position\s+is|job\s+is)\s+|we\s+are\s+|based\s+in\s+))");
  static const RE2 kTail(R"((?i)\s+(?:role|position|job|opportunity)?\s*[.!]?$)");
  if (kLead.ok()) RE2::Replace(&value, kLead, "");
  if (kTail.ok()) RE2::Replace(&value, kTail, "");
  while (!value.empty() && (value.back() == '.' || value.back() == ';')) value.pop_back();
  return Trim(value);
}

}  // namespace

std::optional<std::string> WorkplaceFromText(std::string_view text) {
  // Remote work for part of the week is hybrid: "Teilweise Home-Office",
  // "Télétravail fréquent", "deux jours de télétravail", "2 days remote".
  static const RE2 kHybrid(
      R"((?i)\bhybrid\w*|\bhybride\b|\bh[ií]brid[oa]\b|\bibrido\b|\bhybriidi\w*)"
      R"(|\b(?:teilweise|partly|partially|partial|part[- ]time)\s+(?:remote|home[- ]?office|mobil\w*|work(?:ing)? from home)\b)"
      R"(|\b(?:télétravail|teletrabajo|teletrabalho|home[- ]?office|remote work)\s+(?:fr[ée]quent|partiel|occasionnel|parcial|partial|teilweise)\S*)"
      R"(|\b(?:[1-4]|one|two|three|four|un|une|deux|trois|quatre|ein|einen|zwei|drei|vier|uno|dos|tres|cuatro)\s+(?:jours?|days?|tage?n?|d[ií]as?)\s+(?:(?:per|a|par|pro|por|la|de|of)\s+(?:week|semaine|woche|semana)\s+)?(?:de\s+|of\s+|im\s+)?(?:télétravail|teletrabajo|teletrabalho|remote(?:ly)?|home[- ]?office|from home|mobil\w*))");
  static const RE2 kRemote(
      R"((?i)\bremote(?:ly)?\b|\bwork(?:ing)? from home\b|\bwfh\b|\bhome[- ]?office\b|\bmobile[sn]? arbeiten\b|\btélétravail\b|\bteletrabajo\b|\ben remoto\b|\bremot[oa]\b|\bteletrabalho\b|\bhome[- ]based\b|\btelecommute\b|\btelework\w*|\banywhere\b|\bworldwide\b|\bglobally\b|\betätyö\w*|\bkaugtöö\w*|\bzdaln\w*|\bthuiswerk\w*|\bdistanciel\b|(?:^|\s)à distance\b)");
  static const RE2 kOnsite(R"((?i)\bon[- ]?site\b|\bin[- ]office\b|\bin the office\b|\bpresencial\b|\bsur site\b|\bvor ort\b|\bpräsenz\w*|\bin[- ]person\b|\bin sede\b|\bpresencial\b)");
  if (kHybrid.ok() && RE2::PartialMatch(text, kHybrid)) return "hybrid";
  if (kRemote.ok() && RE2::PartialMatch(text, kRemote)) return "remote";
  if (kOnsite.ok() && RE2::PartialMatch(text, kOnsite)) return "onsite";
  return std::nullopt;
}

std::string WithoutWorkplaceSuffix(std::string location) {
  static const RE2 kSuffix(
      R"((?i)\s*(?:\((?:hybrid|remote|on[- ]?site|in[- ]office|in[- ]person)(?:,[^()]*)?\)|[·•|]\s*(?:hybrid|remote|on[- ]?site|in[- ]office|in[- ]person))\s*$)");
  std::string place = location;
  if (!kSuffix.ok() || !RE2::Replace(&place, kSuffix, "")) return location;
  place = Trim(place);
  while (!place.empty() && (place.back() == ',' || place.back() == '-')) place.pop_back();
  place = Trim(place);
  return place.empty() ? location : place;
}

std::string WithoutCompanyPrefix(std::string location, const std::string& company) {
  if (company.empty() || location.size() <= company.size() || location.compare(0, company.size(), company) != 0) {
    return location;
  }
  static const RE2 kSeparator(R"(^\s*(?:[—–,·|]|\s-)\s*(.+)$)");
  std::string place;
  if (!kSeparator.ok() || !RE2::FullMatch(location.substr(company.size()), kSeparator, &place)) return location;
  return Trim(place);
}

namespace {

// Each part between separators: "London, UK / Remote Working".
bool HasKnownPlacePart(const std::string& line) {
  static const RE2 kSeparator(R"(\s*(?:[,/|;·•()、（）・]|\s-\s|\s–\s)\s*)");
  std::string parts = line;
  if (kSeparator.ok()) RE2::GlobalReplace(&parts, kSeparator, "\n");
  bool first = true;
  for (const std::string& part : SplitLines(parts)) {
    if (IsKnownPlace(part, first)) return true;
    first = false;
  }
  return false;
}

}  // namespace

bool LooksLikeLocation(std::string_view text) {
  std::string line = Trim(text);
  if (line.empty() || textkit::CountWords(line, 8) > 8 || line.back() == ':') return false;
  static const RE2 kCityState(R"(^[A-Z][\w.' -]+,\s*[A-Z]{2}(?:\s+\d{5})?$)");  // "Austin, TX 78701"
  if (kCityState.ok() && RE2::FullMatch(line, kCityState)) return true;
  if (HasKnownPlacePart(line)) return true;
  return textkit::CountWords(line) <= 3 && WorkplaceFromText(line).has_value();
}

bool NamesOnlyWorkplace(std::string_view text) {
  std::string line = Trim(text);
  return textkit::CountWords(line) <= 3 && WorkplaceFromText(line).has_value() && !HasKnownPlacePart(line);
}

const LabelSet& LocationLabels() {
  static const LabelSet kLabel(FactLabels("location"));
  return kLabel;
}

std::optional<std::string> FindLabelledLocation(const std::vector<TextLine>& lines) {
  std::optional<std::string> value = FindLabelledValue(lines, LocationLabels());
  if (!value) return std::nullopt;
  std::string tidy = TidyLocation(*value);
  if (tidy.empty() || textkit::CountWords(tidy) > 14) return std::nullopt;
  return tidy;
}

std::optional<std::string> FindLeadingLocation(const std::vector<TextLine>& lines) {
  // Header lines, then the first few lines of the body.
  size_t body_lines = 0;
  for (const TextLine& line : lines) {
    if (line.origin != LineOrigin::kHeader && ++body_lines > 4) break;
    if (line.origin == LineOrigin::kProse && textkit::CountWords(line.text, 8) > 8) continue;
    // "Software Developer - London" is the title, not the place.
    if (textkit::CountWords(line.text, 8) <= 8 && LooksLikeLocation(line.text) && !LooksLikeJobTitle(line.text)) {
      return TidyLocation(line.text);
    }
  }
  return std::nullopt;
}

std::optional<std::string> FindPlaceInLeadingHeadings(const std::vector<TextLine>& lines) {
  static const RE2 kSeparator(R"(\s*(?:[,/|;·•()、（）]|\s-\s|\s–\s)\s*)");
  constexpr int kLeadingLines = 6;
  int seen = 0;
  for (const TextLine& line : lines) {
    if (IsMetadataLine(line.text)) continue;
    if (line.origin != LineOrigin::kHeader && line.origin != LineOrigin::kHeading) break;
    if (++seen > kLeadingLines) break;
    std::string parts = line.text;
    if (!kSeparator.ok() || !RE2::GlobalReplace(&parts, kSeparator, "\n")) continue;  // one part: not this rule's
    for (const std::string& part : SplitLines(parts)) {
      if (textkit::CountWords(part) <= 3 && IsKnownPlace(part, true)) return Trim(part);
    }
  }
  return std::nullopt;
}

std::optional<std::string> FindLocationInTitle(std::string_view title) {
  // "Administratör till Göteborg", "Data Engineer in Berlin", "Chef de
  // projet à Lyon (CDI)", "Enfermera en Sevilla": a known place after the
  // word for "in" or "to" at the end of the title; "Backend Developer
  // (Utrecht)", "webdeveloper 32 - 40 uur Utrecht": a known place in the
  // closing parentheses or as the title's last words. Read word by word:
  // no pattern to compile for a title that has none of these.
  std::string_view rest = title;
  if (const std::size_t paren = rest.rfind(" ("); paren != std::string_view::npos && rest.back() == ')') {
    const std::string_view aside = rest.substr(paren + 2, rest.size() - paren - 3);
    if (aside.find_first_of(",;:") == std::string_view::npos && IsKnownPlace(aside, true)) return std::string(aside);
    rest = rest.substr(0, paren);  // "(CDI)", "(m/w/d)" after the place
  }
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < rest.size();) {
    std::size_t end = rest.find(' ', start);
    if (end == std::string_view::npos) end = rest.size();
    if (end > start) words.push_back(rest.substr(start, end - start));
    start = end + 1;
  }
  constexpr std::size_t kLongestPlace = 3;  // words
  constexpr std::size_t kJobWords = 2;      // before a bare place: the job's own name
  std::optional<std::string> bare;
  for (std::size_t place_words = 1; place_words <= kLongestPlace && place_words < words.size(); ++place_words) {
    const std::string_view before = words[words.size() - place_words - 1];
    bool preposition = false;
    for (std::string_view word : PlacePrepositions()) preposition = preposition || before == word;
    const char* first = words[words.size() - place_words].data();
    const std::string_view place(first, rest.data() + rest.size() - first);
    if (place.find_first_of(",;:") != std::string_view::npos || !IsKnownPlace(place, true)) continue;
    if (preposition) return std::string(place);
    if (!bare && words.size() >= place_words + kJobWords && StartsCapitalized(place)) bare = std::string(place);
  }
  return bare;
}

std::optional<std::string> CutPlaceAside(std::string* name) {
  // "Reversed Digital (Utrecht)" from "Developer bij Reversed Digital (Utrecht)".
  if (name->empty() || name->back() != ')') return std::nullopt;
  const std::size_t paren = name->rfind(" (");
  if (paren == std::string::npos) return std::nullopt;
  std::string place = name->substr(paren + 2, name->size() - paren - 3);
  if (place.find_first_of(",;:()") != std::string::npos || !IsKnownPlace(place, true)) return std::nullopt;
  name->resize(paren);
  return place;
}

std::optional<std::string> FindLocationInText(const std::vector<TextLine>& lines) {
  static const RE2 kBasedIn(
      R"((?:\bbased|\blocated|\bwork(?:ing)?|\boffice)\s+(?:in|at|from|out of)\s+(?:our\s+|the\s+)?((?:[A-Z][\w'.-]*\s?){1,3}(?:,\s*[A-Z][\w.'-]*(?:\s[A-Z][\w'.-]*)?)?))");
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kAboutCompany || line.kind == SectionKind::kEqualOpportunity ||
        line.kind == SectionKind::kBenefits) {
      continue;
    }
    // The pattern's words, as written (it ignores no case): most lines
    // have none of them and need not run it.
    const std::string_view text = line.text;
    const bool may_match = text.find("based") != text.npos || text.find("located") != text.npos ||
                           text.find("work") != text.npos || text.find("office") != text.npos;
    std::string place;
    if (!may_match || !kBasedIn.ok() || !RE2::PartialMatch(line.text, kBasedIn, &place)) continue;
    place = Trim(place);
    while (!place.empty() && (place.back() == '.' || place.back() == ',')) place.pop_back();
    // "our Porto office": the office word is not part of the place.
    static const RE2 kOffice(R"(\s+(?:Office|Offices|HQ|Headquarters|Hub|Campus)$)");
    if (kOffice.ok()) RE2::Replace(&place, kOffice, "");
    if (LooksLikeLocation(place) && !WorkplaceFromText(place)) return place;
  }
  return std::nullopt;
}

std::optional<std::string> FindWorkplace(const std::vector<TextLine>& lines) {
  static const RE2 kStatement(
      R"((?i)\b(?:fully|100\s?%|completely|entirely|permanently)\s+remote\b|\bremote\s+(?:position|role|job|opportunity|work is possible|first role)\b|\b(?:role|position|job)\s+is\s+(?:fully\s+|100\s?%\s+)?(?:remote|hybrid)\b|\bhybrid\s+(?:role|position|model|working|work|setup|schedule)\b|\bwork from home\b|\b(?:role|position|job)\s+is\s+(?:on[- ]?site|in[- ]office)\b|\ban\s+(?:on[- ]?site|in[- ]office|in[- ]person)\s+(?:position|role|job)\b|\b100\s?%\s+homeoffice\b|\bfull\s+télétravail\b|\b100\s?%\s+(?:télétravail|remoto|teletrabajo)\b)");
  for (const TextLine& line : lines) {
    if (line.kind == SectionKind::kAboutCompany || line.kind == SectionKind::kEqualOpportunity) continue;
    // A header card line states the workplace outright, whatever its length
    // ("Permanent, full-time. Hybrid: three days a week in our Cork office.").
    bool header_line = line.origin == LineOrigin::kHeader;
    const int words = textkit::CountWords(line.text, 8);
    bool short_line = words <= 6 || header_line || line.origin == LineOrigin::kHeading;
    if (short_line && (words <= 8 || header_line)) {
      if (auto workplace = WorkplaceFromText(line.text)) return workplace;
      continue;
    }
    if (kStatement.ok() && RE2::PartialMatch(line.text, kStatement)) {
      if (auto workplace = WorkplaceFromText(line.text)) return workplace;
    }
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
