#include "parse/sites/app_state.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "parse/html/raw_text.h"
#include "parse/html/text_folding.h"
#include "parse/jsonld/job_posting.h"
#include "parse/jsonld/json_depth.h"
#include "parse/text/utf8.h"

namespace jobpipe::sites {
namespace {

using jsonld::Json;
using jsonld::Member;
using jsonld::TextOf;

// A description shorter than this is a teaser or a card, not a posting.
constexpr std::size_t kMinDescription = 200;
// A "title" longer than this is prose, not a job title or a company name.
constexpr std::size_t kMaxName = 150;
// How far below the posting object its own fields may sit (a `details`
// object holding the sections, a `highlights` object holding the address).
constexpr int kFieldDepth = 2;
// How far up the company may sit beside the posting (`props.company` next
// to `props.job`).
constexpr int kCompanyLevelsUp = 3;

constexpr std::array<std::string_view, 4> kTitleKeys = {"jobTitle", "positionTitle", "title",
                                                        "position"};
constexpr std::array<std::string_view, 7> kCompanyKeys = {
    "companyName", "employerName", "hiringOrganization", "company",
    "employer",    "organization", "organizationName"};
constexpr std::array<std::string_view, 6> kLocationKeys = {
    "location", "locations", "jobLocation", "address", "locationName", "city"};
constexpr std::array<std::string_view, 4> kSectionTitleKeys = {"title", "heading", "name", "label"};
constexpr std::array<std::string_view, 5> kSectionBodyKeys = {"content", "body", "text", "html",
                                                              "description"};
constexpr std::array<std::string_view, 5> kDateKeys = {
    "datePosted", "firstPublishDate", "publishDate", "publishedDate", "publishedAt"};
constexpr std::array<std::string_view, 2> kTypeKeys = {"employmentType", "jobType"};

// A short one-line string member (a title, a name), or nullopt.
std::optional<std::string> NameAt(const Json& object, std::string_view key) {
  const Json* value = Member(object, key);
  if (value == nullptr || !value->is_string()) return std::nullopt;
  const std::string& text = value->get_ref<const std::string&>();
  if (text.size() > kMaxName || text.find('<') != std::string::npos) return std::nullopt;
  return html::NonEmpty(TextOf(*value));
}

template <std::size_t N>
std::optional<std::string> FirstName(const Json& object,
                                     const std::array<std::string_view, N>& keys) {
  for (std::string_view key : keys) {
    if (auto name = NameAt(object, key)) return name;
  }
  return std::nullopt;
}

std::string EscapeHtml(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

// Section text as HTML: markup kept, plain text escaped with its line breaks.
std::string AsHtml(std::string_view text) {
  if (text.find('<') != std::string_view::npos) return std::string(text);
  std::string html = "<p>";
  for (char c : EscapeHtml(text)) html += c == '\n' ? std::string("<br>") : std::string(1, c);
  return html + "</p>";
}

// The longest string member naming this object's own description
// (description, descriptionHtml, jobDescription; not companyDescription).
std::string OwnDescription(const Json& object) {
  const std::string* best = nullptr;
  for (const auto& item : object.items()) {
    if (!item.value().is_string()) continue;
    const std::string key = html::AsciiLowered(item.key());
    if (key.find("description") == std::string::npos || key.find("company") != std::string::npos ||
        key.find("employer") != std::string::npos) {
      continue;
    }
    const std::string& text = item.value().get_ref<const std::string&>();
    if (best == nullptr || text.size() > best->size()) best = &text;
  }
  return best == nullptr ? "" : *best;
}

// A list of titled sections ([{title, content}, ...]) as one HTML text, or
// "" when the list is anything else.
std::string SectionsHtml(const Json& list) {
  std::string html;
  for (const Json& section : list) {
    if (!section.is_object()) return "";
    const Json* body = nullptr;
    for (std::string_view key : kSectionBodyKeys) {
      if (const Json* value = Member(section, key); value && value->is_string()) {
        body = value;
        break;
      }
    }
    if (body == nullptr) return "";
    if (auto title = FirstName(section, kSectionTitleKeys))
      html += "<h2>" + EscapeHtml(*title) + "</h2>";
    html += AsHtml(body->get_ref<const std::string&>());
  }
  return html;
}

// Calls `visit(value, depth)` for `object` and every object below it, at
// most `max_depth` levels down, breadth first (nearer fields win).
template <typename Visit>
void ForEachObjectBelow(const Json& object, int max_depth, Visit visit) {
  std::vector<std::pair<const Json*, int>> queue = {{&object, 0}};
  for (std::size_t next = 0; next < queue.size(); ++next) {
    const auto [value, depth] = queue[next];
    if (value->is_object() && visit(*value)) return;
    if (depth == max_depth || !value->is_structured()) continue;
    for (const Json& child : *value) {
      if (child.is_structured()) queue.push_back({&child, depth + 1});
    }
  }
}

// Benefits that job APIs keep in a field of their own (`benefits`,
// `additionalBenefits`): a list, or one comma-separated line, as a list.
std::string BenefitsHtml(const Json& object) {
  std::vector<std::string> items;
  ForEachObjectBelow(object, kFieldDepth, [&](const Json& inner) {
    for (const auto& item : inner.items()) {
      if (html::AsciiLowered(item.key()).find("benefit") == std::string::npos) continue;
      if (item.value().is_array()) {
        for (const Json& entry : item.value()) {
          if (entry.is_string()) items.push_back(TextOf(entry));
        }
      } else if (item.value().is_string() &&
                 item.value().get_ref<const std::string&>().find('.') == std::string::npos) {
        const std::string line = TextOf(item.value());
        for (std::size_t start = 0; start < line.size();) {
          const std::size_t comma = std::min(line.find(',', start), line.size());
          items.push_back(
              std::string(text::Trim(std::string_view(line).substr(start, comma - start))));
          start = comma + 1;
        }
      }
    }
    return !items.empty();
  });
  std::string html;
  for (const std::string& item : items) {
    if (!item.empty()) html += "<li>" + EscapeHtml(item) + "</li>";
  }
  return html.empty() ? "" : "<h2>Benefits</h2><ul>" + html + "</ul>";
}

// The object's description: its own field, else the longest list of
// titled sections below it; then its benefits field when it has one.
std::string Description(const Json& object) {
  std::string best = OwnDescription(object);
  if (best.empty()) {
    ForEachObjectBelow(object, kFieldDepth, [&](const Json& inner) {
      for (const Json& member : inner) {
        if (!member.is_array() || member.empty()) continue;
        std::string sections = SectionsHtml(member);
        if (sections.size() > best.size()) best = std::move(sections);
      }
      return false;
    });
  }
  // Unless the description already lists them.
  if (std::string benefits = BenefitsHtml(object); !best.empty() && !benefits.empty()) {
    const std::size_t first_item = benefits.find("<li>") + 4;
    const std::string first = benefits.substr(first_item, benefits.find("</li>") - first_item);
    if (best.find(first) == std::string::npos) best += benefits;
  }
  return best;
}

std::optional<std::string> CompanyIn(const Json& value) {
  if (value.is_object()) return NameAt(value, "name");
  return value.is_string() && value.get_ref<const std::string&>().size() <= kMaxName
             ? html::NonEmpty(TextOf(value))
             : std::nullopt;
}

std::optional<std::string> PlaceIn(const Json& value) {
  if (!value.is_array()) return html::NonEmpty(jsonld::ReadPlace(value));
  std::string places;
  for (const Json& place : value) {
    const std::string text = jsonld::ReadPlace(place);
    if (text.empty() || places.find(text) != std::string::npos) continue;
    places += (places.empty() ? "" : "; ") + text;
  }
  return html::NonEmpty(places);
}

// The first usable value of the first key, searched below `object`.
template <std::size_t N, typename Read>
std::optional<std::string> FindBelow(const Json& object,
                                     const std::array<std::string_view, N>& keys, Read read) {
  for (std::string_view key : keys) {
    std::optional<std::string> found;
    ForEachObjectBelow(object, kFieldDepth, [&](const Json& inner) {
      if (const Json* value = Member(inner, key)) found = read(*value);
      return found.has_value();
    });
    if (found) return found;
  }
  return std::nullopt;
}

// One JSON node and the index of its parent in the walk.
struct Visited {
  const Json* value;
  int parent;
};

Facts FactsOf(const std::vector<Visited>& nodes, int index, const std::string& title) {
  const Json& posting = *nodes[index].value;
  Facts facts;
  facts.title = title;
  facts.company = FindBelow(posting, kCompanyKeys, CompanyIn);
  for (int up = nodes[index].parent, level = 0;
       !facts.company && up >= 0 && level < kCompanyLevelsUp; up = nodes[up].parent, ++level) {
    if (!nodes[up].value->is_object()) continue;
    for (std::string_view key : kCompanyKeys) {
      const Json* value = Member(*nodes[up].value, key);
      if (value != nullptr && value != &posting && (facts.company = CompanyIn(*value))) break;
    }
  }
  facts.location = FindBelow(posting, kLocationKeys, PlaceIn);
  for (std::string_view key : kDateKeys) {
    if (facts.date_posted) break;
    if (const Json* value = Member(posting, key))
      facts.date_posted = jsonld::IsoDate(TextOf(*value));
  }
  for (std::string_view key : kTypeKeys) {
    if (facts.employment_type) break;
    if (const Json* value = Member(posting, key))
      facts.employment_type = jsonld::EmploymentTypeFrom(TextOf(*value));
  }
  return facts;
}

}  // namespace

std::optional<AppStatePosting> PostingInAppState(const Json& state) {
  std::vector<Visited> nodes = {{&state, -1}};
  int best = -1;
  std::string best_title;
  std::string best_description;
  for (std::size_t i = 0; i < nodes.size(); ++i) {  // grows while it is walked
    const Json& value = *nodes[i].value;
    if (value.is_object()) {
      if (auto title = FirstName(value, kTitleKeys)) {
        std::string description = Description(value);
        if (description.size() >= kMinDescription && description.size() > best_description.size()) {
          best = static_cast<int>(i);
          best_title = std::move(*title);
          best_description = std::move(description);
        }
      }
    }
    if (!value.is_structured()) continue;
    for (const Json& child : value) {
      if (child.is_structured()) nodes.push_back({&child, static_cast<int>(i)});
    }
  }
  if (best < 0) return std::nullopt;
  return AppStatePosting{FactsOf(nodes, best, best_title), std::move(best_description)};
}

std::optional<AppStatePosting> AppStatePostingInPage(const html::Dom& dom) {
  std::optional<AppStatePosting> best;
  auto consider = [&](std::string_view text) {
    const Json state = jsonld::ParseJsonBounded(text);
    if (state.is_discarded()) return;
    std::optional<AppStatePosting> posting = PostingInAppState(state);
    if (posting && (!best || posting->description_html.size() > best->description_html.size())) {
      best = std::move(posting);
    }
  };
  for (int i = 0; i < static_cast<int>(dom.nodes.size()); ++i) {
    if (!dom.IsElement(i)) continue;
    if (auto page = dom.Attr(i, "data-page")) consider(*page);  // Inertia
    if (dom.nodes[i].tag != html::Tag::kScript) continue;
    const auto type = dom.Attr(i, "type");
    if (!type || !html::IsJsonScriptType(*type) ||
        html::AsciiLowered(*type).find("ld+json") != std::string::npos)
      continue;
    std::string text;
    for (int child = i + 1; child < dom.nodes[i].subtree_end; ++child) {
      if (dom.nodes[child].tag == html::Tag::kText) text.append(dom.Text(child));
    }
    consider(text);
  }
  return best;
}

}  // namespace jobpipe::sites
