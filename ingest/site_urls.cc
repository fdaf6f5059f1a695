#include "ingest/site_urls.h"

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

#include "core/text/ascii.h"

namespace jobpipe {
namespace {

/// The parts of an absolute URL the adapters look at.
struct UrlParts {
  std::string host;   // lower case, no port or user info
  std::string path;   // "/..." or ""
  std::string query;  // after '?', before '#'
};

std::optional<UrlParts> SplitUrl(std::string_view url) {
  auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find('#'));
  auto authority_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, authority_end);
  rest = authority_end == std::string_view::npos ? "" : rest.substr(authority_end);
  if (auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);
  authority = authority.substr(0, authority.find(':'));
  UrlParts parts;
  parts.host = textkit::AsciiLower(authority);
  auto query_start = rest.find('?');
  parts.path = std::string(rest.substr(0, query_start));
  if (query_start != std::string_view::npos)
    parts.query = std::string(rest.substr(query_start + 1));
  return parts;
}

std::vector<std::string> PathSegments(const std::string& path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

std::string QueryParam(const std::string& query, std::string_view name) {
  std::size_t start = 0;
  while (start < query.size()) {
    std::size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    std::string_view pair(query.data() + start, end - start);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name &&
        pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    start = end + 1;
  }
  return "";
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

/// "senior-engineer-at-acme-3900000001" or "3900000001" -> "3900000001".
std::string TrailingNumber(const std::string& segment) {
  std::size_t start = segment.size();
  while (start > 0 && std::isdigit(static_cast<unsigned char>(segment[start - 1]))) --start;
  if (start == segment.size() || (start > 0 && segment[start - 1] != '-')) return "";
  return segment.substr(start);
}

bool IsLeverId(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

bool HostIs(const std::string& host, std::string_view domain) {
  return host == domain || (host.size() > domain.size() &&
                            host.compare(host.size() - domain.size(), domain.size(), domain) == 0 &&
                            host[host.size() - domain.size() - 1] == '.');
}

// A board or company name copied into an API path: letters, digits, '-',
// '_' and '.', not "." or "..". Anything else (%2F, "..", NUL, a scheme's
// ':') could lead the request elsewhere on the API host (issue 11); such a
// URL is read as a plain page instead.
bool IsSafeName(std::string_view s) {
  if (s.empty() || s.size() > 100 || s == "." || s == "..") return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') return false;
  }
  return true;
}

std::string Base(const std::map<std::string, std::string>& bases, const std::string& site,
                 const std::string& real) {
  auto it = bases.find(site);
  std::string base = it == bases.end() ? real : it->second;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

std::string LinkedInJobId(const UrlParts& url) {
  auto segments = PathSegments(url.path);
  for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
    const std::string& next = segments[i + 1];
    if (segments[i] == "view" && i > 0 && segments[i - 1] == "jobs") {  // /jobs/view/<slug-N>
      if (std::string id = TrailingNumber(next); !id.empty()) return id;
    }
    if (segments[i] == "jobPosting" && AllDigits(next)) return next;  // the guest API itself
  }
  std::string current = QueryParam(url.query, "currentJobId");
  return AllDigits(current) ? current : "";
}

}  // namespace

SiteTarget RewriteForSite(const std::string& url,
                          const std::map<std::string, std::string>& adapter_bases) {
  auto parts = SplitUrl(url);
  if (!parts) return {url, ""};
  auto segments = PathSegments(parts->path);

  if (HostIs(parts->host, "linkedin.com")) {
    std::string id = LinkedInJobId(*parts);
    if (!id.empty()) {
      return {Base(adapter_bases, "linkedin", "https://www.linkedin.com") +
                  "/jobs-guest/jobs/api/jobPosting/" + id,
              "linkedin"};
    }
  }

  if (HostIs(parts->host, "greenhouse.io") && parts->host.find("boards") != std::string::npos) {
    std::string board, id;
    if (segments.size() >= 3 && segments[1] == "jobs" && AllDigits(segments[2])) {
      board = segments[0];
      id = segments[2];
    } else if (!segments.empty() && segments[0] == "embed") {  // embed/job_app?for=B&token=ID
      board = QueryParam(parts->query, "for");
      id = QueryParam(parts->query, "token");
    }
    if (IsSafeName(board) && AllDigits(id)) {
      bool eu = parts->host.find(".eu.") != std::string::npos;
      std::string real =
          eu ? "https://boards-api.eu.greenhouse.io" : "https://boards-api.greenhouse.io";
      return {Base(adapter_bases, "greenhouse", real) + "/v1/boards/" + board + "/jobs/" + id,
              "greenhouse"};
    }
  }

  if ((parts->host == "jobs.lever.co" || parts->host == "jobs.eu.lever.co") &&
      segments.size() >= 2 && IsSafeName(segments[0]) && IsLeverId(segments[1])) {
    std::string real =
        parts->host == "jobs.eu.lever.co" ? "https://api.eu.lever.co" : "https://api.lever.co";
    return {Base(adapter_bases, "lever", real) + "/v0/postings/" + segments[0] + "/" + segments[1],
            "lever"};
  }
  return {url, ""};
}

}  // namespace jobpipe
