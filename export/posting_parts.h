// Where a record holds the parts jobpipe writes from the posting (Company,
// Position, Job Description, Company Details and the Notes' key skills),
// found in the record's text as it is now, perhaps edited by the user.
// Each part has a comparable text: its non-blank lines trimmed, each
// ended by "\n", so line ends (CRLF, LF), a byte order mark, indentation
// and blank lines do not count as a change. The digests (record_digests.h)
// and `jobpipe check`/`update` compare parts by this text.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace jobpipe::record {

/// The parts' names, in the order they are written, as `check`, `update`
/// and the digest line name them.
inline constexpr std::array<std::string_view, 5> kPostingPartNames = {
    "company", "position", "job_description", "company_details", "skills"};

struct PostingPart {
  std::string_view name;
  bool found = false;  // false: the record lacks it (its heading or lead line)
  /// Lines [first_line, end_line) hold it (line numbers from 0, lines split
  /// at '\n'): a heading's body up to the next "# " or "## " heading, or the
  /// "  - " items after "- Key skills to emphasize:".
  std::size_t first_line = 0;
  std::size_t end_line = 0;
  std::string text;  // comparable text ("" when not found)
};

/// The five parts, in kPostingPartNames order.
std::vector<PostingPart> FindPostingParts(std::string_view record);

/// The text's lines split at '\n', without a trailing '\r' and without the
/// byte order mark on the first (a final line end starts no further line).
std::vector<std::string_view> RecordLines(std::string_view record);

}  // namespace jobpipe::record
