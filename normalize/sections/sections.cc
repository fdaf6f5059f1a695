#include "normalize/sections/sections.h"

#include "normalize/sections/draft.h"

namespace jobpipe::sections {
namespace {

Section Finish(SectionDraft draft) {
  Section section = std::move(draft.section);
  section.text.clear();
  for (const std::string& paragraph : draft.paragraphs) {
    if (!section.text.empty()) section.text += "\n\n";
    section.text += paragraph;
  }
  return section;
}

}  // namespace

// Headings (and heading-like lines) give kinds first; content decides only
// where no heading did; prose is split by sentence last, and only towards
// kinds the posting has no section for, so a well-structured posting keeps
// its introduction whole.
std::vector<Section> BuildSections(const std::vector<Block>& blocks, std::vector<std::string>* warnings) {
  return BuildSections(blocks, warnings, SectionOptions{});
}

std::vector<Section> BuildSections(const std::vector<Block>& blocks, std::vector<std::string>* warnings,
                                   const SectionOptions& options) {
  std::vector<SectionDraft> drafts = GroupBlocks(blocks);
  ClassifyLists(&drafts);
  ParagraphsToItems(&drafts);
  if (options.split_nice_to_have_items) SplitPreferredItems(&drafts);
  ResponsibilityProseToIntro(&drafts);
  if (options.sort_prose_in_structured_postings || IsProsePosting(drafts)) {
    CompanyParagraphsOutOfIntro(&drafts);
    ExtractProseSentences(&drafts);
  }
  std::vector<Section> sections;
  bool any_heading = false;
  for (SectionDraft& draft : drafts) {
    if (draft.paragraphs.empty() && draft.section.items.empty()) continue;
    any_heading = any_heading || draft.section.heading.has_value();
    sections.push_back(Finish(std::move(draft)));
  }
  if (warnings && !sections.empty() && !any_heading) {
    warnings->push_back("no section headings found: section kinds were guessed from the text");
  }
  return sections;
}

}  // namespace jobpipe::sections
