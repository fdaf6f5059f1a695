#include "normalize/facts/url.h"

#include <re2/re2.h>

#include <array>

#include "core/text/ascii.h"
#include "core/text/regex_fold.h"
#include "normalize/facts/facts.h"

namespace jobpipe::facts {
namespace {

struct UrlParts {
  std::string scheme;  // lowered
  std::string host;    // lowered, with any port
  std::string path;
  std::string query;  // without '?'
};

std::optional<UrlParts> SplitUrl(std::string_view url) {
  static const RE2 kUrl(R"((?i)(https?)://([^/?#\s]+)([^?#\s]*)(?:\?([^#\s]*))?(?:#\S*)?)");
  UrlParts parts;
  if (!kUrl.ok() || !RE2::FullMatch(url, kUrl, &parts.scheme, &parts.host, &parts.path, &parts.query)) {
    return std::nullopt;
  }
  parts.scheme = textkit::AsciiLower(parts.scheme);
  parts.host = textkit::AsciiLower(parts.host);
  return parts;
}

bool IsLinkedInHost(std::string_view host) {
  return host == "linkedin.com" ||
         (host.size() > 13 && host.substr(host.size() - 13) == ".linkedin.com");
}

// The job id of a LinkedIn URL: ?currentJobId=N (search, collections,
// recommendations) or /jobs/view/N, /jobs/view/some-title-N.
std::optional<std::string> LinkedInJobId(const UrlParts& parts) {
  static const RE2 kCurrentJobId(R"((?:^|&)currentJobId=(\d+))");
  static const RE2 kViewPath(R"((?i)/jobs/view/(?:[^/]*?-)?(\d+)(?:/.*)?)");
  std::string id;
  if (kCurrentJobId.ok() && RE2::PartialMatch(parts.query, kCurrentJobId, &id)) return id;
  if (kViewPath.ok() && RE2::PartialMatch(parts.path, kViewPath, &id)) return id;
  return std::nullopt;
}

// Parameters that only say how the visitor arrived. Anything else is kept:
// boards put the job in the query (gh_jid, jk, jobId, id).
bool IsTrackingParameter(std::string_view name) {
  static constexpr std::array<std::string_view, 30> kTracking = {
      "gclid",      "gclsrc",   "dclid",       "fbclid",     "msclkid",      "yclid",
      "igshid",     "mc_cid",   "mc_eid",      "_hsenc",     "_hsmi",        "trk",
      "trkinfo",    "refid",    "trackingid",  "ref",        "ref_src",      "referrer",
      "src",        "source",   "gh_src",      "lever-source", "lever-origin", "si",
      "originalsubdomain", "ebp", "recommendedflavor", "lipi", "sid", "campaign"};
  std::string lower = textkit::AsciiLower(name);
  if (lower.rfind("utm_", 0) == 0) return true;
  for (std::string_view tracking : kTracking) {
    if (lower == tracking) return true;
  }
  return lower.rfind("lever-source", 0) == 0;  // lever-source[]
}

std::string WithoutTracking(std::string_view query) {
  std::string kept;
  size_t start = 0;
  while (start <= query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    std::string_view parameter = query.substr(start, end - start);
    std::string_view name = parameter.substr(0, parameter.find('='));
    if (!parameter.empty() && !IsTrackingParameter(name)) {
      if (!kept.empty()) kept += '&';
      kept += parameter;
    }
    start = end + 1;
  }
  return kept;
}

// "scheme:" at the start: an absolute URL (RFC 3986 scheme characters).
bool HasScheme(std::string_view url) {
  static const RE2 kScheme(R"([A-Za-z][A-Za-z0-9+.\-]*:.*)");
  return kScheme.ok() && RE2::FullMatch(url, kScheme);
}

}  // namespace

std::optional<std::string> ResolvePostingUrl(std::string_view url, const Source& page) {
  std::string text = Trim(url);
  if (IsHttpUrl(text)) return text;
  if (text.empty() || HasScheme(text)) return std::nullopt;
  const std::string base = IsHttpUrl(page.fetched_url) ? page.fetched_url : Trim(page.name);
  std::optional<UrlParts> parts = SplitUrl(base);
  if (!parts) return std::nullopt;
  const std::string origin = parts->scheme + "://" + parts->host;
  std::string resolved;
  if (text.rfind("//", 0) == 0) {
    resolved = parts->scheme + ":" + text;
  } else if (text[0] == '/') {
    resolved = origin + text;
  } else if (text[0] == '?') {
    resolved = origin + parts->path + text;
  } else if (text[0] == '#') {
    resolved = base;
  } else {
    // "jobs/123": beside the page, in its folder.
    resolved = origin + parts->path.substr(0, parts->path.rfind('/') + 1);
    if (resolved.back() != '/') resolved += '/';
    resolved += text;
  }
  if (!IsHttpUrl(resolved)) return std::nullopt;
  return resolved;
}

std::string CanonicalPostingUrl(const std::string& url) {
  std::string trimmed = Trim(url);
  std::optional<UrlParts> parts = SplitUrl(trimmed);
  if (!parts) return trimmed;
  if (IsLinkedInHost(parts->host)) {
    if (auto id = LinkedInJobId(*parts)) return "https://www.linkedin.com/jobs/view/" + *id + "/";
  }
  std::string canonical = parts->scheme + "://" + parts->host + parts->path;
  std::string query = WithoutTracking(parts->query);
  if (!query.empty()) canonical += "?" + query;
  // The result must be canonical already (a record's URL, read back, names
  // the same posting): with the query gone or cut down, a host or a query
  // ending in a no-break space ends the URL, and the next call would trim
  // it. So it is trimmed, and canonicalised again when that changed it
  // ("x?<nbsp>&" -> "x?" -> "x"); each round is shorter, so it ends.
  std::string trimmed_result = Trim(canonical);
  if (trimmed_result != canonical) return CanonicalPostingUrl(trimmed_result);
  return canonical;
}

bool IsHttpUrl(std::string_view text) {
  static const RE2 kUrl(R"((?i)https?://[^\s/?#]+\S*)");
  return kUrl.ok() && RE2::FullMatch(text, kUrl);
}

std::optional<std::string> FindPostingUrl(const ParsedDocument& parsed) {
  for (const std::string& line : parsed.header_lines) {
    std::string text = Trim(line);
    if (IsHttpUrl(text)) return CanonicalPostingUrl(text);
  }
  std::string name = Trim(parsed.source.name);
  if (IsHttpUrl(name)) return CanonicalPostingUrl(name);
  return std::nullopt;
}

std::optional<std::string> FindApplyUrl(const std::vector<TextLine>& lines) {
  for (const TextLine& line : lines) {
    // Most lines hold no URL and need not compile nor run the pattern (nor
    // be case-folded: "://" has no case).
    if (line.text.find("://") == std::string::npos || !textkit::ContainsAnyFolded(line.text, {"http://", "https://"})) continue;
    // The verb, a few words ("at", "here:", "online via"), then the URL.
    static const RE2 kApply(
        R"((?i)(?:^|\W)(?:apply|applications?|bewerb\w*|postule[rz]?|candidate[rz]?|candidatura|aplica[r]?|post[uú]late|solicitud)\W(?:[^\s]+\s+){0,6}?[:\s]*<?(https?://[^\s<>"')\]]+))");
    std::string url;
    if (kApply.ok() && RE2::PartialMatch(line.text, kApply, &url)) {
      while (!url.empty() && (url.back() == '.' || url.back() == ',' || url.back() == ';')) url.pop_back();
      return CanonicalPostingUrl(url);
    }
  }
  return std::nullopt;
}

}  // namespace jobpipe::facts
