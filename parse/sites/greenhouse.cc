#include "parse/sites/greenhouse.h"

#include <cctype>

#include "parse/html/description.h"
#include "parse/html/text_folding.h"

namespace jobpipe::sites {
namespace {

using html::AsciiLowered;
using html::NonEmpty;

using jsonld::Json;
using jsonld::Member;
using jsonld::TextOf;

std::optional<std::string> WorkplaceFrom(const std::string& value) {
  const std::string lowered = AsciiLowered(value);
  if (lowered.find("hybrid") != std::string::npos) return "hybrid";
  if (lowered.find("remote") != std::string::npos) return "remote";
  if (lowered.find("site") != std::string::npos || lowered.find("office") != std::string::npos) return "onsite";
  return std::nullopt;
}

// Custom fields: boards name them freely; the usual ones carry the
// employment type and the workplace.
void ReadMetadata(const Json* metadata, Facts& facts) {
  if (metadata == nullptr || !metadata->is_array()) return;
  for (const Json& field : *metadata) {
    const std::string name = AsciiLowered(TextOf(field, "name"));
    const Json* raw = Member(field, "value");
    if (raw == nullptr) continue;
    const std::string value = TextOf(*raw);
    if (!facts.employment_type && (name.find("employment") != std::string::npos || name.find("job type") != std::string::npos)) {
      facts.employment_type = jsonld::EmploymentTypeFrom(value);
    }
    if (!facts.workplace && (name.find("workplace") != std::string::npos || name.find("remote") != std::string::npos ||
                             name.find("location type") != std::string::npos)) {
      facts.workplace = WorkplaceFrom(value);
    }
  }
}

std::optional<Salary> ReadPayRange(const Json* ranges) {
  if (ranges == nullptr || !ranges->is_array() || ranges->empty()) return std::nullopt;
  const Json& range = ranges->front();
  Salary salary;
  if (const Json* min = Member(range, "min_cents")) {
    if (auto cents = jsonld::NumberOf(*min)) salary.min = *cents / 100;
  }
  if (const Json* max = Member(range, "max_cents")) {
    if (auto cents = jsonld::NumberOf(*max)) salary.max = *cents / 100;
  }
  if (!salary.min && !salary.max) return std::nullopt;
  salary.currency = NonEmpty(TextOf(range, "currency_type"));
  salary.text = jsonld::SalaryText(salary);
  return salary;
}

}  // namespace

bool IsGreenhouseJob(const Json& value, std::string_view url) {
  if (!value.is_object() || !value.contains("title")) return false;
  if (value.contains("absolute_url")) return true;
  const bool greenhouse_url = url.find("greenhouse.io") != std::string_view::npos ||
                              url.find("/v1/boards/") != std::string_view::npos;
  return greenhouse_url && value.contains("content");
}

void ReadGreenhouseJob(const Json& job, ParsedDocument& parsed) {
  Facts& facts = parsed.facts;
  facts.title = NonEmpty(TextOf(job, "title"));
  facts.company = NonEmpty(TextOf(job, "company_name"));
  if (const Json* location = Member(job, "location")) facts.location = NonEmpty(TextOf(*location));
  if (!facts.location) {
    if (const Json* offices = Member(job, "offices")) facts.location = NonEmpty(TextOf(*offices));
  }
  if (const Json* departments = Member(job, "departments")) facts.department = NonEmpty(TextOf(*departments));
  facts.url = NonEmpty(TextOf(job, "absolute_url"));
  facts.identifier = NonEmpty(TextOf(job, "id"));
  for (const char* key : {"first_published", "updated_at"}) {
    if (!facts.date_posted) facts.date_posted = jsonld::IsoDate(TextOf(job, key));
  }
  if (auto language = NonEmpty(TextOf(job, "language")); language && language->size() >= 2) {
    facts.language = AsciiLowered(language->substr(0, 2));
  }
  ReadMetadata(Member(job, "metadata"), facts);
  facts.salary = ReadPayRange(Member(job, "pay_input_ranges"));
  if (const Json* content = Member(job, "content"); content && content->is_string()) {
    parsed.blocks = html::DescriptionBlocks(content->get_ref<const std::string&>());
  } else {
    parsed.warnings.push_back("Greenhouse job has no content");
  }
}

}  // namespace jobpipe::sites
