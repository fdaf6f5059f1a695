// ParseText: pasted text, plain or markdown, to blocks.
//
//   front matter (front_matter.h)      -> facts, list sections
//   script elements (scripts.h)   -> removed; JSON-LD read as facts
//   HTML line breaks and entities      -> plain lines
//   lines classified (lines.h)    -> blank / rule / heading / item / text
//   application form (application_form.h)     -> dropped
//   header card (header_card.h)   -> header_lines, facts.url
//   markdown links (links.h)      -> facts.apply_url
//   blocks (blocks.h)             -> headings, paragraphs, items,
//                                         run-together lists split
#include <re2/re2.h>

#include <string>

#include "parse/jsonld/extract.h"
#include "parse/jsonld/job_posting.h"
#include "parse/text/application_form.h"
#include "parse/text/blocks.h"
#include "parse/text/front_matter.h"
#include "parse/text/header_card.h"
#include "parse/text/inline_markup.h"
#include "parse/text/lines.h"
#include "parse/text/links.h"
#include "parse/text/scripts.h"
#include "parse/text/text_parser.h"
#include "parse/text/utf8.h"

namespace jobpipe {
namespace {

// HTML that slipped into pasted text: block tags and <br> are line breaks,
// <li> a list marker. Other tags are removed later, inline.
std::string HtmlBreaksToLines(std::string text) {
  if (text.find('<') == std::string::npos) return text;
  static const RE2 line_break(
      R"((?i)<br\s*/?>|</?(?:p|div|ul|ol|h[1-6]|tr|table|section)(?:\s[^<>\n]{0,200})?>)");
  static const RE2 list_item(R"((?i)<li(?:\s[^<>\n]{0,200})?>)");
  static const RE2 list_item_end(R"((?i)</li>)");
  if (line_break.ok()) RE2::GlobalReplace(&text, line_break, "\n");
  if (list_item.ok()) RE2::GlobalReplace(&text, list_item, "\n- ");
  if (list_item_end.ok()) RE2::GlobalReplace(&text, list_item_end, "\n");
  return text;
}

// UI chrome lines read as blank; a trailing "…see more" is cut off.
void DropUiChrome(std::vector<text::Line>& lines) {
  for (text::Line& line : lines) {
    if (line.in_code ||
        (line.kind != text::LineKind::kText && line.kind != text::LineKind::kItem)) {
      continue;
    }
    const std::string_view text = text::WithoutSeeMore(line.text);
    if (text.size() != line.text.size()) {
      line.text = text;
      if (line.kind == text::LineKind::kText) line.clean = text::StripInlineMarkup(line.text);
    }
    if (line.kind == text::LineKind::kText && text::IsUiChrome(line.clean)) {
      line.kind = text::LineKind::kBlank;
    }
  }
}

// The facts of the first JobPosting among a markdown page's JSON-LD
// scripts. The markdown body stays the posting's text: it is what the
// page shows, the JSON-LD description often only a summary of it.
Facts JsonLdFacts(const std::vector<std::string>& scripts, std::vector<std::string>& warnings) {
  std::vector<jsonld::Json> postings;
  for (std::size_t i = 0; i < scripts.size(); ++i) {
    const std::string where = "JSON-LD script " + std::to_string(i + 1);
    for (const jsonld::Json& value : jsonld::ParseLenient(scripts[i], where, warnings)) {
      jsonld::CollectJobPostings(value, postings);
    }
  }
  if (postings.empty()) return {};
  try {
    return jsonld::ReadJobPosting(postings.front(), warnings).facts;
  } catch (const std::exception& error) {  // a field of an unexpected type
    warnings.push_back(std::string("JSON-LD JobPosting could not be read: ") + error.what());
    return {};
  }
}

}  // namespace

}  // namespace jobpipe

namespace jobpipe::text {

ParsedDocument ParsePaste(const Document& document) {
  ParsedDocument parsed;
  parsed.source = document.source;
  parsed.warnings = document.warnings;

  const text::FrontMatter matter = text::ExtractFrontMatter(document.body);
  parsed.warnings.insert(parsed.warnings.end(), matter.warnings.begin(), matter.warnings.end());
  std::string_view rest = std::string_view(document.body).substr(matter.body_offset);
  // A page that keeps the posting in its front matter's block text and has
  // (almost) no body of its own.
  constexpr std::size_t kNoBody = 80;
  if (text::Trim(rest).size() < kNoBody && matter.block_text.size() > kNoBody) rest = matter.block_text;
  text::CutScripts scripts = text::CutScriptElements(std::string(rest));
  const std::string body = HtmlBreaksToLines(std::move(scripts.text));

  std::vector<text::Line> lines = text::ClassifyLines(body);
  DropUiChrome(lines);
  text::DropApplicationForm(lines);
  text::HeaderCard card = text::ExtractHeaderCard(lines, 0);
  parsed.header_lines = std::move(card.lines);
  parsed.blocks = text::BuildBlocks(lines, card.body_start);
  parsed.blocks.insert(parsed.blocks.end(), matter.blocks.begin(), matter.blocks.end());

  // Facts the front matter states win over the card's URL line.
  FillMissingFacts(parsed.facts, matter.facts);
  if (!scripts.json_ld.empty()) FillMissingFacts(parsed.facts, JsonLdFacts(scripts.json_ld, parsed.warnings));
  if (!parsed.facts.url && card.url) parsed.facts.url = card.url;
  if (!parsed.facts.apply_url) parsed.facts.apply_url = text::FindApplyLink(body);
  return parsed;
}

}  // namespace jobpipe::text
