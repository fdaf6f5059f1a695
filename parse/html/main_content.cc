#include "parse/html/main_content.h"

#include <array>
#include <string_view>

#include "parse/html/visibility.h"

namespace jobpipe::html {
namespace {

enum class Match { kClass, kId, kAttribute };

struct Marker {
  Match match;
  std::string_view name;   // attribute name for kAttribute
  std::string_view value;  // class token, id, or attribute value
  bool all;                // read every match (sites that split sections)
};

// Most specific first: the first marker that matches a subtree with prose wins.
// Checked (2026-11-23) against public scrapers' selectors, since pages of
// these sites are not in the project: StepStone's data-at="job-ad-content"
// is the description container in several independent scrapers; Ashby's
// ashby-job-posting-description appears in a few selector lists but was not
// seen on a real page; for Personio and Teamtailor no container class could
// be confirmed. Ashby, Personio and Teamtailor job pages carry a JSON-LD
// JobPosting (read before any marker), so these markers are only fallbacks.
constexpr std::array<Marker, 22> kMarkers = {{
    {Match::kClass, "", "show-more-less-html__markup", false},          // LinkedIn guest page
    {Match::kClass, "", "description__text", false},                   // LinkedIn
    {Match::kClass, "", "jobs-description__content", false},           // LinkedIn logged in
    {Match::kClass, "", "job__description", false},                    // Greenhouse job-boards
    {Match::kAttribute, "data-qa", "job-description", false},          // Lever
    {Match::kAttribute, "data-automation-id", "jobPostingDescription", false},  // Workday
    {Match::kId, "", "jobDescriptionText", false},                     // Indeed
    {Match::kAttribute, "data-automation", "jobAdDetails", false},     // SEEK
    {Match::kAttribute, "data-ui", "job-description", false},          // Workable
    {Match::kClass, "", "job-sections", false},                        // SmartRecruiters
    {Match::kClass, "", "ashby-job-posting-description", false},       // Ashby (unconfirmed)
    {Match::kClass, "", "job-posting-description", false},
    {Match::kClass, "", "job-description", false},                     // many sites' own pages
    {Match::kClass, "", "job-details-description", false},
    {Match::kAttribute, "data-at", "job-ad-content", false},           // StepStone (confirmed)
    {Match::kClass, "", "listing-content", false},                     // StepStone's older layout (unconfirmed)
    {Match::kAttribute, "itemprop", "description", false},             // schema.org microdata
    {Match::kId, "", "job-description", false},
    {Match::kId, "", "jobDescription", false},
    {Match::kClass, "", "jobDescription", false},
    {Match::kId, "", "content", false},                                // Greenhouse classic
    {Match::kClass, "", "posting-page", false},                        // Lever hosted page
}};

bool Matches(const Dom& dom, int node, const Marker& marker) {
  switch (marker.match) {
    case Match::kClass:
      return dom.HasClass(node, marker.value);
    case Match::kId: {
      const auto id = dom.Attr(node, "id");
      return id && *id == marker.value;
    }
    case Match::kAttribute: {
      const auto value = dom.Attr(node, marker.name);
      return value && *value == marker.value;
    }
  }
  return false;
}

// Whether a node lies inside a skipped subtree (a hidden template copy, a
// "similar jobs" card with its own description...).
bool InsideSkipped(const Dom& dom, int node) {
  for (int i = dom.nodes[node].parent; i > 0; i = dom.nodes[i].parent) {
    if (IsSkipped(dom, i)) return true;
  }
  return false;
}

constexpr std::size_t kMinimumProse = 80;

// The share of its parent's prose (percent) a child needs for the density
// search to step into it. High, so that a heading beside a long list stays.
constexpr std::size_t kDescendShare = 85;

// Only generic containers are stepped into: a list, paragraph or table is
// already content, and stepping into it would lose the heading above it.
bool IsContainer(Tag tag) {
  switch (tag) {
    case Tag::kDiv: case Tag::kSection: case Tag::kArticle: case Tag::kMain: case Tag::kCenter:
    case Tag::kTable: case Tag::kTbody: case Tag::kTr: case Tag::kTd: case Tag::kOther:
      return true;
    default:
      return false;
  }
}

// Prose lengths of every subtree under `root` (indexed from root), bottom-up
// in one reverse pass: the flat pre-order layout puts children after
// parents. Skipped subtrees and link text count zero, so link lists and
// furniture do not attract the choice.
std::vector<std::size_t> ProseLengths(const Dom& dom, int root) {
  const int end = dom.nodes[root].subtree_end;
  const std::size_t size = static_cast<std::size_t>(end - root);
  std::vector<std::size_t> prose(size, 0);
  std::vector<char> skipped(size, 0);
  for (int i = root + 1; i < end; ++i) {
    const int parent = dom.nodes[i].parent;
    const Tag tag = dom.nodes[i].tag;
    skipped[i - root] = skipped[parent - root] || tag == Tag::kA || IsSkipped(dom, i);
  }
  for (int i = end - 1; i >= root; --i) {
    if (skipped[i - root]) continue;
    if (dom.nodes[i].tag == Tag::kText) {
      for (char c : dom.Text(i)) prose[i - root] += static_cast<unsigned char>(c) > ' ';
    }
    if (i != root) prose[dom.nodes[i].parent - root] += prose[i - root];
  }
  return prose;
}

}  // namespace

std::size_t ProseLength(const Dom& dom, int root) {
  if (root < 0) return 0;
  return ProseLengths(dom, root)[0];
}

MainContent FindKnownContainer(const Dom& dom) {
  const int count = static_cast<int>(dom.nodes.size());
  for (const Marker& marker : kMarkers) {
    MainContent found;
    for (int i = 0; i < count; ++i) {
      if (!dom.IsElement(i) || !Matches(dom, i, marker)) continue;
      if (IsSkipped(dom, i) || InsideSkipped(dom, i)) continue;
      if (ProseLength(dom, i) < kMinimumProse) continue;
      found.roots.push_back(i);
      if (!marker.all) break;
      i = dom.nodes[i].subtree_end - 1;  // nested matches are inside this one
    }
    if (!found.roots.empty()) {
      found.found_by = std::string(marker.value);
      return found;
    }
  }
  return {};
}

MainContent FindByTextDensity(const Dom& dom) {
  int body = dom.FindTag(Tag::kBody);
  if (body < 0) body = 0;
  const std::vector<std::size_t> prose_from_body = ProseLengths(dom, body);
  const auto prose = [&](int node) { return prose_from_body[node - body]; };
  // Descend while one child holds nearly all of the prose: the result is the
  // tightest element around the posting, leaving out the cookie text, link
  // lists and sidebars that sit beside it.
  int current = body;
  for (;;) {
    int best = -1;
    for (int child = current + 1; child < dom.nodes[current].subtree_end;
         child = dom.nodes[child].subtree_end) {
      if (!IsContainer(dom.nodes[child].tag)) continue;
      if (best < 0 || prose(child) > prose(best)) best = child;
    }
    if (best < 0 || prose(best) * 100 < prose(current) * kDescendShare) break;
    current = best;
  }
  return MainContent{{current}, "text density"};
}

MainContent FindMainContent(const Dom& dom) {
  MainContent known = FindKnownContainer(dom);
  if (!known.roots.empty()) return known;
  return FindByTextDensity(dom);
}

}  // namespace jobpipe::html
