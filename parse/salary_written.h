// A salary as a page's own salary field writes it (a site's info card, a
// JSON-LD baseSalary whose value is words): kept as the salary's text when
// it is an amount or a short answer ("A definir", "Negotiable", "YTES", a
// collective agreement's name), never when it is a sentence ("Sign in and
// add your salary to see matches"). Normalize reads any amounts from the
// text later.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/posting.h"

namespace jobpipe {

/// An amount (it has a digit) or at most three words.
bool IsWrittenSalary(std::string_view value);

/// The value as a Salary with only its text, if IsWrittenSalary.
std::optional<Salary> WrittenSalary(std::string_view value);

}  // namespace jobpipe
