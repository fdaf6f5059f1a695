#include "normalize/facts/fact_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <unordered_map>

#include "core/byte_scan.h"
#include "normalize/match/case_fold.h"

namespace jobpipe::facts {

// Length of the UTF-8 sequence at text[i] and its code point (0xFFFD when
// malformed, length 1), so a bad byte never stops the scan.
int DecodeUtf8(std::string_view text, size_t i, char32_t* out) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    *out = 0xFFFD;
    return 1;
  }
  char32_t code = length == 1 ? c : c & (0xFF >> (length + 1));
  for (int k = 1; k < length; ++k) code = (code << 6) | (text[i + k] & 0x3F);
  *out = code;
  return length;
}

namespace {

// Pictographs postings decorate lines with ("💰 65k", "📍 Berlin", "✅"):
// they carry no fact, and left in they would end up in titles and places.
bool IsDecorativeCodePoint(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || c == 0xFE0F || c == 0x200D || c == 0x20E3;
}

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
    char32_t code = 0;
    int length = DecodeUtf8(text, i, &code);
    if (IsDecorativeCodePoint(code)) {
      out += ' ';
    } else if (text[i] != '`') {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

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
    while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1), changed = true;
    while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1), changed = true;
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

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool ContainsAnyFolded(std::string_view text, std::initializer_list<std::string_view> keywords) {
  return ContainsAnyFolded(text, std::span<const std::string_view>(keywords.begin(), keywords.size()));
}

bool ContainsAnyFolded(std::string_view text, std::span<const std::string_view> keywords) {
  std::string folded;
  if (!Has(text, match::kKelvinSign) && !Has(text, match::kLongS)) {
    folded = AsciiLower(text);  // what the loop below gives, without its per-character calls
  } else {
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
      auto [c, length] = match::FoldedAsciiAt(text, i);
      folded += c;
      i += length;
    }
  }
  for (std::string_view keyword : keywords) {
    if (folded.find(keyword) != std::string::npos) return true;
  }
  return false;
}

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

std::string LabelPattern(std::string_view labels) {
  // The label, optional words in parentheses ("Salary (gross)"), then a colon
  // (French writes " :"), then the value.
  return "(?i)^\\s*(?:" + std::string(labels) + ")(?:\\s*\\([^)]*\\))?\\s*[:：]\\s*(.+)$";
}

namespace {

// Every LabelPattern needs a colon (ASCII or fullwidth): most lines have
// none and need not be matched, nor split into sentences.
bool HasColon(std::string_view text) {
  return text.find(':') != std::string_view::npos ||
         text.find("\xEF\xBC\x9A") != std::string_view::npos;  // U+FF1A
}

}  // namespace

LabelSet::LabelSet(std::string_view labels) : labels_(labels) {
  size_t start = 0;
  while (start <= labels.size()) {
    size_t end = labels.find('|', start);
    if (end == std::string_view::npos) end = labels.size();
    std::string_view label = labels.substr(start, end - start);
    bool ascii = std::all_of(label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    // A label with other letters is only ever matched through the pattern.
    if (ascii && !label.empty()) ascii_labels_.emplace_back(label);
    start = end + 1;
  }
}

bool LabelSet::MayLabel(std::string_view line) const {
  // RE2's \s: the pattern's ^\s* and the \s* before "(" or ":".
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  size_t begin = 0;
  while (begin < line.size() && is_space(line[begin])) ++begin;
  size_t end = begin;
  while (end < line.size() && line[end] != ':' && line[end] != '(' && static_cast<unsigned char>(line[end]) < 0x80) {
    ++end;
  }
  // Other letters (case-folded by RE2 in ways a byte test does not know)
  // or a fullwidth colon: let the pattern decide.
  if (end < line.size() && static_cast<unsigned char>(line[end]) >= 0x80) return true;
  while (end > begin && is_space(line[end - 1])) --end;
  std::string prefix = AsciiLower(line.substr(begin, end - begin));
  return std::find(ascii_labels_.begin(), ascii_labels_.end(), prefix) != ascii_labels_.end();
}

const re2::RE2& LabelSet::Pattern() const {
  std::call_once(compiled_, [this] { pattern_ = std::make_unique<re2::RE2>(LabelPattern(labels_)); });
  return *pattern_;
}

std::optional<std::string> LabelledValue(std::string_view line, const LabelSet& labels) {
  std::string value;
  if (!HasColon(line) || !labels.MayLabel(line)) return std::nullopt;
  const re2::RE2& label_re = labels.Pattern();
  if (!label_re.ok() || !RE2::FullMatch(line, label_re, &value)) return std::nullopt;
  value = Trim(value);
  if (value.empty()) return std::nullopt;
  return value;
}

namespace {

// A two-cell table row, as a markdown table ("| Location | Lisbon |") or a
// copied HTML table or definition list ("Location<TAB>Lisbon") writes it:
// the "Label: value" line it stands for.
std::optional<std::string> TwoCellRowAsLabelled(std::string_view line) {
  const char separator = line.find('\t') != std::string_view::npos ? '\t' : '|';
  if (line.find(separator) == std::string_view::npos) return std::nullopt;
  std::vector<std::string> cells;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find(separator, start);
    if (end == std::string_view::npos) end = line.size();
    std::string cell = Trim(line.substr(start, end - start));
    if (!cell.empty()) cells.push_back(std::move(cell));
    start = end + 1;
  }
  if (cells.size() != 2) return std::nullopt;
  // ("Location:<TAB>Lisbon" has its colon already)
  return cells[0] + (cells[0].back() == ':' ? " " : ": ") + cells[1];
}

}  // namespace

std::optional<std::string> LabelledValueInLine(std::string_view line, const LabelSet& label_re) {
  if (auto row = TwoCellRowAsLabelled(line)) {
    if (auto value = LabelledValue(*row, label_re)) return value;
  }
  if (!HasColon(line)) return std::nullopt;
  if (auto value = LabelledValue(line, label_re)) return value;
  // Pasted lines run together: "... to F1 races! Salary: £45,000".
  std::vector<std::string> sentences = SplitSentences(line);
  for (size_t i = 1; i < sentences.size(); ++i) {
    if (auto value = LabelledValue(sentences[i], label_re)) return value;
  }
  return std::nullopt;
}

std::optional<std::string> FindLabelledValue(const std::vector<TextLine>& lines, const LabelSet& label_re) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (auto value = LabelledValueInLine(lines[i].text, label_re)) return value;
    // "Location" as a heading (or "Location:" alone), the value on the next
    // line. A heading after "Location" is the next section; after
    // "Company:" it is the value set in bold. (Cheapest tests first.)
    bool short_line = lines[i].text.size() < 40;
    bool value_follows = short_line && i + 1 < lines.size() && WordCount(lines[i + 1].text, 12) <= 12 &&
                         (lines[i + 1].origin != LineOrigin::kHeading || lines[i].text.back() == ':');
    bool is_label_only = value_follows && LabelledValue(lines[i].text + ": x", label_re).has_value() &&
                         !LabelledValue(lines[i].text, label_re);
    if (is_label_only) {
      return lines[i + 1].text;
    }
  }
  return std::nullopt;
}

namespace {

// "Acme Inc. is an equal opportunity employer" is one sentence.
bool EndsWithAbbreviation(std::string_view text) {
  size_t start = text.find_last_of(' ');
  std::string_view word = start == std::string_view::npos ? text : text.substr(start + 1);
  for (std::string_view abbreviation : {"Inc.", "Ltd.", "Corp.", "Co.", "S.A.", "e.V.", "B.V.", "N.V.", "e.g.",
                                        "i.e.", "Dr.", "Mr.", "Ms.", "Mrs.", "St.", "vs.", "approx.", "No.",
                                        "p.a.", "z.B.", "bzw.", "ca.", "Sr.", "Jr.", "U.S.", "Ltda.", "Lda."}) {
    if (word == abbreviation) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> SplitSentences(std::string_view text) {
  std::vector<std::string> sentences;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      if (!Trim(current).empty()) sentences.push_back(Trim(current));
      current.clear();
      continue;
    }
    current += c;
    bool ends = (c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ') &&
                !(c == '.' && EndsWithAbbreviation(current));
    if (ends) {
      if (!Trim(current).empty()) sentences.push_back(Trim(current));
      current.clear();
    }
  }
  if (!Trim(current).empty()) sentences.push_back(Trim(current));
  return sentences;
}

bool StartsCapitalized(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  if (c < 0x80) return false;
  char32_t code = 0;
  DecodeUtf8(word, 0, &code);
  // Latin-1 capitals (À..Þ except ×) and the even code points of Latin
  // Extended-A, where capitals and small letters alternate.
  // Cyrillic and Greek capitals too. Scripts without case (Hebrew, Arabic,
  // Thai, Devanagari, Han, kana, Hangul) count as capitalised: case can be
  // no evidence there.
  const bool uncased = (code >= 0x5D0 && code <= 0x6FF) || (code >= 0x900 && code <= 0x97F) ||
                       (code >= 0xE01 && code <= 0xE2E) || (code >= 0x3041 && code <= 0x30FF) ||
                       (code >= 0x3400 && code <= 0x9FFF) || (code >= 0xAC00 && code <= 0xD7A3);
  const bool cyrillic_or_greek_capital = (code >= 0x400 && code <= 0x42F) || (code >= 0x391 && code <= 0x3A9);
  return uncased || cyrillic_or_greek_capital || (code >= 0xC0 && code <= 0xDE && code != 0xD7) ||
         (code >= 0x100 && code <= 0x17F && code % 2 == 0);
}

int WordCount(std::string_view text, int limit) {
  int count = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = IsSpace(c);
    if (!space && !in_word && ++count > limit) return count;
    in_word = !space;
  }
  return count;
}

bool IsMetadataLine(std::string_view text) {
  constexpr std::size_t kLongestLabel = 24;
  const std::size_t colon = text.find(": ");
  return colon != std::string_view::npos && colon > 0 && colon <= kLongestLabel &&
         text.substr(0, colon).find(' ') == std::string_view::npos;
}

}  // namespace jobpipe::facts
