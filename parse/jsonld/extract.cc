#include "parse/jsonld/extract.h"

#include "parse/jsonld/json_depth.h"
#include "parse/jsonld/repair.h"

namespace jobpipe::jsonld {
namespace {

bool IsJobPostingType(const Json& type) {
  if (type.is_string()) {
    std::string_view name = type.get_ref<const std::string&>();
    const std::size_t slash = name.find_last_of("/:");
    if (slash != std::string_view::npos) name.remove_prefix(slash + 1);  // schema:JobPosting
    return name == "JobPosting";
  }
  if (type.is_array()) {
    for (const Json& element : type) {
      if (IsJobPostingType(element)) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Json> ParseLenient(std::string_view text, std::string_view where,
                               std::vector<std::string>& warnings) {
  std::vector<Json> values;
  const std::vector<std::string> pieces = SplitAndRepair(text);
  if (pieces.empty()) {
    warnings.push_back(std::string(where) + ": no JSON value found");
    return values;
  }
  for (const std::string& piece : pieces) {
    try {
      Json value = ParseJsonBounded(piece, /*ignore_comments=*/true);
      if (value.is_discarded()) {
        warnings.push_back(std::string(where) + ": invalid JSON ignored");
        continue;
      }
      values.push_back(std::move(value));
    } catch (const std::exception& error) {  // nlohmann may still throw on odd input
      warnings.push_back(std::string(where) + ": invalid JSON ignored (" + error.what() + ")");
    }
  }
  return values;
}

void CollectJobPostings(const Json& value, std::vector<Json>& postings) {
  // Iterative, children pushed in reverse so postings come out in order.
  std::vector<const Json*> stack{&value};
  while (!stack.empty()) {
    const Json* current = stack.back();
    stack.pop_back();
    if (current->is_object()) {
      if (const Json* type = Member(*current, "@type"); type && IsJobPostingType(*type)) {
        postings.push_back(*current);
        continue;
      }
      std::vector<const Json*> children;
      for (const auto& item : current->items()) {
        if (item.value().is_structured()) children.push_back(&item.value());
      }
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    } else if (current->is_array()) {
      for (auto it = current->rbegin(); it != current->rend(); ++it) {
        if (it->is_structured()) stack.push_back(&*it);
      }
    }
  }
}

std::vector<Json> JobPostingsInPage(const html::Dom& dom, std::vector<std::string>& warnings) {
  std::vector<Json> postings;
  int script_number = 0;
  for (int i = 0; i < static_cast<int>(dom.nodes.size()); ++i) {
    if (dom.nodes[i].tag != html::Tag::kScript) continue;
    const auto type = dom.Attr(i, "type");
    if (!type || type->find("ld+json") == std::string_view::npos) continue;
    ++script_number;
    std::string text;
    for (int child = i + 1; child < dom.nodes[i].subtree_end; ++child) {
      if (dom.nodes[child].tag == html::Tag::kText) text.append(dom.Text(child));
    }
    const std::string where = "JSON-LD script " + std::to_string(script_number);
    for (const Json& value : ParseLenient(text, where, warnings)) CollectJobPostings(value, postings);
  }
  return postings;
}

}  // namespace jobpipe::jsonld
