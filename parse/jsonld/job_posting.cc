#include "parse/jsonld/job_posting.h"

#include <algorithm>
#include <cmath>

#include "parse/html/text_folding.h"
#include "parse/salary_written.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/letter_case.h"
#include "core/text/utf8.h"
#include "core/text/whitespace.h"

namespace jobpipe::jsonld {
namespace {

using html::NonEmpty;

// Calls `visit` for the value or, when it is an array, for each element.
template <typename Visit>
void ForEach(const Json* value, Visit visit) {
  if (value == nullptr) return;
  if (value->is_array()) {
    for (const Json& element : *value) visit(element);
  } else {
    visit(*value);
  }
}

void AppendUnique(std::vector<std::string>& parts, std::string part) {
  if (part.empty() || std::find(parts.begin(), parts.end(), part) != parts.end()) return;
  parts.push_back(std::move(part));
}

std::string Joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

std::optional<std::string> ReadLocation(const Json& posting) {
  std::vector<std::string> places;
  ForEach(Member(posting, "jobLocation"), [&](const Json& place) { AppendUnique(places, ReadPlace(place)); });
  if (places.empty()) {
    ForEach(Member(posting, "applicantLocationRequirements"),
            [&](const Json& area) { AppendUnique(places, TextOf(area)); });
  }
  return NonEmpty(Joined(places, "; "));
}

std::optional<std::string> ReadEmploymentType(const Json& posting) {
  std::optional<std::string> type;
  ForEach(Member(posting, "employmentType"), [&](const Json& value) {
    if (type || !value.is_string()) return;
    // "FULL_TIME, PART_TIME" written as one string: take the first.
    std::string text = value.get<std::string>();
    text = text.substr(0, text.find(','));
    type = EmploymentTypeFrom(text);
  });
  return type;
}

std::optional<std::string> ReadIdentifier(const Json& posting) {
  const Json* identifier = Member(posting, "identifier");
  if (identifier == nullptr) return std::nullopt;
  if (identifier->is_object()) {  // a PropertyValue: its name is the issuer, not the id
    const Json* value = Member(*identifier, "value");
    return value == nullptr ? std::nullopt : NonEmpty(TextOf(*value));
  }
  return NonEmpty(TextOf(*identifier));
}

std::optional<std::string> ReadCompanyUrl(const Json& organization) {
  if (!organization.is_object()) return std::nullopt;
  if (auto same_as = NonEmpty(TextOf(organization, "sameAs"))) return same_as;
  return NonEmpty(TextOf(organization, "url"));
}

std::optional<std::string> ReadApplyUrl(const Json& posting, const std::optional<std::string>& url) {
  std::optional<std::string> apply;
  if (const Json* contact = Member(posting, "applicationContact"); contact && contact->is_object()) {
    apply = NonEmpty(TextOf(*contact, "url"));
  }
  if (!apply) apply = NonEmpty(TextOf(posting, "applyUrl"));  // not schema.org, but common
  if (apply && url && *apply == *url) return std::nullopt;     // the contract: only when it differs
  return apply;
}

}  // namespace

std::string ReadPlace(const Json& place) {
  if (place.is_string()) return TextOf(place);
  if (!place.is_object()) return "";
  const Json* address = Member(place, "address");
  if (address == nullptr) address = &place;  // a PostalAddress given directly
  if (address->is_string()) return TextOf(*address);
  // The place at its own granularity, as a page shows it: the city alone
  // ("Saltillo", not "Saltillo, Coahuila de Zaragoza, MX"), with a
  // region only when it is a short code ("San Francisco, CA"); the region
  // or the country when no city is given.
  const std::string locality = TextOf(*address, "addressLocality");
  const std::string region = TextOf(*address, "addressRegion");
  const std::string country = TextOf(*address, "addressCountry");
  constexpr std::size_t kRegionCode = 3;  // "CA", "NSW"
  std::vector<std::string> parts;
  AppendUnique(parts, locality);
  if (locality.empty() || region.size() <= kRegionCode) AppendUnique(parts, region);
  if (parts.empty()) AppendUnique(parts, country);
  if (parts.empty()) AppendUnique(parts, TextOf(place, "name"));
  return Joined(parts, ", ");
}

namespace {

// A JSON amount as the page wrote it: 15000.00 and 15000 are "15000",
// "15 000" stays as it is; no digit grouping is added.
std::string AmountAsWritten(const Json& amount) {
  if (amount.is_string()) return TextOf(amount);
  if (amount.is_number_integer() || amount.is_number_unsigned()) return amount.dump();
  if (amount.is_number_float()) {
    const double value = amount.get<double>();
    // A whole number prints without ".0"; only one that fits a long long
    // may be cast to one (a JSON-LD 1e300 would overflow: undefined).
    constexpr double kLongLongLimit = 9.2e18;
    if (std::isfinite(value) && std::fabs(value) < kLongLongLimit &&
        value == static_cast<double>(static_cast<long long>(value))) {
      return std::to_string(static_cast<long long>(value));
    }
    return amount.dump();
  }
  return "";
}

// "15000 MXP per month", "50000-70000 USD per year": the salary's own
// values in the order the schema gives them, never re-formatted.
std::string SalaryTextAsWritten(const Json& amount, const Json& value, const Salary& salary) {
  std::string text;
  if (value.is_object()) {
    const Json* min = Member(value, "minValue");
    const Json* max = Member(value, "maxValue");
    const Json* exact = Member(value, "value");
    const std::string low = min ? AmountAsWritten(*min) : "";
    const std::string high = max ? AmountAsWritten(*max) : "";
    if (!low.empty() && !high.empty() && low != high) {
      text = low + "-" + high;
    } else if (!low.empty() || !high.empty()) {
      text = low.empty() ? high : low;
    } else if (exact) {
      text = AmountAsWritten(*exact);
    }
  } else {
    text = AmountAsWritten(value);
  }
  if (text.empty()) return SalaryText(salary);
  if (salary.currency) text += " " + *salary.currency;
  std::string unit = value.is_object() ? TextOf(value, "unitText") : "";
  if (unit.empty() && amount.is_object()) unit = TextOf(amount, "unitText");
  if (!unit.empty()) text += " per " + textkit::AsciiLower(unit);
  return text;
}

}  // namespace

std::optional<Salary> ReadSalary(const Json& amount) {
  Salary salary;
  const Json* value = &amount;
  if (amount.is_object()) {
    if (auto currency = NonEmpty(TextOf(amount, "currency"))) salary.currency = currency;
    value = Member(amount, "value");
    if (value == nullptr) value = &amount;  // a QuantitativeValue given directly
  }
  if (value->is_object()) {
    if (const Json* min = Member(*value, "minValue")) salary.min = NumberOf(*min);
    if (const Json* max = Member(*value, "maxValue")) salary.max = NumberOf(*max);
    if (!salary.min && !salary.max) {
      if (const Json* exact = Member(*value, "value")) salary.min = salary.max = NumberOf(*exact);
    }
    if (auto unit = NonEmpty(TextOf(*value, "unitText"))) salary.period = SalaryPeriodFrom(*unit);
  } else {
    salary.min = salary.max = NumberOf(*value);
  }
  if (!salary.period && amount.is_object()) {
    if (auto unit = NonEmpty(TextOf(amount, "unitText"))) salary.period = SalaryPeriodFrom(*unit);
  }
  if (!salary.min && !salary.max) {
    // {"value": "YTES"}: no number, but the employer's own words for the
    // pay (a collective agreement, "Negotiable"), kept as the text.
    std::optional<Salary> written = value->is_string() ? WrittenSalary(TextOf(*value)) : std::nullopt;
    if (written) written->currency = salary.currency;
    return written;
  }
  salary.text = SalaryTextAsWritten(amount, *value, salary);
  return salary;
}

JobPostingData ReadJobPosting(const Json& posting, std::vector<std::string>& warnings) {
  JobPostingData data;
  Facts& facts = data.facts;
  facts.title = NonEmpty(TextOf(posting, "title"));
  if (const Json* organization = Member(posting, "hiringOrganization")) {
    facts.company = NonEmpty(TextOf(*organization));
    facts.company_url = ReadCompanyUrl(*organization);
  }
  facts.location = ReadLocation(posting);
  if (TextOf(posting, "jobLocationType").find("TELECOMMUTE") != std::string::npos) {
    facts.workplace = "remote";
  }
  facts.employment_type = ReadEmploymentType(posting);
  for (const char* key : {"baseSalary", "estimatedSalary"}) {
    if (facts.salary) break;
    if (const Json* amount = Member(posting, key)) {
      const Json& first = amount->is_array() && !amount->empty() ? amount->front() : *amount;
      facts.salary = ReadSalary(first);
    }
  }
  for (auto [key, field] : {std::pair{"datePosted", &facts.date_posted},
                            std::pair{"validThrough", &facts.valid_through}}) {
    const std::string text = TextOf(posting, key);
    if (text.empty()) continue;
    *field = IsoDate(text);
    if (!*field) warnings.push_back(std::string("JSON-LD ") + key + " is not a date: " + text);
  }
  facts.identifier = ReadIdentifier(posting);
  facts.url = NonEmpty(TextOf(posting, "url"));
  facts.apply_url = ReadApplyUrl(posting, facts.url);
  if (auto language = NonEmpty(TextOf(posting, "inLanguage"))) {
    facts.language = language->substr(0, 2);
  }
  if (const Json* description = Member(posting, "description"); description && description->is_string()) {
    data.description_html = description->get<std::string>();
  }
  return data;
}

}  // namespace jobpipe::jsonld
