// ParseHtml: one gumbo parse (of the page without its script and style
// bodies, parse/html/raw_text.h), then facts from structured data in order of
// trust (JSON-LD JobPosting, the app state's posting, a site's top card,
// the page head) and blocks from the posting's own container (JSON-LD
// description, a known site container, the densest prose element, or the
// app state's description when the page shows none).
#include <string>
#include <utility>

#include "parse/html/blocks.h"
#include "parse/html/description.h"
#include "parse/html/gumbo_dom.h"
#include "parse/html/html_parser.h"
#include "parse/html/main_content.h"
#include "parse/html/meta.h"
#include "parse/jsonld/extract.h"
#include "parse/jsonld/job_posting.h"
#include "parse/parse.h"
#include "parse/sites/app_state.h"
#include "parse/sites/info_card.h"
#include "parse/sites/linkedin.h"
#include "parse/sites/tenant.h"

namespace jobpipe {
namespace {

// A JSON-LD description is the posting as its publisher wrote it, but some
// sites put a teaser there; the visible container wins when it is clearly
// longer.
constexpr std::size_t kJsonLdShareNeeded = 60;  // percent of the container's text

// The posting in the page's app state (a JSON blob) is read only when the
// visible page's own prose is clearly shorter: the page is then an empty
// shell that the browser fills in from that state.
std::vector<Block> PageBlocks(const html::Dom& dom, const std::vector<Block>& jsonld_blocks,
                              std::vector<Block> app_state_blocks,
                              std::vector<std::string>& warnings) {
  const html::MainContent known = html::FindKnownContainer(dom);
  std::vector<Block> container_blocks;
  for (int root : known.roots) html::AppendBlocks(dom, root, container_blocks);
  if (!jsonld_blocks.empty() &&
      html::TextLength(jsonld_blocks) * 100 >= html::TextLength(container_blocks) * kJsonLdShareNeeded) {
    return jsonld_blocks;
  }
  if (!container_blocks.empty()) {
    if (!jsonld_blocks.empty()) {
      warnings.push_back("JSON-LD description is shorter than the page's; the page's text is used");
    }
    return container_blocks;
  }
  std::vector<Block> blocks;
  for (int root : html::FindByTextDensity(dom).roots) html::AppendBlocks(dom, root, blocks);
  if (!app_state_blocks.empty() &&
      html::TextLength(blocks) * 100 < html::TextLength(app_state_blocks) * kJsonLdShareNeeded) {
    warnings.push_back(
        "posting text read from the page's app state (a JSON blob), not its visible HTML");
    return app_state_blocks;
  }
  return blocks;
}

// LinkedIn's canonical job URL and id, from whichever URL names the job.
void AddLinkedInIdentity(const Source& source, Facts& facts) {
  const std::string canonical = facts.url.value_or("");
  for (const std::string& url : {source.fetched_url, source.name, canonical}) {
    if (auto id = sites::LinkedInJobId(url)) {
      if (!facts.identifier) facts.identifier = *id;
      facts.url = "https://www.linkedin.com/jobs/view/" + *id + "/";
      return;
    }
  }
}

// The employer's account name in an applicant tracking system's URL, as the
// posting's text spells it (parse/sites/tenant.h).
std::optional<std::string> CompanyFromAtsTenant(const Source& source,
                                                const ParsedDocument& parsed) {
  for (const std::string& url : {source.fetched_url, parsed.facts.url.value_or(""), source.name}) {
    const std::optional<std::string> tenant = sites::AtsTenant(url);
    if (!tenant) continue;
    std::string text = parsed.facts.title.value_or("");
    for (const Block& block : parsed.blocks) text.append("\n").append(block.text);
    return sites::TenantAsWritten(*tenant, text);
  }
  return std::nullopt;
}

// Static-site sources (Jekyll, Hugo) are HTML bodies under YAML or TOML
// front matter. Returns the length of the front matter, 0 when there is none.
std::size_t FrontMatterLength(std::string_view body) {
  for (std::string_view fence : {"---", "+++"}) {
    if (body.substr(0, 3) != fence || body.size() < 4 || (body[3] != '\n' && body[3] != '\r')) continue;
    for (std::size_t at = body.find(fence, 4); at != std::string_view::npos; at = body.find(fence, at + 3)) {
      if (body[at - 1] != '\n') continue;
      const std::size_t line_end = body.find('\n', at);
      return line_end == std::string_view::npos ? body.size() : line_end + 1;
    }
  }
  return 0;
}

}  // namespace

}  // namespace jobpipe

namespace jobpipe::html {

ParsedDocument ParsePage(const Document& document) {
  ParsedDocument parsed;
  parsed.source = document.source;
  parsed.warnings = document.warnings;
  std::string_view body = document.body;
  ParsedDocument front_matter;
  if (const std::size_t length = FrontMatterLength(body)) {
    Document header;  // the text parser reads front matter
    header.format = "text";
    header.body = std::string(body.substr(0, length));
    front_matter = ParseText(header);
    body.remove_prefix(length);
  }
  const html::Dom dom = html::BuildPageDom(body);

  std::vector<Block> jsonld_blocks;
  const std::vector<jsonld::Json> postings = jsonld::JobPostingsInPage(dom, parsed.warnings);
  if (!postings.empty()) {
    try {
      jsonld::JobPostingData data = jsonld::ReadJobPosting(postings.front(), parsed.warnings);
      parsed.facts = std::move(data.facts);
      if (!data.description_html.empty()) jsonld_blocks = html::DescriptionBlocks(data.description_html);
    } catch (const std::exception& error) {  // a field of an unexpected type
      parsed.warnings.push_back(std::string("JSON-LD JobPosting could not be read: ") + error.what());
    }
    if (postings.size() > 1) {
      parsed.warnings.push_back(std::to_string(postings.size()) +
                                " JSON-LD JobPosting objects; the first one is used");
    }
  }
  FillMissingFacts(parsed.facts, front_matter.facts);
  std::vector<Block> app_state_blocks;
  if (postings.empty()) {
    if (auto app_state = sites::AppStatePostingInPage(dom)) {
      FillMissingFacts(parsed.facts, app_state->facts);
      app_state_blocks = html::DescriptionBlocks(app_state->description_html);
    }
  }
  if (sites::IsLinkedInJobPage(dom)) FillMissingFacts(parsed.facts, sites::LinkedInFacts(dom));
  FillMissingFacts(parsed.facts, sites::CardFacts(dom));
  FillMissingFacts(parsed.facts, html::MetaFacts(dom));
  AddLinkedInIdentity(document.source, parsed.facts);

  parsed.blocks = std::move(front_matter.blocks);
  for (Block& block : PageBlocks(dom, jsonld_blocks, std::move(app_state_blocks), parsed.warnings))
    parsed.blocks.push_back(std::move(block));
  if (!parsed.facts.company) parsed.facts.company = CompanyFromAtsTenant(document.source, parsed);
  return parsed;
}

}  // namespace jobpipe::html
