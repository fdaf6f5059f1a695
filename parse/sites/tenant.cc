#include "parse/sites/tenant.h"

#include <map>
#include <vector>

#include "core/text/ascii.h"

namespace jobpipe::sites {
namespace {

bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80;
}

// Letters and digits only, ASCII lower-cased: "Harbour Light" -> "harbourlight".
std::string Key(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (!IsWordByte(c)) continue;
    key += textkit::AsciiLower(c);
  }
  return key;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Hosts that name the tenant in their first label, and hosts that name it
// in the first path segment.
constexpr std::string_view kTenantSubdomainHosts[] = {".myworkdayjobs.com", ".jobs.personio.de",
                                                      ".jobs.personio.com", ".teamtailor.com"};
constexpr std::string_view kTenantPathHosts[] = {"boards.greenhouse.io",
                                                 "job-boards.greenhouse.io",
                                                 "boards.eu.greenhouse.io",
                                                 "job-boards.eu.greenhouse.io",
                                                 "jobs.lever.co",
                                                 "jobs.eu.lever.co",
                                                 "jobs.ashbyhq.com",
                                                 "careers.smartrecruiters.com",
                                                 "jobs.smartrecruiters.com",
                                                 "apply.workable.com"};

// An account name: letters, digits, '-' and '_' only.
std::optional<std::string> AccountName(std::string_view name) {
  if (name.empty() || name == "www" || name == "embed") return std::nullopt;
  std::string lowered;
  for (char c : name) {
    if (!IsWordByte(c) && c != '-' && c != '_') return std::nullopt;
    lowered += textkit::AsciiLower(c);
  }
  return lowered;
}

}  // namespace

std::optional<std::string> AtsTenant(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(scheme + 3);
  const std::size_t host_end = rest.find_first_of("/?#");
  std::string host(rest.substr(0, host_end));
  for (char& c : host) c = textkit::AsciiLower(c);
  host = host.substr(0, host.find(':'));
  for (std::string_view suffix : kTenantSubdomainHosts) {
    if (EndsWith(host, suffix)) return AccountName(host.substr(0, host.find('.')));
  }
  if (host_end == std::string_view::npos || rest[host_end] != '/') return std::nullopt;
  for (std::string_view path_host : kTenantPathHosts) {
    if (host != path_host) continue;
    const std::string_view path = rest.substr(host_end + 1);
    return AccountName(path.substr(0, path.find_first_of("/?#")));
  }
  return std::nullopt;
}

std::optional<std::string> TenantAsWritten(std::string_view tenant, std::string_view text) {
  const std::string wanted = Key(tenant);
  if (wanted.empty()) return std::nullopt;
  struct Word {
    std::size_t begin;
    std::size_t end;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < text.size();) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < text.size() && IsWordByte(text[i])) ++i;
    words.push_back({begin, i});
  }
  constexpr std::size_t kMostWords = 3;  // "Harbour Light Games"
  std::map<std::string, int> spellings;
  std::string best;
  for (std::size_t first = 0; first < words.size(); ++first) {
    std::string key;
    for (std::size_t last = first; last < words.size() && last < first + kMostWords; ++last) {
      key += Key(text.substr(words[last].begin, words[last].end - words[last].begin));
      if (key.size() > wanted.size()) break;
      if (key != wanted) continue;
      std::string spelling(text.substr(words[first].begin, words[last].end - words[first].begin));
      const int count = ++spellings[spelling];
      if (best.empty() || count > spellings[best]) best = spelling;
      break;
    }
  }
  if (best.empty()) return std::nullopt;
  return best;
}

}  // namespace jobpipe::sites
