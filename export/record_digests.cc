#include "export/record_digests.h"

#include <vector>

#include "export/posting_parts.h"

namespace jobpipe::record {
namespace {

constexpr std::string_view kDigestLineEnd = "-->";

bool IsDigest(std::string_view value) {
  if (value.size() != 16) return false;
  for (char c : value) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string_view Trim(std::string_view line) {
  std::size_t b = line.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return line.substr(b, line.find_last_not_of(" \t") - b + 1);
}

// "name=value name=value" between the prefix and "-->".
PartDigests ReadPairs(std::string_view pairs) {
  PartDigests digests;
  while (!pairs.empty()) {
    std::size_t space = pairs.find(' ');
    std::string_view pair = pairs.substr(0, space);
    pairs = space == std::string_view::npos ? std::string_view() : pairs.substr(space + 1);
    std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos) continue;
    std::string_view name = pair.substr(0, eq);
    std::string_view value = pair.substr(eq + 1);
    for (std::string_view known : kPostingPartNames) {
      if (name == known && IsDigest(value)) digests[std::string(name)] = std::string(value);
    }
  }
  return digests;
}

}  // namespace

std::string PartDigest(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return hex;
}

std::string DigestLine(const PartDigests& digests) {
  std::string line(kDigestLinePrefix);
  for (std::string_view name : kPostingPartNames) {
    auto it = digests.find(name);
    if (it != digests.end()) line += " " + std::string(name) + "=" + it->second;
  }
  return line + " " + std::string(kDigestLineEnd);
}

PartDigests DigestsOf(std::string_view record) {
  PartDigests digests;
  for (const PostingPart& part : FindPostingParts(record)) {
    digests[std::string(part.name)] = PartDigest(part.text);
  }
  return digests;
}

std::optional<FoundDigests> FindDigests(std::string_view record) {
  std::vector<std::string_view> lines = RecordLines(record);
  for (std::size_t i = lines.size(); i-- > 0;) {
    std::string_view line = Trim(lines[i]);
    if (line.substr(0, kDigestLinePrefix.size()) != kDigestLinePrefix) continue;
    std::string_view rest = line.substr(kDigestLinePrefix.size());
    if (!rest.empty() && rest.front() != ' ') continue;  // "v10" is not "v1"
    if (rest.size() < kDigestLineEnd.size() ||
        rest.substr(rest.size() - kDigestLineEnd.size()) != kDigestLineEnd) {
      continue;
    }
    rest.remove_suffix(kDigestLineEnd.size());
    return FoundDigests{i, ReadPairs(Trim(rest))};
  }
  return std::nullopt;
}

}  // namespace jobpipe::record
