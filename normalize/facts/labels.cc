#include "normalize/facts/labels.h"

#include <algorithm>
#include <array>
#include <map>
#include <span>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "core/text/sentences.h"
#include "core/text/words.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> fact_label_lists;  // data/facts/labels.tsv
}  // namespace jobpipe::embedded

namespace jobpipe::facts {
namespace {

// The facts whose rules read labels: a fact the file names that no rule
// reads is a misspelling.
constexpr std::array<std::string_view, 8> kLabelledFacts = {
    "title", "company", "card_company", "location", "salary", "employment", "seniority", "department"};

std::map<std::string_view, std::string, std::less<>> LoadFactLabels() {
  std::map<std::string_view, std::string, std::less<>> by_fact;
  for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::fact_label_lists, "fact label")) {
    const std::string_view fact = entry.columns[0];
    if (std::find(kLabelledFacts.begin(), kLabelledFacts.end(), fact) == kLabelledFacts.end()) {
      lexicon::ReportBadEntry(entry, "fact '" + std::string(fact) + "' is read by no rule (normalize/facts/labels.cc)");
      continue;
    }
    std::string& labels = by_fact[fact];
    labels += (labels.empty() ? "" : "|") + std::string(entry.columns[1]);
  }
  return by_fact;
}

}  // namespace

std::string FactLabels(std::string_view fact) {
  static const std::map<std::string_view, std::string, std::less<>> kLabels = LoadFactLabels();
  const auto found = kLabels.find(fact);
  return found == kLabels.end() ? "" : found->second;
}

std::string LabelPattern(std::string_view labels) {
  // The label, optional words in parentheses ("Salary (gross)"), then a colon
  // (French writes " :"), then the value.
  return "(?i)^\\s*(?:" + std::string(labels) + ")(?:\\s*\\([^)]*\\))?\\s*[:：]\\s*(.+)$";
}

namespace {

// Every LabelPattern needs a colon (ASCII or fullwidth): most lines have
// none and need not be matched, nor split into sentences.
bool HasColon(std::string_view text) {
  return text.find(':') != std::string_view::npos ||
         text.find("\xEF\xBC\x9A") != std::string_view::npos;  // U+FF1A
}

}  // namespace

LabelSet::LabelSet(std::string_view labels) : labels_(labels) {
  size_t start = 0;
  while (start <= labels.size()) {
    size_t end = labels.find('|', start);
    if (end == std::string_view::npos) end = labels.size();
    std::string_view label = labels.substr(start, end - start);
    bool ascii = std::all_of(label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    // A label with other letters is only ever matched through the pattern.
    if (ascii && !label.empty()) ascii_labels_.emplace_back(label);
    start = end + 1;
  }
}

bool LabelSet::MayLabel(std::string_view line) const {
  // RE2's \s: the pattern's ^\s* and the \s* before "(" or ":".
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  size_t begin = 0;
  while (begin < line.size() && is_space(line[begin])) ++begin;
  size_t end = begin;
  while (end < line.size() && line[end] != ':' && line[end] != '(' && static_cast<unsigned char>(line[end]) < 0x80) {
    ++end;
  }
  // Other letters (case-folded by RE2 in ways a byte test does not know)
  // or a fullwidth colon: let the pattern decide.
  if (end < line.size() && static_cast<unsigned char>(line[end]) >= 0x80) return true;
  while (end > begin && is_space(line[end - 1])) --end;
  std::string prefix = textkit::AsciiLower(line.substr(begin, end - begin));
  return std::find(ascii_labels_.begin(), ascii_labels_.end(), prefix) != ascii_labels_.end();
}

const re2::RE2& LabelSet::Pattern() const {
  std::call_once(compiled_, [this] { pattern_ = std::make_unique<re2::RE2>(LabelPattern(labels_)); });
  return *pattern_;
}

std::optional<std::string> LabelledValue(std::string_view line, const LabelSet& labels) {
  std::string value;
  if (!HasColon(line) || !labels.MayLabel(line)) return std::nullopt;
  const re2::RE2& label_re = labels.Pattern();
  if (!label_re.ok() || !RE2::FullMatch(line, label_re, &value)) return std::nullopt;
  value = Trim(value);
  if (value.empty()) return std::nullopt;
  return value;
}

namespace {

// A two-cell table row, as a markdown table ("| Location | Lisbon |") or a
// copied HTML table or definition list ("Location<TAB>Lisbon") writes it:
// the "Label: value" line it stands for.
std::optional<std::string> TwoCellRowAsLabelled(std::string_view line) {
  const char separator = line.find('\t') != std::string_view::npos ? '\t' : '|';
  if (line.find(separator) == std::string_view::npos) return std::nullopt;
  std::vector<std::string> cells;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find(separator, start);
    if (end == std::string_view::npos) end = line.size();
    std::string cell = Trim(line.substr(start, end - start));
    if (!cell.empty()) cells.push_back(std::move(cell));
    start = end + 1;
  }
  if (cells.size() != 2) return std::nullopt;
  // ("Location:<TAB>Lisbon" has its colon already)
  return cells[0] + (cells[0].back() == ':' ? " " : ": ") + cells[1];
}

}  // namespace

std::optional<std::string> LabelledValueInLine(std::string_view line, const LabelSet& label_re) {
  if (auto row = TwoCellRowAsLabelled(line)) {
    if (auto value = LabelledValue(*row, label_re)) return value;
  }
  if (!HasColon(line)) return std::nullopt;
  if (auto value = LabelledValue(line, label_re)) return value;
  // Pasted lines run together: "... to F1 races! Salary: £45,000".
  std::vector<std::string> sentences = textkit::SplitAtSentenceStops(line);
  for (size_t i = 1; i < sentences.size(); ++i) {
    if (auto value = LabelledValue(sentences[i], label_re)) return value;
  }
  return std::nullopt;
}

std::optional<std::string> FindLabelledValue(const std::vector<TextLine>& lines, const LabelSet& label_re) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (auto value = LabelledValueInLine(lines[i].text, label_re)) return value;
    // "Location" as a heading (or "Location:" alone), the value on the next
    // line. A heading after "Location" is the next section; after
    // "Company:" it is the value set in bold. (Cheapest tests first.)
    bool short_line = lines[i].text.size() < 40;
    bool value_follows = short_line && i + 1 < lines.size() && textkit::CountWords(lines[i + 1].text, 12) <= 12 &&
                         (lines[i + 1].origin != LineOrigin::kHeading || lines[i].text.back() == ':');
    bool is_label_only = value_follows && LabelledValue(lines[i].text + ": x", label_re).has_value() &&
                         !LabelledValue(lines[i].text, label_re);
    if (is_label_only) {
      return lines[i + 1].text;
    }
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
