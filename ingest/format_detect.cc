#include "ingest/format_detect.h"

#include <array>
#include <cctype>
#include <nlohmann/json.hpp>

#include "core/text/ascii.h"
#include "core/text/whitespace.h"

namespace jobpipe {
namespace {

// Tags whose presence in numbers means markup, not prose that happens to
// contain a '<' ("<5 years", "a <-> b").
constexpr std::array<std::string_view, 32> kCommonTags = {
    "a",      "b",     "br",   "div",  "em",   "h1",      "h2",      "h3",
    "h4",     "h5",    "h6",   "i",    "li",   "ol",      "p",       "span",
    "strong", "table", "td",   "tr",   "ul",   "section", "article", "header",
    "footer", "nav",   "main", "body", "head", "meta",    "script",  "link"};

// At least this many common tags, and at least one per this many bytes.
constexpr int kMinTags = 4;
constexpr std::size_t kBytesPerTag = 400;
constexpr std::size_t kSniffBytes = 64 * 1024;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// Counts "<tag" and "</tag" openings of common HTML tags.
int CountCommonTags(std::string_view text) {
  int count = 0;
  for (std::size_t pos = text.find('<'); pos != std::string_view::npos;
       pos = text.find('<', pos + 1)) {
    std::size_t start = pos + 1;
    if (start < text.size() && text[start] == '/') ++start;
    std::size_t end = start;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    if (end == start || end >= text.size()) continue;
    char after = text[end];
    if (after != '>' && after != '/' && !std::isspace(static_cast<unsigned char>(after))) continue;
    std::string name = textkit::AsciiLower(text.substr(start, end - start));
    for (auto tag : kCommonTags) {
      if (name == tag) {
        ++count;
        break;
      }
    }
  }
  return count;
}

}  // namespace

bool IsJsonObject(std::string_view text) {
  std::string_view trimmed = textkit::Trim(text, textkit::Spaces::kAscii);
  if (trimmed.empty()) return false;
  // An object, or a list of them (a scraper's export).
  const bool object = trimmed.front() == '{' && trimmed.back() == '}';
  const bool list = trimmed.front() == '[' && trimmed.back() == ']' && trimmed.find('{') != std::string_view::npos;
  if (!object && !list) return false;
  return nlohmann::json::accept(trimmed);  // no exceptions: a plain yes/no
}

bool LooksLikeHtml(std::string_view text) {
  std::string head = textkit::AsciiLower(textkit::TrimStart(text, textkit::Spaces::kAscii).substr(0, 1024));
  if (head.rfind("<!doctype html", 0) == 0) return true;
  // "<html" after a leading comment or XML prolog (saved pages often start
  // with "<!-- saved from url=... -->").
  if (!head.empty() && head.front() == '<' && head.find("<html") != std::string::npos) return true;
  // Markdown with front matter is text, whatever HTML it holds inside
  // ("<strong>Votre mission</strong>" lines, an embedded script): its line
  // breaks and "- " items are its structure, which an HTML reading loses.
  if (head.rfind("---", 0) == 0 || head.rfind("+++", 0) == 0) return false;
  std::string_view sample = text.substr(0, kSniffBytes);
  int tags = CountCommonTags(sample);
  return tags >= kMinTags && static_cast<std::size_t>(tags) * kBytesPerTag >= sample.size();
}

std::string DetectFormat(std::string_view text, std::string_view name) {
  if (IsJsonObject(text)) return "json";
  if (LooksLikeHtml(text)) return "html";
  std::string lower_name = textkit::AsciiLower(name);
  for (std::string_view extension : {".html", ".htm", ".xhtml"}) {
    if (EndsWith(lower_name, extension)) return "html";
  }
  return "text";
}

std::string FormatFromContentType(std::string_view content_type) {
  std::string type = textkit::AsciiLower(textkit::Trim(content_type.substr(0, content_type.find(';')), textkit::Spaces::kAscii));
  if (type == "text/html" || type == "application/xhtml+xml") return "html";
  if (type == "application/json" || EndsWith(type, "+json")) return "json";
  if (type == "text/plain") return "text";
  return "";
}

}  // namespace jobpipe
