#include "tests/support/schema_check.h"

#include <fstream>
#include <stdexcept>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace jobpipe::testing {
namespace {

const valijson::Schema& PostingSchema() {
  static const valijson::Schema* schema = [] {
    std::ifstream in(JOBPIPE_SCHEMA);
    if (!in) throw std::runtime_error("cannot open " JOBPIPE_SCHEMA);
    static nlohmann::json document = nlohmann::json::parse(in);
    auto* parsed = new valijson::Schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(document);
    parser.populateSchema(adapter, *parsed);
    return parsed;
  }();
  return *schema;
}

}  // namespace

std::string SchemaErrors(const nlohmann::json& document) {
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  if (validator.validate(PostingSchema(), adapter, &results)) return "";
  std::string errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string path;
    for (const std::string& part : error.context) path += part;
    errors += path + ": " + error.description + "\n";
  }
  return errors;
}

}  // namespace jobpipe::testing
