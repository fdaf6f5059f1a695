#include "tests/cli/text_fixtures_json_diff.h"

#include <algorithm>
#include <set>

namespace jobpipe::testing {
namespace {

using nlohmann::json;

// JSON Pointer escaping (RFC 6901), so keys with "/" or "~" stay readable.
std::string EscapeKey(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

struct Pending {
  std::string path;
  const json* expected;
  const json* actual;
};

}  // namespace

std::vector<JsonDifference> DiffJson(const json& expected, const json& actual) {
  std::vector<JsonDifference> differences;
  // Depth-first, children pushed in reverse so they pop in document order.
  // A null pointer stands for a key or element missing on that side.
  std::vector<Pending> stack{{"", &expected, &actual}};
  while (!stack.empty()) {
    Pending item = stack.back();
    stack.pop_back();
    std::string path = item.path.empty() ? "/" : item.path;
    if (!item.expected || !item.actual) {
      differences.push_back({path, item.expected ? Dump(*item.expected) : "(missing)",
                             item.actual ? Dump(*item.actual) : "(missing)"});
      continue;
    }
    const json& e = *item.expected;
    const json& a = *item.actual;
    std::vector<Pending> children;
    if (e.is_object() && a.is_object()) {
      std::set<std::string> keys;
      for (const auto& [key, value] : e.items()) keys.insert(key);
      for (const auto& [key, value] : a.items()) keys.insert(key);
      for (const std::string& key : keys) {
        children.push_back({item.path + "/" + EscapeKey(key),
                            e.contains(key) ? &e.at(key) : nullptr,
                            a.contains(key) ? &a.at(key) : nullptr});
      }
    } else if (e.is_array() && a.is_array()) {
      if (e.size() != a.size()) {
        differences.push_back(
            {item.path + "/length", std::to_string(e.size()), std::to_string(a.size())});
      }
      for (std::size_t i = 0; i < std::max(e.size(), a.size()); ++i) {
        children.push_back({item.path + "/" + std::to_string(i), i < e.size() ? &e[i] : nullptr,
                            i < a.size() ? &a[i] : nullptr});
      }
    } else if (e != a) {
      // Different types or different scalar values. 1 and 1.0 compare equal
      // in nlohmann::json, which is what a reader of the numbers wants.
      differences.push_back({path, Dump(e), Dump(a)});
    }
    std::reverse(children.begin(), children.end());
    for (const Pending& child : children) stack.push_back(child);
  }
  return differences;
}

std::string DescribeDifferences(const std::vector<JsonDifference>& differences,
                                std::size_t limit) {
  std::string text;
  std::size_t shown = std::min(limit, differences.size());
  for (std::size_t i = 0; i < shown; ++i) {
    const JsonDifference& d = differences[i];
    text += d.path + "\n    expected: " + d.expected + "\n    actual:   " + d.actual + "\n";
  }
  if (differences.size() > shown) {
    text += "... and " + std::to_string(differences.size() - shown) + " more differences\n";
  }
  return text;
}

}  // namespace jobpipe::testing
