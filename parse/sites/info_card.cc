#include "parse/sites/info_card.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <vector>

#include "parse/html/text_folding.h"
#include "parse/html/visibility.h"
#include "parse/salary_written.h"

namespace jobpipe::sites {
namespace {

constexpr std::size_t kLongestCardValue = 80;

// Parts of class/id/data values that name the hiring company in a card.
constexpr std::array<std::string_view, 7> kCompanyMarkers = {
    "company-name", "companyname", "company_name", "advertiser-name",
    "employer-name", "org-name", "hiringorganization",
};

bool IsWordEdge(std::string_view value, std::size_t at) {
  return at >= value.size() || value[at] == '_' || value[at] == '-' || value[at] == ' ';
}

bool NamesCompany(std::string_view value) {
  const std::string lowered = html::AsciiLowered(value);
  for (std::string_view marker : kCompanyMarkers) {
    if (lowered.find(marker) != std::string::npos) return true;
  }
  return false;
}

// Attributes whose values name what an element is.
bool IsNamingAttribute(std::string_view name) {
  return name == "class" || name == "id" || name == "itemprop" || name.substr(0, 5) == "data-";
}

// Cards sit in page headers and sidebars and wrap names in buttons, so
// those stay; what never holds a card is skipped.
bool SkippedForCards(const html::Dom& dom, int node) {
  switch (dom.nodes[node].tag) {
    case html::Tag::kText: case html::Tag::kDocument:
      return false;
    case html::Tag::kHead: case html::Tag::kScript: case html::Tag::kStyle: case html::Tag::kTemplate: case html::Tag::kNoscript:
    case html::Tag::kSvg: case html::Tag::kNav: case html::Tag::kFooter: case html::Tag::kForm: case html::Tag::kSelect:
    case html::Tag::kIframe: case html::Tag::kDialog:
      return true;
    default:
      return html::IsHidden(dom, node) || html::IsPageFurniture(dom, node);
  }
}

bool HasDigit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool HasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0xC3;
  });
}

std::string LabelKey(std::string_view piece) {
  std::string lowered = html::AsciiLowered(piece);
  while (!lowered.empty() && (lowered.back() == ':' || lowered.back() == ' ')) lowered.pop_back();
  return lowered;
}

// "Salário", "Salary range:": the label of a salary value shown beside it.
// (AsciiLowered keeps other letters as written: both cases are listed.)
constexpr std::array<std::string_view, 12> kSalaryLabels = {
    "salary", "salary range", "pay range", "sal\xC3\xA1rio", "sal\xC3\x81rio",
    "salario", "salaire", "gehalt", "verg\xC3\xBCtung", "verg\xC3\x9Ctung", "r\xC3\xA9mun\xC3\xA9ration",
    "remunera\xC3\xA7\xC3\xA3o"};

bool IsSalaryLabel(std::string_view piece) {
  const std::string key = LabelKey(piece);
  return std::find(kSalaryLabels.begin(), kSalaryLabels.end(), key) != kSalaryLabels.end();
}

bool IsLabel(std::string_view piece) {
  const std::string key = LabelKey(piece);
  return key == "location" || key == "locations" || key == "company" || IsSalaryLabel(piece);
}

// "job-salary", "salaryRange", "salary_info": an element that holds the pay.
bool NamesSalary(std::string_view value) { return html::AsciiLowered(value).find("salary") != std::string::npos; }

// The folded text pieces of a card element, in order, skipping what never
// holds a card.
std::vector<std::string> CardPieces(const html::Dom& dom, int node) {
  std::vector<std::string> pieces;
  for (int i = node + 1; i < dom.nodes[node].subtree_end; ++i) {
    if (SkippedForCards(dom, i)) {
      i = dom.nodes[i].subtree_end - 1;
      continue;
    }
    if (dom.nodes[i].tag == html::Tag::kText) pieces.push_back(html::Folded(dom.Text(i)));
  }
  return pieces;
}

// A card's text nodes are separate values ("United States", "Canada") or a
// label ("locations") before its value: joined with ", ", labels and
// bracket-only pieces left out, "(Remote)" kept beside its place.
std::string CardValue(const html::Dom& dom, int node) {
  std::string value;
  for (const std::string& piece : CardPieces(dom, node)) {
    if (!HasLetter(piece) || (value.empty() && IsLabel(piece))) continue;
    if (!value.empty()) value += (piece.front() == '(' || value.back() == ',') ? " " : ", ";
    value += piece;
    if (value.size() > kLongestCardValue) return "";
  }
  if (value.size() >= 2 && value.front() == '(' && value.back() == ')') value = value.substr(1, value.size() - 2);
  return value;
}

// A salary element's text as one run ("$90,000 - $120,000"), without a
// "Salary:" label in front; "" when longer than a card value.
std::string SalaryValue(const html::Dom& dom, int node) {
  std::string text;
  for (const std::string& piece : CardPieces(dom, node)) {
    if (piece.empty() || (text.empty() && IsSalaryLabel(piece))) continue;
    if (!text.empty()) text += ' ';
    text += piece;
    if (text.size() > kLongestCardValue) return "";
  }
  return text;
}

}  // namespace

bool NamesLocation(std::string_view value) {
  for (std::size_t at = 0; (at = value.find_first_of("lL", at)) != std::string_view::npos; ++at) {
    if (html::AsciiLowered(value.substr(at, 8)) != "location") continue;
    const bool camel_start = value[at] == 'L' && at > 0 && std::islower(static_cast<unsigned char>(value[at - 1]));
    const bool starts = at == 0 || IsWordEdge(value, at - 1) || camel_start;
    std::size_t end = at + 8;
    if (end < value.size() && value[end] == 's') ++end;
    if (starts && (IsWordEdge(value, end) || std::isupper(static_cast<unsigned char>(value[end])))) return true;
  }
  return false;
}

Facts CardFacts(const html::Dom& dom) {
  Facts facts;
  const int count = static_cast<int>(dom.nodes.size());
  bool salary_label_seen = false;  // the last text was "Salary" alone
  for (int i = 0; i < count && !(facts.location && facts.company && facts.salary);) {
    if (SkippedForCards(dom, i)) {
      i = dom.nodes[i].subtree_end;
      continue;
    }
    const html::Node& node = dom.nodes[i];
    if (node.tag == html::Tag::kText) {
      // <dt>Salary</dt><dd>€20 000 - €40 000</dd>: the text after a label.
      const std::string piece = html::Folded(dom.Text(i));
      if (salary_label_seen && !facts.salary && HasDigit(piece) && piece.size() <= kLongestCardValue) {
        facts.salary = WrittenSalary(piece);
      }
      if (!piece.empty()) salary_label_seen = IsSalaryLabel(piece);
      ++i;
      continue;
    }
    bool location = false, company = false, salary = false;
    for (std::uint32_t a = 0; a < node.attribute_count; ++a) {
      const html::Attribute& attribute = dom.attributes[node.first_attribute + a];
      if (!IsNamingAttribute(dom.Str(attribute.name))) continue;
      location = location || NamesLocation(dom.Str(attribute.value));
      company = company || NamesCompany(dom.Str(attribute.value));
      salary = salary || NamesSalary(dom.Str(attribute.value));
    }
    if ((location && !facts.location) || (company && !facts.company) || (salary && !facts.salary)) {
      std::string value = location || company ? CardValue(dom, i) : SalaryValue(dom, i);
      if (location && !facts.location) facts.location = html::NonEmpty(value);
      else if (company && !facts.company) facts.company = html::NonEmpty(value);
      else if (salary && !facts.salary) facts.salary = WrittenSalary(value);
    }
    ++i;
  }
  return facts;
}

}  // namespace jobpipe::sites
