#include "normalize/skills/skills.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/lexicon/load.h"
#include "core/text/ascii.h"
#include "normalize/facts/text_lines.h"
#include "normalize/skills/skill_sources.h"
#include "normalize/skills/spelling_index.h"

namespace jobpipe::embedded {
extern const std::span<const lexicon::DataFile> skills;              // data/skills.tsv
extern const std::span<const lexicon::DataFile> skill_determiners;  // data/skill_determiners.txt
}

namespace jobpipe::skills {
namespace {

struct Skill {
  std::string_view canonical;  // a view into the embedded lexicon, as are the spellings
  std::uint32_t first_spelling = 0, spelling_count = 0;  // in Lexicon::spellings
  bool case_sensitive = false;
  bool ambiguous = false;   // also an ordinary word ("Go", "Swift", "Spark")
  bool needs_list = false;  // a single letter ("R", "C")
  bool verb = false;        // also a noun ("mentor"): the activity only
  bool group = false;       // also the people who hold it ("the leadership")
};

// The lexicon of data/skills.tsv and an index of all its spellings. \b
// does not fit "C++", "C#" or ".NET", so the index finds the longest
// spelling at each place and the boundaries are checked here.
//
// Loaded once per process, on the first skill looked for, and it is most
// of a short run's skill work (~4,000 spellings): names and spellings stay
// views into the embedded data, with no allocation per row.
struct Lexicon {
  std::vector<Skill> skills;
  std::vector<std::string_view> spellings;  // as written
  std::vector<std::uint32_t> skill_of;      // by spelling
  std::unique_ptr<SpellingIndex> index;
};

// Calls `part` with each piece of `text` between `separator`s, trimmed,
// empty ones included.
template <typename Part>
void ForEachPart(std::string_view text, char separator, Part&& part) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    part(facts::TrimView(text.substr(start, end - start)));
    start = end + 1;
  }
}

std::unique_ptr<Lexicon> LoadLexicon() {
  auto lexicon = std::make_unique<Lexicon>();
  const auto add_spelling = [&](Skill* skill, std::string_view spelling) {
    lexicon->spellings.push_back(spelling);
    lexicon->skill_of.push_back(static_cast<std::uint32_t>(lexicon->skills.size()));
    ++skill->spelling_count;
  };
  for (const lexicon::Entry& entry : lexicon::LoadLines(embedded::skills, "name [spellings] [flags]")) {
    // canonical name <TAB> aliases separated by | <TAB> flags separated by ,
    const std::vector<std::string_view>& fields = entry.columns;
    Skill skill;
    skill.canonical = fields[0];
    skill.first_spelling = static_cast<std::uint32_t>(lexicon->spellings.size());
    if (fields[2].find("aliases-only") == std::string_view::npos) add_spelling(&skill, fields[0]);
    ForEachPart(fields[1], '|', [&](std::string_view alias) {
      if (!alias.empty()) add_spelling(&skill, alias);
    });
    ForEachPart(fields[2], ',', [&](std::string_view flag) {
      skill.case_sensitive |= flag == "cs";
      skill.ambiguous |= flag == "amb";
      skill.needs_list |= flag == "list";
      skill.verb |= flag == "verb";
      skill.group |= flag == "group";
    });
    lexicon->skills.push_back(skill);
  }
  lexicon->index = std::make_unique<SpellingIndex>(lexicon->spellings);
  return lexicon;
}

const Lexicon& GetLexicon() {
  static const std::unique_ptr<Lexicon> lexicon = LoadLexicon();
  return *lexicon;
}

bool IsAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Non-ASCII bytes count as letters: "Übersicht" holds no skill "bersicht".
bool IsWordByte(char c) { return IsAlnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80; }
bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
// What RE2's \s matches.
bool IsRe2Space(char c) { return IsSpaceByte(c) || c == '\f'; }

// Han, kana and Hangul write words without spaces between them: a skill
// next to one ("熟悉Python", "機械学習の経験") is still a word of its own.
bool IsCjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FA1F);
}

char32_t DecodeAt(std::string_view text, size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || at + length > text.size()) return lead;
  char32_t c = lead & (0x7F >> length);
  for (int i = 1; i < length; ++i) c = (c << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
  return c;
}

// Whether the character at `at`, or the one ending just before `at`, is a
// letter or digit of a word (non-ASCII letters count: "Übersicht" holds no
// skill "bersicht"; CJK characters do not).
bool WordCharAt(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  if (static_cast<unsigned char>(text[at]) < 0x80) return IsWordByte(text[at]);
  return !IsCjk(DecodeAt(text, at));
}

bool WordCharBefore(std::string_view text, size_t at) {
  if (at == 0) return false;
  if (static_cast<unsigned char>(text[at - 1]) < 0x80) return IsWordByte(text[at - 1]);
  size_t lead = at - 1;
  while (lead > 0 && at - lead < 4 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  return !IsCjk(DecodeAt(text, lead));
}

// Where a word ends and starts: "Java" not in "JavaBeans" nor "C" in "C++",
// ".NET" not inside "ASP.NET"; "C#" and ".NET" in "C#/.NET".
bool HasBoundaries(std::string_view text, size_t begin, size_t end) {
  char first = text[begin];
  if (begin > 0) {
    char before = text[begin - 1];
    if (WordCharAt(text, begin) && WordCharBefore(text, begin)) return false;
    if (first == '.' && IsAlnum(before)) return false;
  }
  if (end < text.size()) {
    char after = text[end];
    if (WordCharBefore(text, end)) {
      if (WordCharAt(text, end) || after == '+' || after == '#') return false;
      if (after == '.' && end + 1 < text.size() && IsAlnum(text[end + 1])) return false;
    } else if (IsAlnum(after) && !(after >= '0' && after <= '9')) {
      return false;
    }
  }
  return true;
}

char PreviousNonSpace(std::string_view text, size_t begin) {
  while (begin > 0 && IsSpaceByte(text[begin - 1])) --begin;
  return begin == 0 ? '\0' : text[begin - 1];
}

char NextNonSpace(std::string_view text, size_t end) {
  while (end < text.size() && IsSpaceByte(text[end])) ++end;
  return end == text.size() ? '\0' : text[end];
}

std::string WordBefore(std::string_view text, size_t begin) {
  size_t end = begin;
  while (end > 0 && IsSpaceByte(text[end - 1])) --end;
  size_t start = end;
  while (start > 0 && IsAlnum(text[start - 1])) --start;
  return textkit::AsciiLower(text.substr(start, end - start));
}

std::string WordAfter(std::string_view text, size_t end) {
  size_t start = end;
  while (start < text.size() && IsSpaceByte(text[start])) ++start;
  size_t stop = start;
  while (stop < text.size() && IsAlnum(text[stop])) ++stop;
  return textkit::AsciiLower(text.substr(start, stop - start));
}

bool InList(std::string_view text, size_t begin, size_t end) {
  char before = PreviousNonSpace(text, begin);
  char after = NextNonSpace(text, end);
  if (before == ',' || before == '/' || before == '(' || after == ',' || after == '/' || after == ')') return true;
  std::string previous = WordBefore(text, begin);
  std::string next = WordAfter(text, end);
  return previous == "in" || previous == "with" || previous == "and" || previous == "or" ||
         previous == "using" || next == "and" || next == "or";
}

// "Go to market", "Swift action", "R&D", "Spark curiosity": an ambiguous
// name counts inside a sentence or a list, not as a sentence's first word.
bool AmbiguousNameFits(std::string_view text, size_t begin, size_t end) {
  if (end < text.size()) {
    char after = text[end];
    if (after == '&' || after == '\'' || text.substr(end, 3) == "\xE2\x80\x99") return false;
    if (after == '-' && end + 1 < text.size() && IsAlnum(text[end + 1])) return false;
  }
  // "Tax set-aside" in quotes: the first word of a quoted name (a feature,
  // a product) is part of that name.
  if ((begin >= 1 && text[begin - 1] == '"') || (begin >= 3 && text.substr(begin - 3, 3) == "\xE2\x80\x9C")) {
    return false;
  }
  char before = PreviousNonSpace(text, begin);
  bool sentence_start = before == '\0' || before == '.' || before == '!' || before == '?' ||
                        before == ':' || before == ';' || before == '*' || before == '-' ||
                        static_cast<unsigned char>(before) >= 0x80;  // after a bullet or dash
  if (!sentence_start) return true;
  char after = NextNonSpace(text, end);
  return after == '\0' || after == ',' || after == '/' || after == ')' || after == ';';
}

// "You will have a mentor": after an article or a possessive the word is
// the noun (someone the candidate gets), not the activity asked for
// (data/skill_determiners.txt).
bool FollowsDeterminer(std::string_view text, size_t begin) {
  static const std::unordered_set<std::string> kDeterminers = [] {
    std::unordered_set<std::string> words;
    for (std::string_view word : lexicon::LoadColumn(embedded::skill_determiners, "word")) words.emplace(word);
    return words;
  }();
  return kDeterminers.count(WordBefore(text, begin)) > 0;
}

// "each customer's operations leadership", "our leadership": a possessive
// in the two words before makes the word the people, not the skill.
bool FollowsPossessive(std::string_view text, size_t begin) {
  size_t end = begin;
  for (int word = 0; word < 2; ++word) {
    while (end > 0 && IsSpaceByte(text[end - 1])) --end;
    size_t start = end;
    while (start > 0 && !IsSpaceByte(text[start - 1])) --start;
    std::string_view before = text.substr(start, end - start);
    if (before.ends_with("'s") || before.ends_with("\xE2\x80\x99s") || before.ends_with("s'")) return true;
    if (start == end) return false;
    end = start;
  }
  return false;
}

// "Portuguese is not required", "Java is not needed", "people management
// is not part of the job": the posting names the skill only to say the job
// does not ask for it.
bool NegatedAfter(std::string_view text, size_t end) {
  // Most skills are not followed by "is"/"are": those need not compile
  // the pattern. (?i) folds only "i", "I", "a", "A" to those first letters.
  size_t next = end;
  while (next < text.size() && IsRe2Space(text[next])) ++next;
  if (next == text.size() || std::string_view("iIaA").find(text[next]) == std::string_view::npos) {
    return false;
  }
  static const RE2 kNegation(
      R"((?i)\s*(?:is|are)\s+(?:not|no longer)\s+(?:required|needed|necessary|mandatory|a requirement|part of (?:the|this|your) (?:job|role|position))\b)");
  if (!kNegation.ok() || end >= text.size()) return false;
  re2::StringPiece rest(text.data() + end, text.size() - end);
  return RE2::Consume(&rest, kNegation);
}

bool Accepts(const Lexicon& lexicon, const Skill& skill, std::string_view text, size_t begin, size_t end) {
  std::string_view written = text.substr(begin, end - begin);
  if (skill.case_sensitive) {
    const auto first = lexicon.spellings.begin() + skill.first_spelling;
    if (std::find(first, first + skill.spelling_count, written) == first + skill.spelling_count) return false;
  }
  if (skill.ambiguous && !AmbiguousNameFits(text, begin, end)) return false;
  if (skill.needs_list && !InList(text, begin, end)) return false;
  if (skill.verb && FollowsDeterminer(text, begin)) return false;
  if (skill.group && (FollowsDeterminer(text, begin) || FollowsPossessive(text, begin))) return false;
  if (NegatedAfter(text, end)) return false;
  return true;
}

// Calls `found` with the canonical name of every skill named in `text`, once
// per mention, in reading order.
template <typename Found>
void ForEachSkill(std::string_view text, Found&& found) {
  const Lexicon& lexicon = GetLexicon();
  size_t position = 0;
  while (position < text.size()) {
    size_t begin = position;
    // A spelling that starts inside a word fails HasBoundaries anyway.
    bool inside_word = WordCharAt(text, begin) && WordCharBefore(text, begin);
    const SpellingIndex::Found spelled = inside_word ? SpellingIndex::Found{} : lexicon.index->FindLongestAt(text, begin);
    size_t end = begin + spelled.length;
    bool accepted = false;
    if (end > begin && HasBoundaries(text, begin, end)) {
      // The skills whose spellings these are, in lexicon order.
      for (std::uint32_t spelling : spelled.spellings) {
        const Skill& skill = lexicon.skills[lexicon.skill_of[spelling]];
        if (!Accepts(lexicon, skill, text, begin, end)) continue;
        found(skill.canonical);
        accepted = true;
        break;
      }
    }
    // On a miss, try again one character on: a shorter spelling or the
    // next word may still match.
    position = accepted ? end : begin + 1;
    while (position < text.size() && (static_cast<unsigned char>(text[position]) & 0xC0) == 0x80) ++position;
  }
}

// Where a section's mentions count (SkillDetail::sections), by rank.
constexpr std::array<const char*, 4> kProvenance = {"requirements", "preferred", "responsibilities",
                                                    "elsewhere"};

size_t ProvenanceOf(SectionKind kind) {
  switch (kind) {
    case SectionKind::kRequirements: return 0;
    case SectionKind::kPreferred: return 1;
    case SectionKind::kResponsibilities: return 2;
    default: return 3;
  }
}

// The skill details being gathered: first-mention order, and for each the
// provenances seen.
struct DetailsBuilder {
  std::vector<SkillDetail> details;
  std::vector<std::array<bool, 4>> seen_in;
  std::unordered_map<std::string, size_t> index_of;

  void Add(std::string_view text, size_t provenance) {
    ForEachSkill(text, [&](std::string_view canonical) {
      auto [at, inserted] = index_of.try_emplace(std::string(canonical), details.size());
      if (inserted) {
        details.push_back(SkillDetail{std::string(canonical), {}, 0});
        seen_in.push_back({});
      }
      ++details[at->second].count;
      seen_in[at->second][provenance] = true;
    });
  }

  std::vector<SkillDetail> Take() {
    for (size_t i = 0; i < details.size(); ++i) {
      for (size_t p = 0; p < kProvenance.size(); ++p) {
        if (seen_in[i][p]) details[i].sections.emplace_back(kProvenance[p]);
      }
    }
    return std::move(details);
  }
};

}  // namespace

std::vector<std::string> FindSkills(std::string_view text) {
  std::vector<std::string> found;
  std::unordered_set<std::string> seen;
  ForEachSkill(text, [&](std::string_view canonical) {
    if (seen.emplace(canonical).second) found.emplace_back(canonical);
  });
  return found;
}

std::vector<SkillDetail> FindSkillDetails(const std::vector<Section>& sections, std::string_view title) {
  DetailsBuilder builder;
  for (const Section& section : sections) {
    // Benefits, the company's story, EEO and how to apply name tools the
    // job does not ask for ("we use Slack", "apply via Workday").
    switch (section.kind) {
      case SectionKind::kBenefits:
      case SectionKind::kAboutCompany:
      case SectionKind::kEqualOpportunity:
      case SectionKind::kHowToApply:
        continue;
      default:
        break;
    }
    size_t provenance = ProvenanceOf(section.kind);
    // A heading's skill ("Python (nice to have)") counts where its section is.
    if (section.heading) builder.Add(*section.heading, provenance);
    if (section.kind == SectionKind::kIntro) {
      for (const std::string& sentence : SentencesAboutTheJob(section.text, title)) {
        builder.Add(sentence, provenance);
      }
    } else {
      builder.Add(section.text, provenance);
    }
    for (const std::string& item : section.items) builder.Add(item, provenance);
  }
  return builder.Take();
}

std::vector<std::string> FindSkills(const std::vector<Section>& sections, std::string_view title) {
  std::vector<std::string> names;
  for (SkillDetail& detail : FindSkillDetails(sections, title)) names.push_back(std::move(detail.name));
  return names;
}

}  // namespace jobpipe::skills
