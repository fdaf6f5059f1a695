// ParseJson: a job board API answer. The JSON's shape (and the URL it came
// from) says whose it is: Greenhouse, Lever, or a bare schema.org JobPosting.
// List answers ({"jobs": [...]}, [...]) give their first posting.
#include <string>

#include "parse/html/description.h"
#include "parse/jsonld/extract.h"
#include "parse/jsonld/job_posting.h"
#include "parse/parse.h"
#include "parse/sites/greenhouse.h"
#include "parse/sites/json_parser.h"
#include "parse/sites/json_record.h"
#include "parse/sites/lever.h"

namespace jobpipe {
namespace {

// A list of postings inside a wrapper of any name ({"offers": [...]},
// {"data": {"vacancies": [...]}}): the first array, at most three objects
// deep, whose first element is a job record.
const jsonld::Json* WrappedRecordList(const jsonld::Json& value, int depth = 0) {
  constexpr int kDeepest = 3;
  if (!value.is_object() || depth > kDeepest) return nullptr;
  for (auto it = value.begin(); it != value.end(); ++it) {
    const jsonld::Json& member = it.value();
    if (member.is_array() && !member.empty() && sites::IsJobRecord(member.front())) return &member;
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (const jsonld::Json* list = WrappedRecordList(it.value(), depth + 1)) return list;
  }
  return nullptr;
}

// One posting inside a wrapper ({"data": {"id": ..., "attributes": {...}}},
// {"result": {"vacancy": {...}}}): the first object, at most three objects
// deep, that is a job record titled as only a job is (a résumé's "basics"
// has a name and a summary too).
const jsonld::Json* WrappedRecord(const jsonld::Json& value, int depth = 0) {
  constexpr int kDeepest = 3;
  if (!value.is_object() || depth > kDeepest) return nullptr;
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (sites::IsTitledJobRecord(it.value())) return &it.value();
  }
  for (auto it = value.begin(); it != value.end(); ++it) {
    if (const jsonld::Json* record = WrappedRecord(it.value(), depth + 1)) return record;
  }
  return nullptr;
}

// The one posting of an answer; lists give their first element.
const jsonld::Json& SinglePosting(const jsonld::Json& value, std::vector<std::string>& warnings) {
  const jsonld::Json* list = nullptr;
  if (value.is_array()) list = &value;
  // Search answers keep their postings under one of a few names.
  for (const char* key : {"jobs", "hits", "results", "data", "items", "postings"}) {
    if (const jsonld::Json* jobs = jsonld::Member(value, key); jobs && jobs->is_array()) {
      list = jobs;
      break;
    }
  }
  // Or under another name, when the answer itself is no posting.
  if (list == nullptr && !sites::IsJobRecord(value)) list = WrappedRecordList(value);
  if (list == nullptr && !sites::IsJobRecord(value)) {
    if (const jsonld::Json* record = WrappedRecord(value)) return *record;
  }
  if (list == nullptr || list->empty() || !list->front().is_object()) return value;
  if (list->size() > 1) {
    warnings.push_back("JSON holds " + std::to_string(list->size()) + " postings; the first one is used");
  }
  return list->front();
}

bool ReadJsonLd(const jsonld::Json& value, ParsedDocument& parsed) {
  std::vector<jsonld::Json> postings;
  jsonld::CollectJobPostings(value, postings);
  if (postings.empty()) return false;
  jsonld::JobPostingData data = jsonld::ReadJobPosting(postings.front(), parsed.warnings);
  parsed.facts = std::move(data.facts);
  if (!data.description_html.empty()) parsed.blocks = html::DescriptionBlocks(data.description_html);
  return true;
}

}  // namespace

}  // namespace jobpipe

namespace jobpipe::sites {

ParsedDocument ParseAnswer(const Document& document) {
  ParsedDocument parsed;
  parsed.source = document.source;
  parsed.warnings = document.warnings;
  const std::string& url = document.source.fetched_url.empty() ? document.source.name : document.source.fetched_url;

  std::vector<jsonld::Json> values = jsonld::ParseLenient(document.body, "JSON", parsed.warnings);
  if (values.empty()) {
    // Not JSON after all: keep whatever text there is.
    ParsedDocument text = ParseText(document);
    text.warnings.push_back("the JSON could not be read; parsed as text");
    return text;
  }
  const jsonld::Json& posting = SinglePosting(values.front(), parsed.warnings);
  try {
    if (sites::IsGreenhouseJob(posting, url)) {
      sites::ReadGreenhouseJob(posting, parsed);
    } else if (sites::IsLeverPosting(posting, url)) {
      sites::ReadLeverPosting(posting, parsed);
    } else if (ReadJsonLd(values.front(), parsed)) {
      // schema.org data said it all.
    } else if (sites::IsJobRecord(posting)) {
      sites::ReadJobRecord(posting, parsed);
    } else {
      parsed.warnings.push_back(
          "JSON is not a known job posting (Greenhouse, Lever, schema.org JobPosting, or a record with a title and "
          "a description)");
    }
  } catch (const std::exception& error) {  // a field of an unexpected type
    parsed.warnings.push_back(std::string("JSON posting could not be read fully: ") + error.what());
  }
  return parsed;
}

}  // namespace jobpipe::sites
