#include "normalize/sections/summary.h"

#include "core/text/sentences.h"

namespace jobpipe::sections {
namespace {

constexpr int kSummarySentences = 3;

const Section* FirstWithText(const std::vector<Section>& sections, SectionKind kind) {
  for (const Section& section : sections) {
    if (section.kind == kind && !section.text.empty()) return &section;
  }
  return nullptr;
}

// A first sentence longer than the budget: cut at the last space before it.
std::string CutAtWord(const std::string& sentence) {
  size_t cut = sentence.rfind(' ', kSummaryBudget);
  if (cut == std::string::npos || cut == 0) cut = kSummaryBudget;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;
  std::string cut_text = sentence.substr(0, cut);
  while (!cut_text.empty() && (cut_text.back() == ',' || cut_text.back() == ' ')) cut_text.pop_back();
  return cut_text + "\xE2\x80\xA6";
}

}  // namespace

// The contract: "first sentences of the introduction (\"\" if none)". The
// role's or the company's prose is not an introduction; standing in for
// one, it made a summary of whatever came first.
std::string Summarize(const std::vector<Section>& sections) {
  const Section* source = FirstWithText(sections, SectionKind::kIntro);
  if (!source) return "";
  std::string summary;
  int taken = 0;
  for (const std::string& sentence : textkit::SplitProseSentences(source->text)) {
    if (taken == kSummarySentences) break;
    if (taken == 0 && sentence.size() > kSummaryBudget) return CutAtWord(sentence);
    if (summary.size() + 1 + sentence.size() > kSummaryBudget) break;
    summary += (summary.empty() ? "" : " ") + sentence;
    ++taken;
  }
  return summary;
}

std::string CompanyDetails(const std::vector<Section>& sections) {
  std::string details;
  const auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!details.empty()) details += "\n\n";
    details += part;
  };
  for (const Section& section : sections) {
    if (section.kind != SectionKind::kAboutCompany) continue;
    add(section.text);
    std::string items;
    for (const std::string& item : section.items) items += (items.empty() ? "" : "\n") + item;
    add(items);
  }
  return details;
}

}  // namespace jobpipe::sections
