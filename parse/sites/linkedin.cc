#include "parse/sites/linkedin.h"

#include <re2/re2.h>

#include <cctype>
#include <vector>

#include "parse/html/text_folding.h"
#include "parse/jsonld/values.h"

namespace jobpipe::sites {
namespace {

std::optional<std::string> TextOfClass(const html::Dom& dom, std::string_view token, int begin = 0, int end = -1) {
  const int node = dom.FindByClass(token, begin, end);
  if (node < 0) return std::nullopt;
  return html::NonEmpty(dom.TextContent(node));
}

// A phrase as LinkedIn writes it (in some languages) and what it means.
struct Phrase {
  std::string_view written, meaning;
};

// The meaning of the first phrase found in `text`.
template <std::size_t N>
std::optional<std::string> FirstMeaning(std::string_view text, const Phrase (&phrases)[N]) {
  const std::string lowered = html::AsciiLowered(text);
  for (const Phrase& phrase : phrases) {
    if (lowered.find(phrase.written) != std::string::npos) return std::string(phrase.meaning);
  }
  return std::nullopt;
}

// The criteria values LinkedIn shows, also in other languages.
std::optional<std::string> EmploymentTypeFromLinkedIn(std::string_view text) {
  static constexpr Phrase kTypes[] = {
      {"full-time", "full_time"},   {"tempo pieno", "full_time"},  {"vollzeit", "full_time"},
      {"temps plein", "full_time"}, {"jornada completa", "full_time"}, {"tempo integral", "full_time"},
      {"part-time", "part_time"},   {"teilzeit", "part_time"},     {"temps partiel", "part_time"},
      {"contract", "contract"},     {"contratto", "contract"},     {"befristet", "temporary"},
      {"temporary", "temporary"},   {"internship", "internship"},  {"praktikum", "internship"},
      {"stage", "internship"},      {"volunteer", "volunteer"},    {"other", "other"},
  };
  if (auto type = FirstMeaning(text, kTypes)) return type;
  return jsonld::EmploymentTypeFrom(text);
}

struct Criterion {
  std::string label;
  std::string value;
};

std::vector<Criterion> ReadCriteria(const html::Dom& dom) {
  std::vector<Criterion> criteria;
  const int list = dom.FindByClass("description__job-criteria-list");
  if (list < 0) return criteria;
  for (int i = list + 1; i < dom.nodes[list].subtree_end; ++i) {
    if (!dom.HasClass(i, "description__job-criteria-item")) continue;
    const int end = dom.nodes[i].subtree_end;
    Criterion criterion;
    criterion.label = TextOfClass(dom, "description__job-criteria-subheader", i, end).value_or("");
    criterion.value = TextOfClass(dom, "description__job-criteria-text", i, end).value_or("");
    criteria.push_back(std::move(criterion));
    i = end - 1;
  }
  return criteria;
}

void ApplyCriteria(const std::vector<Criterion>& criteria, Facts& facts) {
  for (std::size_t index = 0; index < criteria.size(); ++index) {
    const std::string label = html::AsciiLowered(criteria[index].label);
    const std::string& value = criteria[index].value;
    // English labels name the criterion; other languages keep LinkedIn's
    // fixed order: seniority, employment type, job function, industries.
    const bool english = label.find("level") != std::string::npos || label.find("type") != std::string::npos ||
                         label.find("function") != std::string::npos || label.find("industr") != std::string::npos;
    const std::size_t slot = english ? (label.find("level") != std::string::npos      ? 0
                                        : label.find("type") != std::string::npos     ? 1
                                        : label.find("function") != std::string::npos ? 2
                                                                                      : 3)
                                     : index;
    if (slot == 0) facts.seniority = SeniorityFromLinkedIn(value);
    if (slot == 1) facts.employment_type = EmploymentTypeFromLinkedIn(value);
    if (slot == 2) facts.department = html::NonEmpty(value);
  }
}

std::optional<std::string> CompanyUrl(const html::Dom& dom) {
  const int link = dom.FindByClass("topcard__org-name-link");
  if (link < 0) return std::nullopt;
  const auto href = dom.Attr(link, "href");
  if (!href || href->rfind("http", 0) != 0) return std::nullopt;
  return std::string(href->substr(0, href->find('?')));  // drop the ?trk= tracking
}

}  // namespace

bool IsLinkedInJobPage(const html::Dom& dom) {
  return dom.FindByClass("top-card-layout__title") >= 0 || dom.FindByClass("topcard__title") >= 0 ||
         dom.FindByClass("description__job-criteria-list") >= 0;
}

Facts LinkedInFacts(const html::Dom& dom) {
  Facts facts;
  facts.title = TextOfClass(dom, "top-card-layout__title");
  if (!facts.title) facts.title = TextOfClass(dom, "topcard__title");
  facts.company = TextOfClass(dom, "topcard__org-name-link");
  facts.company_url = CompanyUrl(dom);
  // The first bullet of the card is the location; later ones count applicants.
  for (int i = dom.FindByClass("topcard__flavor--bullet"); i >= 0;
       i = dom.FindByClass("topcard__flavor--bullet", i + 1)) {
    if (dom.HasClass(i, "num-applicants__caption")) continue;
    facts.location = html::NonEmpty(dom.TextContent(i));
    break;
  }
  facts.posted_ago =
      TextOfClass(dom, "posted-time-ago__text");  // "2 days ago": no date on the card
  ApplyCriteria(ReadCriteria(dom), facts);
  return facts;
}

std::optional<std::string> LinkedInJobId(std::string_view url) {
  // The guest API path names the job on any host (loopback test servers
  // serve the same path); other shapes only on linkedin.com.
  static const RE2 kJobId(
      R"((?:jobs-guest/jobs/api/jobPosting/|linkedin\.com/.*(?:jobs/view/(?:[^/?]*-)?|currentJobId=))(\d{6,}))");
  if (!kJobId.ok()) return std::nullopt;
  std::string id;
  if (!RE2::PartialMatch(url, kJobId, &id)) return std::nullopt;
  return id;
}

std::optional<std::string> SeniorityFromLinkedIn(std::string_view text) {
  static constexpr Phrase kLevels[] = {
      {"internship", "internship"}, {"stage", "internship"},      {"praktikum", "internship"},
      {"tirocinio", "internship"},  {"entry", "entry"},           {"einstieg", "entry"},
      {"premier emploi", "entry"},  {"neolaureato", "entry"},     {"sin experiencia", "entry"},
      {"associate", "associate"},   {"mid-senior", "mid_senior"}, {"intermedio", "mid_senior"},
      {"confirmé", "mid_senior"},   {"director", "director"},     {"direttore", "director"},
      {"directeur", "director"},    {"executive", "executive"},   {"dirigente", "executive"},
      {"cadre", "executive"},
  };
  return FirstMeaning(text, kLevels);
}

}  // namespace jobpipe::sites
