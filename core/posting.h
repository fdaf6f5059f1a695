// The data that flows between the stages, as plain structs:
//
//   ingest    -> Document        (UTF-8 text or HTML, where it came from)
//   parse     -> ParsedDocument  (blocks + facts found in structured data)
//   normalize -> Posting         (the JSON contract, ../docs/ and schema/)
//   export    -> std::string     (markdown record, JSON, JSONL line)
//
// Every stage sees this header; no stage sees another stage's internals.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/resume.h"

namespace jobpipe {

enum class SourceType { kText, kHtml, kUrl, kJson };

/// Where a posting came from (JSON `source`).
struct Source {
  SourceType type = SourceType::kText;
  std::string name;         // path, "-" for stdin, or the URL asked for
  std::string fetched_url;  // final URL actually fetched ("" if not fetched)
  long http_status = 0;     // 0 if not fetched
  std::string fetched_at;   // RFC 3339 ("" if not fetched)
};

/// Output of ingest: the raw posting, already valid UTF-8.
struct Document {
  Source source;
  /// What the body is: "text" (plain or pasted), "html", or "json" (an API
  /// answer such as Greenhouse's or Lever's).
  std::string format = "text";
  std::string body;
  std::vector<std::string> warnings;
};

enum class BlockType { kHeading, kParagraph, kListItem };

/// One unit of the posting's visible text, in reading order.
struct Block {
  BlockType type = BlockType::kParagraph;
  std::string text;  // one line, whitespace folded, no list marker
  /// kHeading: 1-6 when known from markup, 0 when guessed from text.
  /// kListItem: nesting depth, 0 for a top-level item.
  int level = 0;
};

/// A salary as written, with what could be read out of it.
struct Salary {
  std::string text;
  std::optional<double> min;
  std::optional<double> max;
  std::optional<std::string> currency;  // ISO 4217
  std::optional<std::string> period;    // hour, day, week, month, year
};

/// The posting's facts (all optional: unknown is nullopt). Parse fills those
/// it finds in structured data (JSON-LD, site cards); normalize fills the
/// rest from the text. Enum-like fields hold the contract's strings.
struct Facts {
  std::optional<std::string> url;
  std::optional<std::string> company;
  std::optional<std::string> company_url;  // hiringOrganization.sameAs
  std::optional<std::string> title;
  std::optional<std::string> location;
  std::optional<std::string> workplace;        // remote, hybrid, onsite
  std::optional<std::string> employment_type;  // full_time, part_time, ...
  std::optional<Salary> salary;
  std::optional<std::string> date_posted;    // YYYY-MM-DD
  /// "2 days ago" as a site's card shows it in place of a date; normalize
  /// counts it back from the run's date into date_posted. Not exported.
  std::optional<std::string> posted_ago;
  std::optional<std::string> valid_through;  // YYYY-MM-DD
  std::optional<std::string> seniority;      // internship, entry, ...
  std::optional<std::string> department;
  std::optional<std::string> apply_url;
  std::optional<std::string> language;  // ISO 639-1
  std::optional<std::string> identifier;
};

/// Output of parse.
struct ParsedDocument {
  Source source;
  std::vector<Block> blocks;
  Facts facts;  // from structured data only; text heuristics come later
  /// Lines before the body proper that pasted text often starts with (URL,
  /// title, company, location lines of a site's header card).
  std::vector<std::string> header_lines;
  std::vector<std::string> warnings;
};

enum class SectionKind {
  kIntro,
  kResponsibilities,
  kRequirements,
  kPreferred,
  kBenefits,
  kAboutCompany,
  kEqualOpportunity,
  kHowToApply,
  kOther,
};

struct Section {
  SectionKind kind = SectionKind::kOther;
  std::optional<std::string> heading;
  std::string text;  // prose, paragraphs joined by a blank line
  std::vector<std::string> items;
};

/// Where a posting asks for a skill (JSON `skill_details`): the kinds of
/// section it was found in and how many times it was named in all.
struct SkillDetail {
  std::string name;  // canonical, as in Posting::skills
  /// In this order, each at most once: "requirements", "preferred",
  /// "responsibilities", "elsewhere" (intro, other sections, headings).
  std::vector<std::string> sections;
  int count = 0;
};

struct Application {
  std::string status = "PENDING";
  std::string date;  // YYYY-MM-DD
};

/// Output of normalize: one posting, as ../shared/JSON_CONTRACT.md defines.
struct Posting {
  static constexpr int kSchemaVersion = 1;
  Source source;
  Facts facts;
  std::string summary;
  std::vector<Section> sections;
  std::string company_details;
  std::vector<std::string> skills;
  std::vector<SkillDetail> skill_details;  // one per skills entry, same order
  Application application;
  std::vector<std::string> warnings;
  /// Set only when a resume was given (--resume): the posting's skills
  /// against the resume's entries. Without one, output is as before.
  std::optional<ResumeMatch> match;
};

/// Copies into `into` every fact it does not know yet: facts found by a
/// more trusted source are never overwritten by a less trusted one.
void FillMissingFacts(Facts& into, const Facts& from);

const char* SourceTypeName(SourceType type);        // "text", "html", ...
const char* SectionKindName(SectionKind kind);      // "intro", ...
std::optional<SectionKind> SectionKindFromName(const std::string& name);
const char* BlockTypeName(BlockType type);          // "heading", ...

/// One-line-per-block dump, text escaped as core/posting_dump.h says (defined there):
///   "H1 Title", "P some text", "L0 item", "L1 nested item".
std::string DebugString(const std::vector<Block>& blocks);

}  // namespace jobpipe
