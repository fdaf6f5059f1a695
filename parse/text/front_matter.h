// Front matter at the top of a markdown posting:
//   ---            +++                  title: Senior Engineer
//   title: X       title = "X"          company: Acme
//   ---            +++                  (blank line)
// YAML between "---" lines, TOML between "+++" lines, or a bare header of
// two or more "key: value" / key = "value" lines whose keys are all fact
// keys (below), ended by a blank line.
// Known keys set facts as the strings written (normalize interprets them):
//   title/position/role -> title, company/organization/employer -> company,
//   location/city -> location, salary/compensation/pay -> salary.text,
//   date/date_posted/created_at... -> date_posted (only when ISO),
//   closing_date/deadline/valid_through -> valid_through (only when ISO),
//   url/link/job_url -> url, apply/apply_url/application_url -> apply_url,
//   department/team -> department.
// List values (benefits = ["a", "b"]) become a heading (the key, humanised:
// "b_benefits" -> "Benefits") followed by list items; metadata lists (tags,
// categories, ...) and every other key are dropped. Front matter never
// reaches the body's blocks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/posting.h"

namespace jobpipe::text {

struct FrontMatter {
  bool found = false;
  std::size_t body_offset = 0;  // byte offset where the body starts
  Facts facts;
  std::vector<Block> blocks;  // a heading and items per list value
  /// The block scalars ("text: >-", "body: |") at any depth, their lines
  /// as written, joined by blank lines: the posting itself when a page
  /// keeps it in its front matter and has no body of its own.
  std::string block_text;
  std::vector<std::string> warnings;
};

FrontMatter ExtractFrontMatter(std::string_view body);

/// "b_benefits" -> "Benefits", "a_job_type" -> "Job type".
std::string HumanizeKey(std::string_view key);

}  // namespace jobpipe::text
