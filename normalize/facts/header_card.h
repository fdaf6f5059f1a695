// A posting's header card: the lines a paste or a markdown page starts
// with ("Engineering Manager", "Canonical · London, UK (Hybrid)",
// "Full-time · Mid-Senior level", "`💰 65k-95k USD` `🌎 UK`").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/posting.h"

namespace jobpipe::facts {

struct HeaderCard {
  std::optional<std::string> title;
  std::optional<std::string> company;
  std::optional<std::string> location;
  std::optional<std::string> workplace;
  std::optional<std::string> employment_type;
  std::optional<std::string> seniority;
  std::optional<std::string> department;  // a team line (Lever), not the company
  std::optional<std::string> date_posted;
  std::optional<std::string> posted_ago;  // "Reposted 1 week ago": normalize counts it back
  std::optional<Salary> salary;
};

/// The header lines a posting starts with: parse's header_lines, else the
/// leading short headings and lines of the blocks (a markdown page's
/// "# Title", "### Company", "#### Place") up to the first section heading
/// or sentence. `from_blocks` says which.
std::vector<std::string> HeaderLinesOf(const ParsedDocument& parsed, bool* from_blocks);

/// Reads the card: each line split into parts (" · ", " | ", backtick
/// badges), site chrome dropped ("Apply", "Over 100 applicants", "2 weeks
/// ago", URL slugs), each part classified. The title is the first
/// unclassified part (one with a role word first, when another precedes it,
/// as LinkedIn puts the company first); the company the next short name.
/// `strict_company` (header guessed from blocks) accepts a company only
/// beside a place or right under the title and not heading-like.
HeaderCard ReadHeaderCard(const std::vector<std::string>& lines, bool strict_company);

/// Whether a short line reads as a section heading ("Quick Summary", "About
/// the role", "Your profile") rather than a name.
bool LooksLikeSectionHeading(const std::string& line);

}  // namespace jobpipe::facts
