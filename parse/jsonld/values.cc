#include "parse/jsonld/values.h"

#include <re2/re2.h>

#include <cctype>
#include <cmath>
#include <cstdio>

#include "parse/html/gumbo_dom.h"
#include "parse/html/text_folding.h"

namespace jobpipe::jsonld {
namespace {

// Upper case with '-' and ' ' as '_', for vocabulary lookups.
std::string VocabularyKey(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (c == '-' || c == ' ') c = '_';
    key.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  // schema.org values may come as URLs: "http://schema.org/FullTime".
  const std::size_t slash = key.rfind('/');
  if (slash != std::string::npos) key.erase(0, slash + 1);
  return key;
}

std::string FormatAmount(double amount) {
  char buffer[64];
  if (std::floor(amount) == amount && std::fabs(amount) < 1e15) {
    std::snprintf(buffer, sizeof buffer, "%.0f", amount);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.2f", amount);
  }
  std::string digits = buffer;
  const std::size_t point = digits.find('.');
  std::string whole = digits.substr(0, point);
  const std::string fraction = point == std::string::npos ? "" : digits.substr(point);
  std::string grouped;
  const std::size_t start = whole[0] == '-' ? 1 : 0;
  for (std::size_t i = start; i < whole.size(); ++i) {
    if (i > start && (whole.size() - i) % 3 == 0) grouped.push_back(',');
    grouped.push_back(whole[i]);
  }
  return whole.substr(0, start) + grouped + fraction;
}

}  // namespace

const Json* Member(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  return found == object.end() ? nullptr : &*found;
}

std::string TextOf(const Json& value) {
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    return html::Folded(html::DecodeEntities(text));
  }
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number_unsigned()) return std::to_string(value.get<unsigned long long>());
  if (value.is_number_float()) return FormatAmount(value.get<double>());
  if (value.is_object()) {
    for (const char* key : {"name", "@value", "value"}) {
      if (const Json* member = Member(value, key)) {
        std::string text = TextOf(*member);
        if (!text.empty()) return text;
      }
    }
    return "";
  }
  if (value.is_array()) {
    for (const Json& element : value) {
      std::string text = TextOf(element);
      if (!text.empty()) return text;
    }
  }
  return "";
}

std::string TextOf(const Json& object, std::string_view key) {
  const Json* member = Member(object, key);
  return member == nullptr ? "" : TextOf(*member);
}

std::optional<double> NumberOf(const Json& value) {
  if (value.is_number()) return value.get<double>();
  if (value.is_object()) {
    if (const Json* inner = Member(value, "value")) return NumberOf(*inner);
    return std::nullopt;
  }
  if (!value.is_string()) return std::nullopt;
  std::string text = value.get<std::string>();
  // "16,50" is a decimal comma; "120,000" groups thousands.
  const std::size_t comma = text.find(',');
  if (comma != std::string::npos && text.find(',', comma + 1) == std::string::npos &&
      text.find('.') == std::string::npos && text.size() - comma - 1 <= 2) {
    text[comma] = '.';
  }
  std::string digits;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') digits.push_back(c);
    else if (c != ',' && c != ' ' && c != '$' && c != '_') return std::nullopt;
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  try {
    return std::stod(digits);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<std::string> IsoDate(std::string_view text) {
  static const RE2 kDate(R"((\d{4})[-/](\d{1,2})[-/](\d{1,2}))");
  if (!kDate.ok()) return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!RE2::PartialMatch(text, kDate, &year, &month, &day)) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

std::string IsoDateFromEpochMillis(long long millis) {
  // Days to civil date (H. Hinnant's algorithm), no time zone involved.
  long long days = millis / 86400000LL;
  days += 719468;
  const long long era = (days >= 0 ? days : days - 146096) / 146097;
  const long long doe = days - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long day = doy - (153 * mp + 2) / 5 + 1;
  const long long month = mp < 10 ? mp + 3 : mp - 9;
  const long long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lld", year, month, day);
  return buffer;
}

std::optional<std::string> EmploymentTypeFrom(std::string_view text) {
  const std::string key = VocabularyKey(text);
  if (key.empty()) return std::nullopt;
  if (key == "FULL_TIME" || key == "FULLTIME" || key == "PERMANENT") return "full_time";
  if (key == "PART_TIME" || key == "PARTTIME") return "part_time";
  if (key == "CONTRACTOR" || key == "CONTRACT" || key == "FREELANCE") return "contract";
  if (key == "TEMPORARY" || key == "TEMP" || key == "SEASONAL") return "temporary";
  if (key == "INTERN" || key == "INTERNSHIP") return "internship";
  if (key == "VOLUNTEER") return "volunteer";
  if (key == "PER_DIEM" || key == "OTHER") return "other";
  return std::nullopt;
}

std::optional<std::string> SalaryPeriodFrom(std::string_view text) {
  const std::string key = VocabularyKey(text);
  if (key.find("HOUR") != std::string::npos) return "hour";
  if (key.find("DAY") != std::string::npos || key.find("DAILY") != std::string::npos) return "day";
  if (key.find("WEEK") != std::string::npos) return "week";
  if (key.find("MONTH") != std::string::npos) return "month";
  if (key.find("YEAR") != std::string::npos || key.find("ANNUAL") != std::string::npos) return "year";
  return std::nullopt;
}

std::string SalaryText(const Salary& salary) {
  std::string text;
  if (salary.currency) text = *salary.currency + " ";
  if (salary.min && salary.max && *salary.min != *salary.max) {
    text += FormatAmount(*salary.min) + "\u2013" + FormatAmount(*salary.max);
  } else if (salary.min || salary.max) {
    text += FormatAmount(salary.min ? *salary.min : *salary.max);
  } else {
    return "";
  }
  if (salary.period) text += " per " + *salary.period;
  return text;
}


}  // namespace jobpipe::jsonld
