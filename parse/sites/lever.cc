#include "parse/sites/lever.h"

#include "parse/html/description.h"
#include "parse/html/text_folding.h"

namespace jobpipe::sites {
namespace {

using html::AsciiLowered;
using html::NonEmpty;

using jsonld::Json;
using jsonld::Member;
using jsonld::TextOf;

std::optional<std::string> WorkplaceFrom(const std::string& type) {
  if (type == "remote") return "remote";
  if (type == "hybrid") return "hybrid";
  if (type == "onsite" || type == "on-site") return "onsite";
  return std::nullopt;  // "unspecified"
}

std::optional<Salary> ReadSalaryRange(const Json* range) {
  if (range == nullptr || !range->is_object()) return std::nullopt;
  Salary salary;
  if (const Json* min = Member(*range, "min")) salary.min = jsonld::NumberOf(*min);
  if (const Json* max = Member(*range, "max")) salary.max = jsonld::NumberOf(*max);
  if (!salary.min && !salary.max) return std::nullopt;
  salary.currency = NonEmpty(TextOf(*range, "currency"));
  salary.period = jsonld::SalaryPeriodFrom(TextOf(*range, "interval"));  // "per-year-salary"
  salary.text = jsonld::SalaryText(salary);
  return salary;
}

void AppendHtml(const Json& posting, const char* html_key, const char* plain_key, std::vector<Block>& blocks) {
  std::string text = TextOf(posting, html_key).empty() ? "" : Member(posting, html_key)->get<std::string>();
  if (text.empty()) {
    if (const Json* plain = Member(posting, plain_key); plain && plain->is_string()) text = plain->get<std::string>();
  }
  if (text.empty()) return;
  for (Block& block : html::DescriptionBlocks(text)) blocks.push_back(std::move(block));
}

}  // namespace

bool IsLeverPosting(const Json& value, std::string_view url) {
  if (!value.is_object() || !value.contains("text")) return false;
  if (value.contains("categories") || value.contains("lists") || value.contains("hostedUrl")) return true;
  return url.find("lever.co") != std::string_view::npos || url.find("/v0/postings/") != std::string_view::npos;
}

void ReadLeverPosting(const Json& posting, ParsedDocument& parsed) {
  Facts& facts = parsed.facts;
  facts.title = NonEmpty(TextOf(posting, "text"));
  if (const Json* categories = Member(posting, "categories")) {
    facts.location = NonEmpty(TextOf(*categories, "location"));
    if (!facts.location) facts.location = NonEmpty(TextOf(*categories, "allLocations"));
    facts.employment_type = jsonld::EmploymentTypeFrom(TextOf(*categories, "commitment"));
    facts.department = NonEmpty(TextOf(*categories, "team"));
    if (!facts.department) facts.department = NonEmpty(TextOf(*categories, "department"));
  }
  facts.workplace = WorkplaceFrom(TextOf(posting, "workplaceType"));
  facts.url = NonEmpty(TextOf(posting, "hostedUrl"));
  facts.apply_url = NonEmpty(TextOf(posting, "applyUrl"));
  if (facts.apply_url && facts.url && *facts.apply_url == *facts.url) facts.apply_url.reset();
  facts.identifier = NonEmpty(TextOf(posting, "id"));
  if (const Json* created = Member(posting, "createdAt"); created && created->is_number()) {
    facts.date_posted = jsonld::IsoDateFromEpochMillis(created->get<long long>());
  }
  facts.salary = ReadSalaryRange(Member(posting, "salaryRange"));

  AppendHtml(posting, "description", "descriptionPlain", parsed.blocks);
  if (const Json* lists = Member(posting, "lists"); lists && lists->is_array()) {
    for (const Json& list : *lists) {
      if (auto heading = NonEmpty(TextOf(list, "text"))) {
        parsed.blocks.push_back(Block{BlockType::kHeading, *heading, 3});
      }
      AppendHtml(list, "content", "contentPlain", parsed.blocks);
    }
  }
  AppendHtml(posting, "additional", "additionalPlain", parsed.blocks);
}

}  // namespace jobpipe::sites
