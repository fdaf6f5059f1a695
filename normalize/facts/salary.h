// Salaries: where a posting states one, and what can be read out of it
// (amounts, ISO 4217 currency, pay period).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"
#include "normalize/facts/labels.h"

namespace jobpipe::facts {

/// Reads a salary out of text that is known to state one (a "Salary:"
/// value, a header card part): text as written, amounts ("55k", "45.000",
/// "1,5", "120,000.00"), currency ($ is USD unless the text says CAD/AUD/...;
/// `context`, e.g. the location, may say so too), period ("an hour", "p.a.",
/// "brutto/Jahr", "mensuel"). Text without amounts ("Selon profil") gives a
/// Salary with text only; empty text gives nullopt.
std::optional<Salary> ParseSalary(std::string_view text, std::string_view context = "");

/// The first money expression with a currency in `text` (a range or one
/// amount, with its period words), as ParseSalary would read it; nullopt if
/// there is none.
std::optional<Salary> FindMoney(std::string_view text, std::string_view context = "");

/// The posting's salary: a labelled line ("Salary:", "Gehalt:",
/// "Rémunération :", "Salario:", ...), else money in the header lines, else a
/// money range with a period, or money in a line about pay, in the text.
std::optional<Salary> FindSalary(const std::vector<TextLine>& lines, std::string_view context);

/// The labels of a pay line ("Salary", "Gehalt", "Salaire", "薪资", ...).
const LabelSet& SalaryLabels();

/// Only the labelled-line rule of FindSalary.
std::optional<Salary> FindLabelledSalary(const std::vector<TextLine>& lines, std::string_view context);

/// Only the header-line and text rules of FindSalary.
std::optional<Salary> FindSalaryInText(const std::vector<TextLine>& lines, std::string_view context);

/// Fills a salary's missing amounts, currency and period from its text.
void CompleteSalary(Salary* salary, std::string_view context);

/// A salary with no written period is yearly when its amount is 10,000 or
/// more in a currency where nobody is paid that much an hour, a week or a
/// month ("$62K - $74K", "€52,000 – €64,000"); other salaries are left as
/// they are (50,000 INR or JPY is often a monthly wage).
void AssumeYearlyPeriod(Salary* salary);

}  // namespace jobpipe::facts
