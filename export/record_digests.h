// The record's digest line: what jobpipe wrote in each posting part
// (posting_parts.h), so that `jobpipe update` can tell a part nobody
// touched (it may be refreshed) from one the user edited (it is theirs).
// It is the record's last line when jobpipe writes it, an HTML comment, so
// it is invisible in rendered markdown:
//
//   <!-- jobpipe:digests v1 company=8c2f0e4a1b3d5f67 position=... job_description=...
//        company_details=... skills=... -->        (one line)
//
// Each digest is FNV-1a 64 (offset basis 0xcbf29ce484222325, prime
// 0x100000001b3) of the part's comparable text, as 16 lowercase hex digits.
// Not a security measure: it only has to notice a person's edit.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace jobpipe::record {

/// Part name -> 16 hex digits.
using PartDigests = std::map<std::string, std::string, std::less<>>;

inline constexpr std::string_view kDigestLinePrefix = "<!-- jobpipe:digests v1";

/// FNV-1a 64 of `text` as 16 lowercase hex digits.
std::string PartDigest(std::string_view text);

/// The digest line (without a line end) for `digests`, in the parts' order;
/// parts without a digest are left out.
std::string DigestLine(const PartDigests& digests);

/// Every part's digest of `record` as it is now.
PartDigests DigestsOf(std::string_view record);

struct FoundDigests {
  std::size_t line = 0;  // its line number (as in posting_parts.h)
  PartDigests digests;   // those with a well-formed value
};

/// The record's last v1 digest line, if it has one.
std::optional<FoundDigests> FindDigests(std::string_view record);

}  // namespace jobpipe::record
