#include "parse/sites/json_record.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <cctype>
#include <string>
#include <string_view>

#include "core/text/ascii.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "parse/html/description.h"
#include "parse/html/gumbo_dom.h"
#include "parse/html/text_folding.h"
#include "parse/salary_written.h"

namespace jobpipe::sites {
namespace {

using jsonld::Json;

// The names each field goes by in the records of scrapers and job APIs,
// compared as KeyOf gives them (lowercase, no '_' or '-').
constexpr std::array<std::string_view, 9> kTitleKeys = {
    "title", "jobtitle", "headline", "positiontitle", "position", "jobname", "role", "vacancytitle", "name"};
constexpr std::array<std::string_view, 10> kCompanyKeys = {
    "company",      "companyname", "employer",         "employername", "organization",
    "organisation", "hiringorganization", "companydisplayname", "advertiser", "firm"};
constexpr std::array<std::string_view, 12> kLocationKeys = {
    "location", "joblocation", "locationname", "locations", "worklocations", "worklocation", "workplaceaddress",
    "workplace", "city", "place", "address", "area"};
constexpr std::array<std::string_view, 11> kDescriptionKeys = {
    "description", "descriptionhtml", "jobdescription", "descriptiontext", "content", "body",
    "html", "text", "details", "summary", "descriptionmarkdown"};
constexpr std::array<std::string_view, 12> kUrlKeys = {
    "url",          "joburl",    "absoluteurl", "webpageurl", "link", "hostedurl", "jobpostingurl", "canonicalurl",
    "alternateurl", "redirecturl", "applyurl",  "href"};
constexpr std::array<std::string_view, 7> kSalaryKeys = {
    "salary", "salarytext", "salarydescription", "compensation", "pay", "salaryrange", "wage"};
constexpr std::array<std::string_view, 13> kDateKeys = {
    "dateposted", "posteddate", "publisheddate", "publicationdate", "datepublished", "postedat", "publishedat",
    "postingdate", "createdat", "published", "created", "creationdate", "date"};
constexpr std::array<std::string_view, 10> kEmploymentKeys = {
    "jobtype", "employmenttype", "contracttype", "worktype", "workinghourstype", "typeofemployment",
    "employment", "engagementtype", "extent", "contracttime"};
constexpr std::array<std::string_view, 8> kDeadlineKeys = {
    "validthrough", "applicationdeadline", "deadline", "expires", "expirationdate", "expiresat", "applicationdue",
    "closingdate"};
// Other terms of work a record names in words ("schedule": "Удаленная
// работа", "extent": "Heltid"): read by normalize as a site card's lines.
constexpr std::array<std::string_view, 4> kTermsKeys = {"schedule", "workschedule", "remote", "workingtime"};
// A title field's names that cannot be anything else: an object holding
// one beside other posting fields keeps the record's own fields.
constexpr std::array<std::string_view, 6> kOwnTitleKeys = {
    "title", "jobtitle", "positiontitle", "jobname", "vacancytitle", "headline"};
// Inside an object value: where its readable text is.
constexpr std::array<std::string_view, 9> kInnerTextKeys = {
    "textformatted", "text", "html", "value", "name", "displayname", "label", "municipality", "city"};

std::string KeyOf(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '_' || c == '-' || c == ' ') continue;
    out.push_back(textkit::AsciiLower(c));
  }
  return out;
}

template <std::size_t N>
const Json* FindKey(const Json& object, const std::array<std::string_view, N>& names) {
  if (!object.is_object()) return nullptr;
  for (std::string_view name : names) {  // the list's order is the preference
    for (auto it = object.begin(); it != object.end(); ++it) {
      if (KeyOf(it.key()) == name && !it.value().is_null()) return &it.value();
    }
  }
  return nullptr;
}

// Raw text of a value, entities and markup left for the caller: a string,
// a number, an object's inner text, an array's texts joined.
std::string RawText(const Json& value, int depth = 0) {
  if (depth > 4) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) {
    std::string number = std::to_string(value.get<double>());
    return number;
  }
  if (value.is_object()) {
    if (const Json* inner = FindKey(value, kInnerTextKeys)) return RawText(*inner, depth + 1);
    // A wrapper of one more level ("company": {"detail": {"name": ...}}).
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (!it.value().is_object()) continue;
      if (std::string text = RawText(it.value(), depth + 1); !text.empty()) return text;
    }
    return "";
  }
  if (value.is_array()) {
    std::string joined;
    for (const Json& element : value) {
      std::string part = RawText(element, depth + 1);
      if (part.empty()) continue;
      if (!joined.empty()) joined += "; ";
      joined += part;
    }
    return joined;
  }
  return "";
}

std::optional<std::string> FieldText(const Json& record, const auto& names) {
  const Json* value = FindKey(record, names);
  if (value == nullptr) return std::nullopt;
  std::string text = html::Folded(html::DecodeEntities(RawText(*value)));
  // Placeholders some APIs write for a field they do not know.
  const std::string lowered = textkit::AsciiLower(text);
  if (text.empty() || lowered == "undefined" || lowered == "null" || lowered == "none" || lowered == "n/a") {
    return std::nullopt;
  }
  return text;
}

// A place name an API keeps in a register's capitals ("TRONDHEIM",
// "SANKT OLAV"), as its own pages show it: "Trondheim", "Sankt Olav".
// Mixed-case names and short codes ("NY", "CA") stay as written.
std::string RegisterCaseAsWritten(std::string name) {
  constexpr std::size_t kLongestCode = 3;
  std::size_t capitals = 0;
  for (std::size_t at = 0; at < name.size();) {
    const textkit::CodePoint point = textkit::DecodeAt(name, at);
    if (textkit::IsLower(point.value)) return name;
    capitals += textkit::IsUpper(point.value) ? 1 : 0;
    at += point.length;
  }
  if (capitals <= kLongestCode) return name;
  return textkit::CapitalizedWords(name);
}

// A location object written as its parts: the most local part that is set.
std::optional<std::string> PlaceOf(const Json& place) {
  for (std::string_view key : {"city", "municipality", "locality", "addresslocality", "name", "displayname", "region", "country"}) {
    for (auto it = place.begin(); it != place.end(); ++it) {
      if (KeyOf(it.key()) == key && it.value().is_string() && !it.value().get<std::string>().empty()) {
        return RegisterCaseAsWritten(html::Folded(html::DecodeEntities(it.value().get<std::string>())));
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> LocationOf(const Json& record) {
  const Json* value = FindKey(record, kLocationKeys);
  if (value == nullptr) return std::nullopt;
  if (value->is_object()) return PlaceOf(*value);
  // Several places as objects ("workLocations": [{"city": ...}, ...]).
  if (value->is_array() && !value->empty() && value->front().is_object()) {
    std::string places;
    for (const Json& element : *value) {
      if (!element.is_object()) continue;
      std::optional<std::string> place = PlaceOf(element);
      if (!place || places.find(*place) != std::string::npos) continue;
      places += (places.empty() ? "" : "; ") + *place;
    }
    if (!places.empty()) return places;
  }
  return FieldText(record, kLocationKeys);
}

bool IsOneOf(std::string_view key, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

// A date as APIs write it: ISO text, or a Unix time in seconds or
// milliseconds (1764412800, 1764412800000).
std::optional<std::string> DateOf(const Json& value) {
  // Unix times of the years 2001 to 2100, in seconds; beyond, milliseconds.
  constexpr double kFirstSeconds = 978307200, kLastSeconds = 4102444800;
  // A number, or a string of digits only; other text is an ISO date or none.
  bool numeric = !value.is_string();
  if (!numeric) {
    const std::string& text = value.get_ref<const std::string&>();
    numeric = !text.empty() &&
              std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // One optional, assigned once: g++ 12 took the one assigned on two paths
  // for maybe uninitialized (-Wmaybe-uninitialized, with -O2).
  const std::optional<double> number = numeric ? jsonld::NumberOf(value) : std::nullopt;
  if (number) {
    if (*number >= kFirstSeconds && *number < kLastSeconds) return jsonld::IsoDateFromEpochMillis(static_cast<long long>(*number) * 1000);
    if (*number >= kFirstSeconds * 1000 && *number < kLastSeconds * 1000) return jsonld::IsoDateFromEpochMillis(static_cast<long long>(*number));
    return std::nullopt;
  }
  return jsonld::IsoDate(html::Folded(html::DecodeEntities(RawText(value))));
}

// ISO 4217 codes some APIs still write in an older form (hh.ru's "RUR").
std::string CurrencyCode(std::string code) { return code == "RUR" ? "RUB" : code; }

std::optional<Salary> SalaryOf(const Json& record) {
  if (auto written = FieldText(record, kSalaryKeys)) {
    if (auto salary = WrittenSalary(*written)) return salary;
  }
  // A split salary: the record's own min_amount, max_amount, currency and
  // interval (scrapers), or the parts of a salary object ({"from": 250000,
  // "to": 320000, "currency": "RUR"}, {"min": ..., "max": ..., "period": ...}).
  const Json* object = FindKey(record, kSalaryKeys);
  const bool in_object = object != nullptr && object->is_object();
  const Json& parts = in_object ? *object : record;
  Salary salary;
  for (auto it = parts.begin(); it != parts.end(); ++it) {
    const std::string key = KeyOf(it.key());
    if (IsOneOf(key, {"minamount", "salarymin", "minsalary"}) || (in_object && IsOneOf(key, {"from", "min", "minvalue"}))) {
      salary.min = jsonld::NumberOf(it.value());
    }
    if (IsOneOf(key, {"maxamount", "salarymax", "maxsalary"}) || (in_object && IsOneOf(key, {"to", "max", "maxvalue"}))) {
      salary.max = jsonld::NumberOf(it.value());
    }
    if (!it.value().is_string()) continue;
    if (IsOneOf(key, {"currency", "salarycurrency"})) salary.currency = CurrencyCode(it.value().get<std::string>());
    if (IsOneOf(key, {"interval", "salaryinterval", "salaryperiod"}) || (in_object && IsOneOf(key, {"period", "unit", "unittext"}))) {
      salary.period = jsonld::SalaryPeriodFrom(it.value().get<std::string>());
    }
  }
  if (!salary.min && !salary.max) return std::nullopt;
  salary.text = jsonld::SalaryText(salary);
  return salary;
}

// The description as written; an object holding several forms gives its
// formatted one.
std::string DescriptionOf(const Json& record) {
  const Json* value = FindKey(record, kDescriptionKeys);
  if (value == nullptr) return "";
  return RawText(*value);
}

// A description kept as titled parts: an object whose members are each an
// object with a title and a text ("jobAd": {"sections": {"jobDescription":
// {"title": "Job Description", "text": "<ul>..."}, ...}}), found at most
// three objects deep. Each part becomes its heading and its blocks.
constexpr std::array<std::string_view, 4> kPartTitleKeys = {"title", "name", "label", "heading"};
constexpr std::array<std::string_view, 5> kPartTextKeys = {"text", "html", "content", "description", "body"};

std::vector<Block> TitledPartBlocks(const Json& object) {
  std::vector<Block> blocks;
  for (auto it = object.begin(); it != object.end(); ++it) {
    const Json& part = it.value();
    const Json* title = FindKey(part, kPartTitleKeys);
    const Json* text = FindKey(part, kPartTextKeys);
    if (title == nullptr || text == nullptr || !title->is_string() || !text->is_string()) continue;
    std::vector<Block> body = html::DescriptionBlocks(text->get_ref<const std::string&>());
    if (body.empty()) continue;
    blocks.push_back(Block{BlockType::kHeading, html::Folded(html::DecodeEntities(title->get<std::string>())), 2});
    blocks.insert(blocks.end(), body.begin(), body.end());
  }
  return blocks;
}

std::vector<Block> NestedPartBlocks(const Json& value, int depth = 0) {
  constexpr int kDeepest = 3;
  constexpr std::size_t kFewestParts = 2;
  if (!value.is_object() || depth > kDeepest) return {};
  std::vector<Block> here = TitledPartBlocks(value);
  std::size_t headings = 0;
  for (const Block& block : here) headings += block.type == BlockType::kHeading ? 1 : 0;
  if (headings >= kFewestParts) return here;
  for (auto it = value.begin(); it != value.end(); ++it) {
    std::vector<Block> inner = NestedPartBlocks(it.value(), depth + 1);
    if (!inner.empty()) return inner;
  }
  return {};
}

// Words in a field's name that say it holds a part of the posting
// ("jobResponsibilities", "job_requirement", "benefits", "niceToHave").
constexpr std::array<std::string_view, 12> kSectionKeyWords = {
    "responsibilit", "duties", "tasks", "requirement", "qualification", "skill",
    "preferred",     "nicetohave", "bonus", "benefit", "perks", "offer"};

bool IsSectionKey(std::string_view key) {
  const std::string bare = KeyOf(key);
  for (std::string_view word : kSectionKeyWords) {
    if (bare.find(word) != std::string::npos) return true;
  }
  return false;
}

// "jobResponsibilities" -> "Job responsibilities", "job_requirement" ->
// "Job requirement": a heading the section lexicon can read.
std::string HeadingOfKey(std::string_view key) {
  std::string words;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    if (c == '_' || c == '-') {
      words += ' ';
    } else if (std::isupper(static_cast<unsigned char>(c)) && i > 0 && std::islower(static_cast<unsigned char>(key[i - 1]))) {
      words += ' ';
      words += textkit::AsciiLower(c);
    } else {
      words += c;
    }
  }
  if (!words.empty()) words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

bool IsTextList(const Json& value) {
  if (!value.is_array() || value.empty()) return false;
  for (const Json& element : value) {
    if (!element.is_string()) return false;
  }
  return true;
}

// Fields that hold parts of the posting beside (or instead of) one
// description: a list of strings, or text of several lines, under a name
// that says which part. Each becomes its heading and its blocks.
std::vector<Block> SectionFieldBlocks(const Json& record) {
  std::vector<Block> blocks;
  constexpr std::size_t kShortestText = 40;
  for (auto it = record.begin(); it != record.end(); ++it) {
    if (!IsSectionKey(it.key())) continue;
    const Json& value = it.value();
    if (IsTextList(value)) {
      blocks.push_back(Block{BlockType::kHeading, HeadingOfKey(it.key()), 2});
      for (const Json& element : value) {
        std::string item = html::Folded(html::DecodeEntities(element.get<std::string>()));
        if (!item.empty()) blocks.push_back(Block{BlockType::kListItem, std::move(item), 0});
      }
    } else if (value.is_string() && (value.get_ref<const std::string&>().size() >= kShortestText ||
                                     value.get_ref<const std::string&>().find("<li") != std::string::npos)) {
      // (a short field counts when it is a list: "<ul><li>SQL</li></ul>")
      std::vector<Block> text = html::DescriptionBlocks(value.get_ref<const std::string&>());
      if (text.empty()) continue;
      blocks.push_back(Block{BlockType::kHeading, HeadingOfKey(it.key()), 2});
      blocks.insert(blocks.end(), text.begin(), text.end());
    }
  }
  return blocks;
}

// Whether the description already says what the part fields say: most of
// their non-heading blocks appear in its text.
bool DescriptionRepeats(const std::vector<Block>& description, const std::vector<Block>& parts) {
  std::string text;
  for (const Block& block : description) text += block.text + "\n";
  std::size_t said = 0, found = 0;
  for (const Block& block : parts) {
    if (block.type == BlockType::kHeading) continue;
    ++said;
    if (text.find(block.text) != std::string::npos) ++found;
  }
  return said > 0 && found * 2 >= said;
}


// An object one level down that holds a posting's own fields: a title
// that can name nothing else, beside a location, description, salary,
// employment type or date ({"position": {"title": ..., "location": ...}},
// JSON:API's "attributes", a search engine's "_source").
bool HoldsPostingFields(const Json& value) {
  if (!value.is_object()) return false;
  const Json* title = FindKey(value, kOwnTitleKeys);
  if (title == nullptr || RawText(*title).empty()) return false;
  return FindKey(value, kLocationKeys) || FindKey(value, kDescriptionKeys) || FindKey(value, kSalaryKeys) ||
         FindKey(value, kEmploymentKeys) || FindKey(value, kDateKeys);
}

// The record with the members of such objects as its own, where it has no
// member of that name.
Json WithNestedPostingFields(const Json& record) {
  Json merged = record;
  for (auto it = record.begin(); it != record.end(); ++it) {
    if (!HoldsPostingFields(it.value())) continue;
    for (auto inner = it.value().begin(); inner != it.value().end(); ++inner) {
      if (!merged.contains(inner.key())) merged[inner.key()] = inner.value();
    }
  }
  return merged;
}

// Facts beside the title that make a record with no description a posting
// (an API that gives only fields: title, employer, place, pay, type).
int FieldFactCount(const Json& record) {
  int count = 0;
  for (bool found : {FieldText(record, kCompanyKeys).has_value(), LocationOf(record).has_value(),
                     FindKey(record, kSalaryKeys) != nullptr, FindKey(record, kEmploymentKeys) != nullptr}) {
    count += found ? 1 : 0;
  }
  return count;
}

}  // namespace

bool IsJobRecord(const Json& value) {
  if (!value.is_object()) return false;
  const Json record = WithNestedPostingFields(value);
  const Json* title = FindKey(record, kTitleKeys);
  const bool titled = title != nullptr && !RawText(*title).empty();
  // A description long enough to be a posting on its own: the title is
  // then found in its text.
  constexpr std::size_t kUntitledDescription = 200;
  const std::size_t description = DescriptionOf(record).size();
  if (!titled) return description >= kUntitledDescription;
  constexpr int kFactsWithoutText = 3;
  return description >= 40 || !SectionFieldBlocks(record).empty() || !NestedPartBlocks(record).empty() ||
         FieldFactCount(record) >= kFactsWithoutText;
}

bool IsTitledJobRecord(const Json& value) {
  if (!value.is_object() || !IsJobRecord(value)) return false;
  const Json record = WithNestedPostingFields(value);
  const Json* title = FindKey(record, kOwnTitleKeys);
  return title != nullptr && !RawText(*title).empty();
}

void ReadJobRecord(const Json& value, ParsedDocument& parsed) {
  const Json record = WithNestedPostingFields(value);
  Facts& facts = parsed.facts;
  facts.title = FieldText(record, kTitleKeys);
  facts.company = FieldText(record, kCompanyKeys);
  facts.location = LocationOf(record);
  facts.salary = SalaryOf(record);
  if (auto url = FieldText(record, kUrlKeys); url && url->rfind("http", 0) == 0) facts.url = url;
  if (const Json* date = FindKey(record, kDateKeys)) facts.date_posted = DateOf(*date);
  if (auto deadline = FieldText(record, kDeadlineKeys)) facts.valid_through = jsonld::IsoDate(*deadline);
  // Every field that names the type: a schema.org word decides; words of
  // a language ("Полная занятость", "정규직", "Heltid") are read by
  // normalize as lines of a site card.
  for (std::string_view name : kEmploymentKeys) {
    const std::optional<std::string> type = FieldText(record, std::array<std::string_view, 1>{name});
    if (!type) continue;
    if (!facts.employment_type) facts.employment_type = jsonld::EmploymentTypeFrom(*type);
    if (!jsonld::EmploymentTypeFrom(*type)) parsed.header_lines.push_back(*type);
  }
  if (auto terms = FieldText(record, kTermsKeys)) parsed.header_lines.push_back(*terms);
  for (auto it = record.begin(); it != record.end(); ++it) {
    if (KeyOf(it.key()) == "isremote" && it.value().is_boolean() && it.value().get<bool>()) facts.workplace = "remote";
  }
  parsed.blocks = html::DescriptionBlocks(DescriptionOf(record));
  if (parsed.blocks.empty()) parsed.blocks = NestedPartBlocks(record);
  // Parts kept in fields of their own, unless the description already
  // holds them (a record that has both repeats itself).
  std::vector<Block> parts = SectionFieldBlocks(record);
  if (!DescriptionRepeats(parsed.blocks, parts)) parsed.blocks.insert(parsed.blocks.end(), parts.begin(), parts.end());
}

}  // namespace jobpipe::sites
