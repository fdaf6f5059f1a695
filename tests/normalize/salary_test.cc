// Salary reading: amounts in several notations, currencies, periods and
// languages, and which money in a posting is a salary at all.
#include <catch2/catch.hpp>

#include "normalize/facts/salary.h"

namespace jobpipe {
namespace {

struct SalaryCase {
  const char* text;
  std::optional<double> min;
  std::optional<double> max;
  std::optional<std::string> currency;
  std::optional<std::string> period;
};

TEST_CASE("ParseSalary reads amounts, currency and period") {
  const SalaryCase cases[] = {
      {"$120,000 - $150,000 a year", 120000, 150000, "USD", "year"},
      {"€55k–70k", 55000, 70000, "EUR", std::nullopt},
      {"USD 2,000 per month", 2000, 2000, "USD", "month"},
      {"45.000 € brutto/Jahr", 45000, 45000, "EUR", "year"},
      {"£40,000 per annum", 40000, 40000, "GBP", "year"},
      {"P100,000 to P160,000 (Monthly Package)", 100000, 160000, "PHP", "month"},
      {"$45,000-50,000/year", 45000, 50000, "USD", "year"},
      {"$60K-$90K", 60000, 90000, "USD", std::nullopt},
      {"$15/hr", 15, 15, "USD", "hour"},
      {"$28.50 an hour", 28.5, 28.5, "USD", "hour"},
      {"$20+", 20, std::nullopt, "USD", std::nullopt},
      {"up to £55,000 p.a.", std::nullopt, 55000, "GBP", "year"},
      {"ab 60.000 € jährlich", 60000, std::nullopt, "EUR", "year"},
      {"€20 000 - €40 000", 20000, 40000, "EUR", std::nullopt},
      {"CHF 110'000", 110000, 110000, "CHF", std::nullopt},
      {"CHF 9,500 monatlich", 9500, 9500, "CHF", "month"},
      {"₹12,00,000 per annum", 1200000, 1200000, "INR", "year"},
      {"R$ 8.500 por mês", 8500, 8500, "BRL", "month"},
      {"2 500 € bruts mensuels", 2500, 2500, "EUR", "month"},
      {"entre 40 000 et 50 000 euros par an", 40000, 50000, "EUR", "year"},
      {"30.000 - 35.000 € al año", 30000, 35000, "EUR", "year"},
      {"CA$95,000 – CA$110,000 annually", 95000, 110000, "CAD", "year"},
      {"$90,000 to $110,000 CAD per year", 90000, 110000, "CAD", "year"},
      {"65k-95k USD", 65000, 95000, "USD", std::nullopt},
      {"€450 per day", 450, 450, "EUR", "day"},
      {"1,5 k€ par semaine", 1500, 1500, "EUR", "week"},
      {"55-70k EUR", 55000, 70000, "EUR", std::nullopt},
      {"$1,234.56 weekly", 1234.56, 1234.56, "USD", "week"},
      // One currency list for every script: signs and words after the
      // amount, CJK magnitudes, full-width tildes as range marks.
      {"月給25万円～35万円", 250000, 350000, "JPY", "month"},
      {"年薪30万元", 300000, 300000, "CNY", "year"},
      {"연봉 4000만원", 40000000, 40000000, "KRW", "year"},
      {"от 80 000 руб. в месяц", 80000, std::nullopt, "RUB", "month"},
      {"35 000 - 45 000 Kč měsíčně", 35000, 45000, "CZK", "month"},
      // The crown before its amount, as Czech and Norwegian pages write it.
      {"Kč 40 000 – 55 000 měsíčně", 40000, 55000, "CZK", "month"},
      {"kr 650 000 - 750 000 i året", 650000, 750000, std::nullopt, "year"},
      // Ranges joined by the word for "and" of each language, or a CJK mark.
      {"mellom 600.000 og 700.000 NOK", 600000, 700000, "NOK", std::nullopt},
      {"mellan 35 000 och 42 000 kr per månad", 35000, 42000, std::nullopt, "month"},
      {"tussen €3.200 en €4.100 per maand", 3200, 4100, "EUR", "month"},
      {"от 150 000 и 200 000 ₽", 150000, 200000, "RUB", std::nullopt},
      {"4,500만원에서 6,000만원", 45000000, 60000000, "KRW", std::nullopt},
      {"15000至20000元", 15000, 20000, "CNY", std::nullopt},
      {"500万円から800万円", 5000000, 8000000, "JPY", std::nullopt},
      // The magnitude of the upper bound serves a lower one of its order.
      {"4,000~4,500만원", 40000000, 45000000, "KRW", std::nullopt},
      {"25~35万円", 250000, 350000, "JPY", std::nullopt},
      {"$50,000 - 70k", 50000, 70000, "USD", std::nullopt},
      // Currency names after the amount.
      {"550 000 kroner i året", 550000, 550000, std::nullopt, "year"},
      {"9000 złotych miesięcznie", 9000, 9000, "PLN", "month"},
      {"2.000 dólares al mes", 2000, 2000, "USD", "month"},
      {"1.800 - 2.200 euro netti mensili", 1800, 2200, "EUR", "month"},
      {"₪18,000 - ₪24,000", 18000, 24000, "ILS", std::nullopt},
      {"$54—$60 USD per hour", 54, 60, "USD", "hour"},
  };
  for (const SalaryCase& c : cases) {
    INFO(c.text);
    std::optional<Salary> salary = facts::ParseSalary(c.text);
    REQUIRE(salary.has_value());
    CHECK(salary->text == c.text);
    CHECK(salary->min == c.min);
    CHECK(salary->max == c.max);
    CHECK(salary->currency == c.currency);
    CHECK(salary->period == c.period);
  }
}

TEST_CASE("ParseSalary keeps a salary stated without amounts as text only") {
  for (const char* text : {"Selon profil", "A definir", "Nach Vereinbarung", "Competitive"}) {
    INFO(text);
    std::optional<Salary> salary = facts::ParseSalary(text);
    REQUIRE(salary.has_value());
    CHECK(salary->text == text);
    CHECK_FALSE(salary->min.has_value());
    CHECK_FALSE(salary->max.has_value());
    CHECK_FALSE(salary->currency.has_value());
  }
  CHECK_FALSE(facts::ParseSalary("   ").has_value());
}

TEST_CASE("ParseSalary reads a dollar as the place's currency when it says so") {
  CHECK(facts::ParseSalary("$80,000 - $95,000", "Toronto, Canada")->currency == "CAD");
  CHECK(facts::ParseSalary("$80,000 - $95,000", "Sydney, Australia")->currency == "AUD");
  CHECK(facts::ParseSalary("$80,000 - $95,000", "Austin, TX")->currency == "USD");
}

std::vector<facts::TextLine> Lines(std::initializer_list<facts::TextLine> lines) { return lines; }

TEST_CASE("FindSalary takes labelled lines in any language first") {
  const std::pair<const char*, const char*> cases[] = {
      {"Salary: $70,000 - $85,000", "$70,000 - $85,000"},
      {"Compensation: €60k–€75k + bonus", "€60k–€75k + bonus"},
      {"Gehalt: 55.000 - 65.000 € brutto/Jahr", "55.000 - 65.000 € brutto/Jahr"},
      {"Rémunération : Selon profil", "Selon profil"},
      {"Salario: 30.000€ - 36.000€ al año", "30.000€ - 36.000€ al año"},
      {"Pay Range: $25 - $30 per hour", "$25 - $30 per hour"},
      {"Salary: $165,000/yr - $205,000/yr", "$165,000/yr - $205,000/yr"},
      // A field value is kept whole, extras and all ...
      {"Salary: £45,000 - £55,000 + Bonus + Pension + Benefits", "£45,000 - £55,000 + Bonus + Pension + Benefits"},
      {"Salary: €120,000 – €150,000 per year + equity", "€120,000 – €150,000 per year + equity"},
      // ... a sentence after the label gives its amount only.
      {"Compensation: $65,000 - $75,000 base salary plus uncapped commission (on-target earnings around "
       "$140,000).",
       "$65,000 - $75,000"},
      {"Salary: $120,000 - $150,000 per year.", "$120,000 - $150,000 per year"},
  };
  for (const auto& [line, text] : cases) {
    INFO(line);
    auto salary = facts::FindSalary(Lines({{"We build bridges.", facts::LineOrigin::kProse}, {line, facts::LineOrigin::kItem}}), "");
    REQUIRE(salary.has_value());
    CHECK(salary->text == text);
  }
}

TEST_CASE("FindSalary skips a labelled sentence about pay without an amount") {
  auto salary = facts::FindSalary(
      Lines({{"Compensation: we offer a competitive package that reflects your skills and experience", facts::LineOrigin::kProse}}),
      "");
  CHECK_FALSE(salary.has_value());
  salary = FindSalary(Lines({{"Vergütung: Nach Vereinbarung", facts::LineOrigin::kItem}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "Nach Vereinbarung");
}

TEST_CASE("FindSalary takes a range alone on its line under a line about pay") {
  auto salary = facts::FindSalary(
      Lines({{"For pay transparency, the base salary range for this position in Denver is:", facts::LineOrigin::kProse},
             {"$98,000 - $121,000 USD", facts::LineOrigin::kProse}}),
      "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "$98,000 - $121,000 USD");
  CHECK(salary->min == 98000);
  CHECK(salary->max == 121000);
  // Under a line about something else, a range alone is no salary.
  CHECK_FALSE(FindSalary(Lines({{"Our customers saved on average:", facts::LineOrigin::kProse},
                                {"$2,000 - $5,000", facts::LineOrigin::kProse}}),
                         ""));
}

TEST_CASE("FindSalary finds money with a period or a pay word in the text") {
  auto salary = facts::FindSalary(
      Lines({{"The base salary for this role is $130,000 plus equity.", facts::LineOrigin::kProse}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "$130,000");
  CHECK(salary->min == 130000);

  salary = FindSalary(Lines({{"Range: £45,000 – £52,000 per year depending on experience", facts::LineOrigin::kItem}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "£45,000 – £52,000 per year");
  CHECK(salary->period == "year");

  salary = FindSalary(Lines({{"Remote, $95K-$120K, 0.1% equity", facts::LineOrigin::kHeader}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "$95K-$120K");

  // An hourly amount is pay even without a pay word, when the period goes with it.
  salary = FindSalary(
      Lines({{"Part-time barista wanted at our café, £12.60 per hour plus tips.", facts::LineOrigin::kProse}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "£12.60 per hour");
  CHECK(salary->period == "hour");
  CHECK_FALSE(FindSalary(Lines({{"Parking costs £2.50 at the gate; the shop opens hourly.", facts::LineOrigin::kProse}}), "")
                  .has_value());

  // Other money far from the salary does not hide it ...
  salary = FindSalary(Lines({{"The pay range is $68,000 to $84,000 a year plus an annual bonus, with medical, "
                              "dental and vision cover, 20 days of PTO and a $600 yearly home office stipend.",
                              facts::LineOrigin::kProse}}),
                      "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "$68,000 to $84,000 a year");
  // ... and a period written before the amount is its period.
  salary = FindSalary(Lines({{"We offer a gross monthly salary between €4,332 and €5,929 for a full-time position. "
                              "In addition we offer an 8% holiday allowance and 29 days of annual leave.",
                              facts::LineOrigin::kProse}}),
                      "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "€4,332 and €5,929");
  CHECK(salary->period == "month");
  // Both before and after: the closer period words are the salary's.
  salary = FindSalary(
      Lines({{"Ein Jahresgehalt zwischen 68.000 und 82.000 € brutto, zwei Tage pro Woche im Büro", facts::LineOrigin::kItem}}),
      "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "68.000 und 82.000 €");
  CHECK(salary->period == "year");
}

TEST_CASE("FindSalary reads an amount right after a pay word when it names no currency") {
  // CJK and Italian postings often write the pay word and the amount with no currency.
  auto salary = facts::FindSalary(Lines({{"岗位要求本科以上，薪资20-35K，14薪", facts::LineOrigin::kProse}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "20-35K");
  CHECK(salary->min == 20000);
  CHECK(salary->max == 35000);
  salary = facts::FindSalary(Lines({{"年薪30-50万，五险一金", facts::LineOrigin::kItem}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->min == 300000);
  CHECK(salary->period == "year");
  salary = FindSalary(Lines({{"Offriamo RAL 35-40k in base all'esperienza", facts::LineOrigin::kItem}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "35-40k");
  // A lone plain number after a pay word is a year or a count, not pay.
  CHECK_FALSE(FindSalary(Lines({{"Salary review in 2025 for all staff", facts::LineOrigin::kProse}}), "").has_value());
  CHECK_FALSE(FindSalary(Lines({{"Our pay 4 you programme", facts::LineOrigin::kProse}}), "").has_value());
}

TEST_CASE("FindSalary reads pay stated in prose in several languages") {
  struct Case {
    const char* line;
    const char* text;
  };
  const Case cases[] = {
      {"Vi tilbyr en lønn mellom 600.000 og 700.000 NOK", "600.000 og 700.000 NOK"},
      {"Lønnen er 550 000 kroner i året.", "550 000 kroner i året"},
      {"Offriamo una RAL compresa tra 32.000 e 38.000 euro.", "32.000 e 38.000 euro"},
      {"Das Jahresgehalt liegt zwischen 60.000 und 70.000 Euro.", "60.000 und 70.000 Euro"},
      {"연봉은 4,500만원에서 6,000만원 사이입니다.", "4,500만원에서 6,000만원"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    auto salary = facts::FindSalary(Lines({{c.line, facts::LineOrigin::kProse}}), "");
    REQUIRE(salary.has_value());
    CHECK(salary->text == c.text);
  }
}

TEST_CASE("FindSalary reads a two-cell table row as a label and its value") {
  auto salary = facts::FindSalary(Lines({{"| Salary | €50k - €60k |", facts::LineOrigin::kProse}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "€50k - €60k");
  salary = FindSalary(Lines({{"Gehalt\t55.000 - 65.000 € brutto/Jahr", facts::LineOrigin::kProse}}), "");
  REQUIRE(salary.has_value());
  CHECK(salary->text == "55.000 - 65.000 € brutto/Jahr");
}

TEST_CASE("FindSalary ignores money that is not pay and promises without amounts") {
  const char* not_salaries[] = {
      "Personal learning and development budget of USD 2,000 per year",
      "We raised $50M in 2023 at a $2B valuation",
      "Competitive salary and annual bonus",
      "Home office allowance of €500 a year",
      "Founded in 2004, we serve 3,000 customers in 40 countries",
      "Our team moves more than CA$90 million a month, and carriers are paid the same day",
      "We paid out $2B to partners last year",
  };
  for (const char* text : not_salaries) {
    INFO(text);
    CHECK_FALSE(facts::FindSalary(Lines({{text, facts::LineOrigin::kItem, SectionKind::kBenefits}}), "").has_value());
  }
}

TEST_CASE("CompleteSalary fills amounts of a salary parse found as text") {
  Salary salary;
  salary.text = "$49,000-$67,000";
  facts::CompleteSalary(&salary, "");
  CHECK(salary.min == 49000);
  CHECK(salary.max == 67000);
  CHECK(salary.currency == "USD");
}

TEST_CASE("AssumeYearlyPeriod makes large amounts without a period yearly") {
  Salary thousands = *facts::ParseSalary("$62K - $74K");
  facts::AssumeYearlyPeriod(&thousands);
  CHECK(thousands.period == "year");
  Salary hourly = *facts::ParseSalary("$31.00 - $38.50");
  facts::AssumeYearlyPeriod(&hourly);
  CHECK_FALSE(hourly.period.has_value());
  Salary monthly = *facts::ParseSalary("€4,300 per month");
  facts::AssumeYearlyPeriod(&monthly);
  CHECK(monthly.period == "month");
  Salary rupees = *facts::ParseSalary("INR 60,000");
  facts::AssumeYearlyPeriod(&rupees);
  CHECK_FALSE(rupees.period.has_value());
}


// NextMoney skips the money pattern for a line that names no currency
// (MayNameCurrency): every currency the pattern knows must still be found.
TEST_CASE("FindMoney finds every currency form the money pattern knows") {
  struct Case {
    const char* text;
    const char* currency;
  };
  const Case cases[] = {
      {"Pay: $50,000", "USD"},         {"Pay: US$ 50,000", "USD"},      {"Pay: CA$50,000", "CAD"},
      {"Pay: 50.000 \xE2\x82\xAC", "EUR"},  // €
      {"Pay: \xC2\xA3" "40,000", "GBP"},    // £
      {"Pay: \xE2\x82\xB9" "9,00,000", "INR"},  // ₹
      {"Pay: \xE2\x82\xB1" "50,000", "PHP"},    // ₱
      {"Pay: \xC2\xA5" "5,000,000", "JPY"},     // ¥
      {"Pay: 12 000 z\xC5\x82", "PLN"},         // zł
      {"Pay: 45 000 kr", ""},          {"Pay: Rs. 50,000", "INR"},      {"Pay: P50,000", "PHP"},
      {"Pay: 50,000 CHF", "CHF"},      {"Pay: SEK 40 000", "SEK"},
      {"Pay: 40,000 EUROS", "EUR"},    {"Pay: 40,000 Dollars", "USD"},  {"Pay: 40,000 pounds", "GBP"},
      {"Pay: 4.000 reais", "BRL"},     {"Pay: 4.000 REAIS", "BRL"},
      // The names of data/salary/currencies.tsv, in any case, each found by a stem.
      {"Pay: 40,000 Kronor", ""},      {"Pay: 3.000 D\xC3\x93LARES", "USD"},  // DÓLARES
      {"Pay: 9 000 Z\xC5\x81OTY", "PLN"},  // ZŁOTY
      {"Pay: 9 000 zloty", "PLN"},     {"Pay: 50,000 yuan", "CNY"},     {"Pay: 50,000 Rupees", "INR"},
      {"Pay: 50.000 pesos", ""},       {"Pay: 8 000 Franken", "CHF"},   {"Pay: 8 000 francs", "CHF"},
      {"Pay: 40,000 - 50,000 USD", "USD"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    auto money = facts::FindMoney(c.text);
    REQUIRE(money.has_value());
    CHECK(money->currency.value_or("") == c.currency);
  }
  CHECK_FALSE(facts::FindMoney("Pay: P 50,000").has_value());  // a lone "P" counts only glued to its digits
  CHECK_FALSE(facts::FindMoney("5+ years of experience since 2004").has_value());
  CHECK_FALSE(facts::FindMoney("Part 12: PostgreSQL 16 and Python 3.12").has_value());
}

}  // namespace
}  // namespace jobpipe
