#include "normalize/facts/text_lines.h"

#include <re2/re2.h>

#include <unordered_map>

#include "core/byte_scan.h"
#include "core/text/ascii.h"
#include "core/text/emoji.h"
#include "core/text/utf8.h"

namespace jobpipe::facts {

namespace {

// Pictographs postings decorate lines with ("💰 65k", "📍 Berlin", "✅")
// carry no fact, and left in they would end up in titles and places.
std::string RemoveDecoration(std::string_view text) {
  // No ASCII is decorative: most lines come back as they are.
  if (text.find('`') == std::string_view::npos && IsAscii(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // no ASCII is decorative
      size_t end = i;  // the run of ASCII other than '`', copied at once
      while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80 && text[end] != '`') ++end;
      out.append(text.data() + i, end - i);
      i = end < text.size() && text[end] == '`' ? end + 1 : end;
      continue;
    }
    const textkit::CodePoint code = textkit::DecodeAt(text, i);
    if (textkit::IsPictograph(code.value)) {
      out += ' ';
    } else {
      out.append(text.substr(i, code.length));
    }
    i += code.length;
  }
  return out;
}

bool Has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The first characters CleanLine's leading-marker pattern can match.
bool MayStartWithMarker(std::string_view text) {
  return (!text.empty() && std::string_view("#-*+>_").find(text[0]) != std::string_view::npos) ||
         text.starts_with("\xE2\x80\xA2") || text.starts_with("\xC2\xB7");  // • and ·
}

bool MayEndWithMarker(std::string_view text) {
  return !text.empty() && std::string_view("*_#").find(text.back()) != std::string_view::npos;
}

// Two characters in a row that RE2's \s matches.
bool HasSpaceRun(std::string_view text) {
  auto is_re2_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; };
  for (size_t i = 1; i < text.size(); ++i) {
    if (is_re2_space(text[i]) && is_re2_space(text[i - 1])) return true;
  }
  return false;
}

}  // namespace

std::string_view TrimView(std::string_view text) {
  constexpr std::string_view kNbsp = "\xC2\xA0";
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    while (!text.empty() && textkit::IsAsciiSpace(text.front())) text.remove_prefix(1), changed = true;
    while (!text.empty() && textkit::IsAsciiSpace(text.back())) text.remove_suffix(1), changed = true;
    if (text.substr(0, 2) == kNbsp) text.remove_prefix(2), changed = true;
    if (text.size() >= 2 && text.substr(text.size() - 2) == kNbsp) text.remove_suffix(2), changed = true;
  }
  return text;
}

std::vector<std::string_view> SplitLineViews(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = TrimView(text.substr(start, end - start));
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string Trim(std::string_view text) { return std::string(TrimView(text)); }

std::vector<std::string> SplitLines(std::string_view text) {
  const std::vector<std::string_view> views = SplitLineViews(text);
  return std::vector<std::string>(views.begin(), views.end());
}

std::string CleanLine(std::string_view line) {
  static const RE2 kLink(R"(!?\[([^\]]*)\]\([^)]*\))");
  static const RE2 kEmphasis(R"(\*\*|__)");
  static const RE2 kLeadingMarker(R"(^(?:#{1,6}\s*|[-*+•·>]\s+|_+)+)");
  static const RE2 kTrailingMarker(R"((?:\s*[*_#]+)+$)");
  static const RE2 kSpaces(R"(\s{2,})");
  // Each pattern runs only when the character it needs is there: most
  // lines of a long posting have no markup at all.
  std::string text = RemoveDecoration(line);
  if (Has(text, "[") && kLink.ok()) RE2::GlobalReplace(&text, kLink, R"(\1)");
  if ((Has(text, "**") || Has(text, "__")) && kEmphasis.ok()) RE2::GlobalReplace(&text, kEmphasis, "");
  text = Trim(text);
  if (MayStartWithMarker(text) && kLeadingMarker.ok()) RE2::Replace(&text, kLeadingMarker, "");
  if (MayEndWithMarker(text) && kTrailingMarker.ok()) RE2::Replace(&text, kTrailingMarker, "");
  if (HasSpaceRun(text) && kSpaces.ok()) RE2::GlobalReplace(&text, kSpaces, " ");
  return Trim(text);
}

std::vector<TextLine> CollectLines(const ParsedDocument& parsed,
                                   const std::vector<Section>& sections) {
  std::vector<TextLine> lines;
  // Each raw line's cleaned text, by the raw line: a section's items and
  // text are mostly its blocks' lines again, cleaned once. (Views into
  // `parsed` and `sections`, which outlive the map.)
  std::unordered_map<std::string_view, std::string> cleaned;
  const auto clean = [&cleaned](std::string_view raw) -> const std::string& {
    auto found = cleaned.find(raw);
    if (found == cleaned.end()) found = cleaned.emplace(raw, CleanLine(raw)).first;
    return found->second;
  };
  auto add = [&](std::string_view raw, LineOrigin origin, SectionKind kind) {
    for (std::string_view piece : SplitLineViews(raw)) {
      const std::string& text = clean(piece);
      if (!text.empty()) lines.push_back(TextLine{text, origin, kind});
    }
  };
  for (const std::string& line : parsed.header_lines) add(line, LineOrigin::kHeader, SectionKind::kIntro);
  std::vector<TextLine> section_lines;
  for (const Section& section : sections) {
    std::swap(lines, section_lines);
    if (section.heading) add(*section.heading, LineOrigin::kHeading, section.kind);
    add(section.text, LineOrigin::kProse, section.kind);
    for (const std::string& item : section.items) add(item, LineOrigin::kItem, section.kind);
    std::swap(lines, section_lines);
  }
  if (parsed.blocks.empty()) {
    lines.insert(lines.end(), section_lines.begin(), section_lines.end());
    return lines;
  }
  // The blocks in their order (sections may leave a block out, such as a
  // company name set as a heading under "Company:"), each with the kind of
  // the section that holds it, else the kind of the block before.
  // Views into section_lines, which outlives the map.
  std::unordered_map<std::string_view, SectionKind> kind_of;
  for (const TextLine& line : section_lines) kind_of.emplace(line.text, line.kind);
  SectionKind kind = SectionKind::kIntro;
  for (const Block& block : parsed.blocks) {
    LineOrigin origin = block.type == BlockType::kHeading    ? LineOrigin::kHeading
                        : block.type == BlockType::kListItem ? LineOrigin::kItem
                                                             : LineOrigin::kProse;
    for (std::string_view piece : SplitLineViews(block.text)) {
      const std::string& text = clean(piece);
      if (text.empty()) continue;
      if (auto found = kind_of.find(text); found != kind_of.end()) kind = found->second;
      lines.push_back(TextLine{text, origin, kind});
    }
  }
  return lines;
}

bool IsMetadataLine(std::string_view text) {
  constexpr std::size_t kLongestLabel = 24;
  const std::size_t colon = text.find(": ");
  return colon != std::string_view::npos && colon > 0 && colon <= kLongestLabel &&
         text.substr(0, colon).find(' ') == std::string_view::npos;
}

}  // namespace jobpipe::facts
