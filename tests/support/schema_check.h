// Validates jobpipe's JSON output against schema/posting.schema.json.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace jobpipe::testing {

/// "" when `document` satisfies the schema, else the validator's errors.
std::string SchemaErrors(const nlohmann::json& document);

}  // namespace jobpipe::testing
