// Sections while they are being built: the section plus what the builder
// knows about where its kind came from, which later passes need.
#pragma once

#include <string>
#include <vector>

#include "core/posting.h"

namespace jobpipe::sections {

struct SectionDraft {
  Section section;
  std::vector<std::string> paragraphs;  // joined into section.text at the end
  /// The kind was named by a heading (or a heading-like line) rather than
  /// guessed; "other" named explicitly ("Additional information") counts.
  bool kind_named = false;
  /// Named as never job content (values, tech stack): stays "other".
  bool aside = false;
  /// Named by a phrase that names its kind loosely (HeadingMatch::weak).
  bool kind_weak = false;
  /// The line that introduced a headless list ("You will:"), a hint for
  /// classifying the list when no heading named its kind.
  std::string list_lead;
};

/// Groups blocks into drafts: headings (and heading-like lines) start
/// sections, lists after prose in an untyped section start their own.
std::vector<SectionDraft> GroupBlocks(const std::vector<Block>& blocks);

/// Gives untyped lists a kind from their items' content.
void ClassifyLists(std::vector<SectionDraft>* drafts);

/// Moves items marked as nice-to-have ("is a plus", "Preferred ...") out of
/// requirement lists into a preferred section.
void SplitPreferredItems(std::vector<SectionDraft>* drafts);

/// A section of a list kind written as short one-line paragraphs (a page
/// that used line breaks instead of a list): the lines become its items.
void ParagraphsToItems(std::vector<SectionDraft>* drafts);

/// Prose-only "what you'll do" ahead of the real responsibilities list is
/// the role's introduction.
void ResponsibilityProseToIntro(std::vector<SectionDraft>* drafts);

/// Paragraphs of an introduction that only describe the employer ("We
/// help people build great apps.") go to an about-the-company section.
void CompanyParagraphsOutOfIntro(std::vector<SectionDraft>* drafts);

/// In introduction and other prose, sentences that clearly belong to a
/// kind the posting has no section for become a section of that kind.
void ExtractProseSentences(std::vector<SectionDraft>* drafts);

/// True when the posting has neither a responsibilities nor a requirements
/// section: its prose is all there is to read the role from.
bool IsProsePosting(const std::vector<SectionDraft>& drafts);

}  // namespace jobpipe::sections
