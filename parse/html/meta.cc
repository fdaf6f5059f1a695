#include "parse/html/meta.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/text/ascii.h"
#include "core/text/words.h"
#include "parse/html/text_folding.h"
#include "parse/html/visibility.h"

namespace jobpipe::html {
namespace {

// Names of job boards and ATSs that appear as the last part of a title or
// as og:site_name; they are never the hiring company.
constexpr std::array<std::string_view, 22> kBoardNames = {
    "linkedin", "indeed", "glassdoor", "seek", "greenhouse", "lever", "workday", "workable",
    "ashby", "smartrecruiters", "personio", "teamtailor", "stepstone", "monster", "ziprecruiter",
    "xing", "welcome to the jungle", "jobs", "careers", "job board", "y combinator", "work at a startup",
};

bool IsBoardName(std::string_view text) {
  const std::string lowered = textkit::AsciiLower(text);
  for (std::string_view board : kBoardNames) {
    if (lowered == board) return true;
    if (board == "jobs" || board == "careers") continue;  // "Acme Careers" is Acme
    if (std::count(lowered.begin(), lowered.end(), ' ') > 3) continue;  // a sentence, not a name
    const std::string prefix = std::string(board) + " ";  // "LinkedIn Jobs"
    std::string suffix(1, ' ');  // "Jobs on LinkedIn"
    suffix += board;
    if (lowered.rfind(prefix, 0) == 0) return true;
    if (lowered.size() > suffix.size() &&
        lowered.compare(lowered.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return true;
    }
  }
  return false;
}

// "Careers at Acme", "Acme Careers", "Acme Jobs" -> "Acme".
std::string CompanyFromSiteName(std::string text) {
  static const RE2 kCareers(R"((?i)^(?:careers|jobs|karriere|emplois?)\s+(?:at|bei|chez)\s+|\s+(?:careers|jobs|karriere)$)");
  if (kCareers.ok()) RE2::GlobalReplace(&text, kCareers, "");
  if (text.empty() || IsBoardName(text)) return "";
  return text;
}

std::optional<std::string> MetaContent(const Dom& dom, std::string_view key) {
  for (int i = 0; i < static_cast<int>(dom.nodes.size()); ++i) {
    if (dom.nodes[i].tag != Tag::kMeta) continue;
    const auto property = dom.Attr(i, "property");
    const auto name = dom.Attr(i, "name");
    if ((property && *property == key) || (name && *name == key)) {
      if (auto content = dom.Attr(i, "content")) return NonEmpty(Folded(*content));
    }
  }
  return std::nullopt;
}

std::optional<std::string> CanonicalUrl(const Dom& dom) {
  for (int i = 0; i < static_cast<int>(dom.nodes.size()); ++i) {
    if (dom.nodes[i].tag != Tag::kLink) continue;
    const auto rel = dom.Attr(i, "rel");
    if (rel && textkit::AsciiLower(*rel) == "canonical") {
      if (auto href = dom.Attr(i, "href"); href && href->rfind("http", 0) == 0) return std::string(*href);
    }
  }
  if (auto og_url = MetaContent(dom, "og:url"); og_url && og_url->rfind("http", 0) == 0) return og_url;
  return std::nullopt;
}

// The first h1 that is not in page furniture (a site header's logo h1).
// A page without one names the job in the first h2 that comes before any
// list: section headings come with their lists, the job's name above them.
std::optional<std::string> FirstVisibleH1(const Dom& dom) {
  std::optional<std::string> h2_before_lists;
  bool list_seen = false;
  for (int i = 0; i < static_cast<int>(dom.nodes.size());) {
    if (IsSkipped(dom, i)) {
      i = dom.nodes[i].subtree_end;
      continue;
    }
    const Tag tag = dom.nodes[i].tag;
    if (tag == Tag::kH1) return NonEmpty(dom.TextContent(i));
    if (tag == Tag::kUl || tag == Tag::kOl || tag == Tag::kLi) list_seen = true;
    // (one word is a page's own heading more often than a job: "Careers")
    if (tag == Tag::kH2 && !list_seen && !h2_before_lists) {
      std::optional<std::string> text = NonEmpty(dom.TextContent(i));
      if (text && text->find(' ') != std::string::npos) h2_before_lists = std::move(text);
    }
    ++i;
  }
  return h2_before_lists;
}

}  // namespace

TitleParts ParsePageTitle(std::string_view page_title) {
  TitleParts parts;
  const std::string text = Folded(page_title);
  if (text.empty()) return parts;
  static const RE2 kLinkedIn(R"(^(.+?) hiring (.+?)(?: in (.+?))? \| LinkedIn$)");
  static const RE2 kApplication(R"(^(?:Job Application for|Apply for) (.+) at (.+)$)");
  std::string company, title, location;
  if (kLinkedIn.ok() && RE2::FullMatch(text, kLinkedIn, &company, &title, &location)) {
    return {NonEmpty(title), NonEmpty(company), NonEmpty(location)};
  }
  if (kApplication.ok() && RE2::FullMatch(text, kApplication, &title, &company)) {
    return {NonEmpty(title), NonEmpty(CompanyFromSiteName(company)), std::nullopt};
  }
  // Sites compose "Title - Company | Site" or "Title | Company"; a bare
  // "Title - Subtitle" is usually all title, so " - " only splits off a
  // company when a site name showed the title was composed.
  std::vector<std::string> pieces;
  for (std::string_view piece : textkit::SplitOn(text, " | ")) pieces.push_back(Folded(piece));
  bool composed = false;
  while (pieces.size() > 1 && IsBoardName(pieces.back())) {
    pieces.pop_back();
    composed = true;
  }
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "}) {
    std::string& last = pieces.back();
    const std::size_t at = last.rfind(dash);
    if (at != std::string::npos && at > 0 && IsBoardName(last.substr(at + dash.size()))) {
      last.resize(at);  // "... Job in Melbourne - SEEK"
      composed = true;
    }
  }
  // "Title at Company" wins over whatever the pipes add ("| Site name").
  if (const std::size_t at = pieces[0].rfind(" at "); at != std::string::npos && at > 0) {
    parts.title = NonEmpty(pieces[0].substr(0, at));
    parts.company = NonEmpty(CompanyFromSiteName(pieces[0].substr(at + 4)));
    return parts;
  }
  if (pieces.size() == 1) {
    // Dashes typed as en/em dashes are separators; a hyphen often is part
    // of the title ("Senior Engineer - Payments").
    std::vector<std::string_view> separators = {" \u2013 ", " \u2014 "};
    if (composed) separators.push_back(" - ");
    for (std::string_view separator : separators) {
      const std::size_t at = pieces[0].rfind(separator);
      if (at == std::string::npos || at == 0) continue;
      std::string tail = pieces[0].substr(at + separator.size());
      pieces[0].resize(at);
      pieces.push_back(std::move(tail));
      break;
    }
  }
  parts.title = NonEmpty(pieces[0]);
  if (pieces.size() == 2) parts.company = NonEmpty(CompanyFromSiteName(pieces[1]));
  return parts;
}

std::optional<std::string> LanguageCode(std::string_view tag) {
  if (tag.size() < 2 || !std::isalpha(static_cast<unsigned char>(tag[0])) ||
      !std::isalpha(static_cast<unsigned char>(tag[1]))) {
    return std::nullopt;
  }
  if (tag.size() > 2 && std::isalpha(static_cast<unsigned char>(tag[2]))) return std::nullopt;
  return textkit::AsciiLower(tag.substr(0, 2));
}

Facts MetaFacts(const Dom& dom) {
  Facts facts;
  if (const int root = dom.FindTag(Tag::kHtml); root >= 0) {
    if (auto lang = dom.Attr(root, "lang")) facts.language = LanguageCode(*lang);
  }
  facts.url = CanonicalUrl(dom);
  TitleParts from_og;
  if (auto og_title = MetaContent(dom, "og:title")) from_og = ParsePageTitle(*og_title);
  TitleParts from_title;
  if (const int title = dom.FindTag(Tag::kTitle); title >= 0) from_title = ParsePageTitle(dom.TextContent(title));
  facts.title = from_og.title ? from_og.title : from_title.title;
  facts.company = from_og.company ? from_og.company : from_title.company;
  facts.location = from_og.location ? from_og.location : from_title.location;
  if (!facts.company) {
    if (auto site_name = MetaContent(dom, "og:site_name")) facts.company = NonEmpty(CompanyFromSiteName(*site_name));
  }
  if (!facts.title) facts.title = FirstVisibleH1(dom);
  return facts;
}

}  // namespace jobpipe::html
