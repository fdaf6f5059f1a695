#include "core/posting_dump.h"

#include <charconv>
#include <utility>

#include "core/terminal_text.h"

namespace jobpipe {
namespace {

// The escapes a reader knows from C, and the quote when the value is
// quoted; TerminalSafe then makes the remaining controls visible. The
// backslash goes first, so every backslash of the result starts an escape.
std::string Escape(std::string_view value, bool quoted) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    switch (c) {
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '"': out += quoted ? "\\\"" : "\""; continue;
      default: break;
    }
    // U+2028 and U+2029 end a line for some editors and for Python's
    // splitlines(); TerminalSafe leaves them, being harmless on a terminal.
    if (c == '\xE2' && i + 2 < value.size() && value[i + 1] == '\x80' &&
        (value[i + 2] == '\xA8' || value[i + 2] == '\xA9')) {
      out += value[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
      continue;
    }
    out += c;
  }
  return TerminalSafe(out);
}

std::string Optional(const std::optional<std::string>& value) {
  return value ? DumpQuoted(*value) : "null";
}

// The shortest text that reads back as the same double, never with an
// exponent: 60000, 25.5, 1200000.
std::string Number(const std::optional<double>& value) {
  if (!value) return "null";
  char buffer[400];  // the widest double in fixed notation is about 330 characters
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, *value, std::chars_format::fixed);
  if (error != std::errc()) return "?";
  return std::string(buffer, end);
}

void Line(std::string& out, std::string_view indent, std::string_view name,
          const std::string& value) {
  out.append(indent).append(name).append(" ").append(value).append("\n");
}

}  // namespace

std::string DumpEscaped(std::string_view value) { return Escape(value, false); }

std::string DumpQuoted(std::string_view value) { return "\"" + Escape(value, true) + "\""; }

std::string DebugString(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& b : blocks) {
    switch (b.type) {
      case BlockType::kHeading:
        out += 'H';
        out += std::to_string(b.level);
        break;
      case BlockType::kParagraph: out += "P"; break;
      case BlockType::kListItem:
        out += 'L';
        out += std::to_string(b.level);
        break;
    }
    out += ' ';
    out += DumpEscaped(b.text);
    out += '\n';
  }
  return out;
}

std::string DebugString(const std::vector<Section>& sections) {
  std::string out;
  for (const Section& section : sections) {
    out += "section ";
    out += SectionKindName(section.kind);
    if (section.heading) out += " " + DumpQuoted(*section.heading);
    out += '\n';
    if (!section.text.empty()) Line(out, "  ", "text", DumpQuoted(section.text));
    for (const std::string& item : section.items) Line(out, "  ", "item", DumpQuoted(item));
  }
  return out;
}

std::string DebugString(const Facts& facts) {
  using Field = std::pair<const char*, std::optional<std::string> Facts::*>;
  // In the order of Facts, the salary between them.
  static constexpr Field kBeforeSalary[] = {
      {"url", &Facts::url},
      {"company", &Facts::company},
      {"company_url", &Facts::company_url},
      {"title", &Facts::title},
      {"location", &Facts::location},
      {"workplace", &Facts::workplace},
      {"employment_type", &Facts::employment_type},
  };
  static constexpr Field kAfterSalary[] = {
      {"date_posted", &Facts::date_posted},     {"posted_ago", &Facts::posted_ago},
      {"valid_through", &Facts::valid_through}, {"seniority", &Facts::seniority},
      {"department", &Facts::department},       {"apply_url", &Facts::apply_url},
      {"language", &Facts::language},           {"identifier", &Facts::identifier},
  };
  std::string out;
  for (const auto& [name, field] : kBeforeSalary) Line(out, "", name, Optional(facts.*field));
  if (facts.salary) {
    const Salary& salary = *facts.salary;
    Line(out, "", "salary", DumpQuoted(salary.text));
    Line(out, "  ", "min", Number(salary.min));
    Line(out, "  ", "max", Number(salary.max));
    Line(out, "  ", "currency", Optional(salary.currency));
    Line(out, "  ", "period", Optional(salary.period));
  } else {
    Line(out, "", "salary", "null");
  }
  for (const auto& [name, field] : kAfterSalary) Line(out, "", name, Optional(facts.*field));
  return out;
}

std::string DebugString(const std::vector<SkillDetail>& skills) {
  std::string out;
  for (const SkillDetail& skill : skills) {
    out +=
        "skill " + DumpQuoted(skill.name) + " count " + std::to_string(skill.count) + " sections";
    for (const std::string& section : skill.sections) out += " " + section;
    out += '\n';
  }
  return out;
}

}  // namespace jobpipe
