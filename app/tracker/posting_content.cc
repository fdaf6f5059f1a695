#include "app/tracker/posting_content.h"

#include <iterator>
#include <optional>
#include <utility>

#include "app/posting_fingerprint.h"
#include "export/posting_parts.h"
#include "normalize/normalize.h"

namespace jobpipe::tracker {
namespace {

std::vector<std::string> PlaceParts(std::string_view place) {
  std::string text = WithoutWorkplaceSuffix(std::string(place));
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string words = NormalizedWords(std::string_view(text).substr(start, comma - start));
    if (!words.empty()) parts.push_back(std::move(words));
    start = comma + 1;
  }
  return parts;
}

// "Acme (Utrecht)" -> "Acme": older renderings kept the job's place that
// follows the employer's name in parentheses.
std::string_view WithoutParenthesisedTail(std::string_view name) {
  std::size_t end = name.find_last_not_of(" \t");
  if (end == std::string_view::npos || name[end] != ')') return name;
  std::size_t open = name.rfind('(', end);
  if (open == std::string_view::npos || open == 0) return name;
  return name.substr(0, open);
}

bool SameWords(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  return NormalizedWords(a.value_or("")) == NormalizedWords(b.value_or(""));
}

bool SameWordLists(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (NormalizedWords(a[i]) != NormalizedWords(b[i])) return false;
  }
  return true;
}

// Both unknown, or both known and the same by `same`.
template <typename T, typename Same>
bool SameFact(const std::optional<T>& a, const std::optional<T>& b, Same same) {
  if (!a || !b) return a.has_value() == b.has_value();
  return same(*a, *b);
}

bool SameLists(const std::vector<Section>& a, const std::vector<Section>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].kind != b[i].kind || !SameWordLists(a[i].items, b[i].items)) return false;
  }
  return true;
}

// The Job Description's one-line facts, each by its own kind of sameness.
bool SameFactLines(const Facts& a, const Facts& b) {
  auto place = [](const std::string& x, const std::string& y) { return SamePlace(x, y); };
  auto pay = [](const Salary& x, const Salary& y) { return SamePay(x.text, y.text); };
  auto words = [](const std::string& x, const std::string& y) {
    return NormalizedWords(x) == NormalizedWords(y);
  };
  return SameFact(a.location, b.location, place) && SameFact(a.salary, b.salary, pay) &&
         SameFact(a.department, b.department, words) && a.workplace == b.workplace &&
         a.employment_type == b.employment_type && a.seniority == b.seniority &&
         a.date_posted == b.date_posted && a.valid_through == b.valid_through &&
         a.apply_url == b.apply_url;
}

bool SameJobDescription(const Posting& a, const Posting& b) {
  return NormalizedWords(a.summary) == NormalizedWords(b.summary) &&
         SameLists(a.sections, b.sections) && SameFactLines(a.facts, b.facts);
}

}  // namespace

bool SamePlace(std::string_view a, std::string_view b) {
  std::vector<std::string> x = PlaceParts(a);
  std::vector<std::string> y = PlaceParts(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (x.empty()) return y.empty();
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (x[i] != y[i]) return false;
  }
  return true;
}

bool SamePay(std::string_view a, std::string_view b) {
  const std::optional<Salary> x = SalaryAsRecorded(a);
  const std::optional<Salary> y = SalaryAsRecorded(b);
  const bool x_amounts = x && (x->min || x->max);
  const bool y_amounts = y && (y->min || y->max);
  if (!x_amounts || !y_amounts) {
    return x_amounts == y_amounts && NormalizedWords(a) == NormalizedWords(b);
  }
  return x->min == y->min && x->max == y->max && x->currency == y->currency &&
         x->period == y->period;
}

bool SameCompany(std::string_view a, std::string_view b) {
  return NormalizedCompany(WithoutParenthesisedTail(a)) ==
         NormalizedCompany(WithoutParenthesisedTail(b));
}

std::vector<std::string> PartsWithOtherContent(const Posting& recorded, const Posting& now) {
  auto company = [](const std::string& x, const std::string& y) { return SameCompany(x, y); };
  const bool same[] = {
      SameFact(recorded.facts.company, now.facts.company, company),
      SameWords(recorded.facts.title, now.facts.title),
      SameJobDescription(recorded, now),
      NormalizedWords(recorded.company_details) == NormalizedWords(now.company_details),
      SameWordLists(recorded.skills, now.skills),
  };
  static_assert(std::size(same) == record::kPostingPartNames.size());
  std::vector<std::string> changed;
  for (std::size_t i = 0; i < record::kPostingPartNames.size(); ++i) {
    if (!same[i]) changed.emplace_back(record::kPostingPartNames[i]);
  }
  return changed;
}

}  // namespace jobpipe::tracker
