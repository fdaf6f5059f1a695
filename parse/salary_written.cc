#include "parse/salary_written.h"

#include <algorithm>

namespace jobpipe {

bool IsWrittenSalary(std::string_view value) {
  constexpr std::size_t kMaxWordsWithoutAmount = 3;
  if (value.empty()) return false;
  if (std::any_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
  return static_cast<std::size_t>(std::count(value.begin(), value.end(), ' ')) < kMaxWordsWithoutAmount;
}

std::optional<Salary> WrittenSalary(std::string_view value) {
  if (!IsWrittenSalary(value)) return std::nullopt;
  Salary salary;
  salary.text = std::string(value);
  return salary;
}

}  // namespace jobpipe
