// Field-by-field comparison of two JSON documents for the text fixture
// suite: each difference names its JSON Pointer path and both values, so a
// failing fixture says exactly which field went wrong.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace jobpipe::testing {

struct JsonDifference {
  std::string path;      // JSON Pointer, e.g. "/sections/3/items/2"
  std::string expected;  // dumped value, or "(missing)"
  std::string actual;
};

/// Every difference between `expected` and `actual`, in document order.
/// Objects are compared key by key (missing and extra keys both count);
/// arrays index by index, plus a "/length" entry when their sizes differ.
/// The walk uses an explicit stack, so deep documents cannot overflow it.
std::vector<JsonDifference> DiffJson(const nlohmann::json& expected, const nlohmann::json& actual);

/// The differences as readable lines, at most `limit` of them.
std::string DescribeDifferences(const std::vector<JsonDifference>& differences,
                                std::size_t limit = 40);

}  // namespace jobpipe::testing
