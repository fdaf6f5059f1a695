// --resume across careers (issue 13): invented JSON Resume files of an
// engineering manager, a nurse, an accountant, a designer, a thin resume
// and one written in German, each against an invented posting of its
// field, through the real binary. Each record is compared with one read
// line by line, and the issue's checks are asserted on every pair:
//   - every Notes line names a real posting skill and a real resume entry
//     (a "No evidence" line the skill the posting asks for);
//   - no skill is claimed that the resume lacks: each entry said to show a
//     skill writes one of that skill's spellings (data/skills.tsv);
//   - every required or preferred skill no entry shows is listed, and the
//     resume writes none of its spellings;
//   - the same inputs give the same bytes, and everything before the Notes
//     is the record without a resume.
#include <catch2/catch.hpp>
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/text/ascii.h"
#include "export/record_digests.h"
#include "tests/support/run_binary.h"

using jobpipe::testing::ReadFile;
using jobpipe::testing::RunJobpipe;
using jobpipe::textkit::AsciiLower;
using nlohmann::json;

namespace {

const std::string kFixtures = JOBPIPE_FIXTURES_DIR;

struct Career {
  const char* resume;   // fixtures/resumes/<resume>.json, .expected.md
  const char* posting;  // under fixtures/
  const char* date;
};

const Career kCareers[] = {
    {"seed-engineering-manager", "seed/linkedin-paste-canonical-em-mlops.txt", "2025-05-07"},
    {"nurse", "text/07-workday-registered-nurse.txt", "2025-01-15"},
    {"accountant", "text/05-glassdoor-staff-accountant.txt", "2025-01-15"},
    {"designer", "text/13-nested-bullets-product-designer.txt", "2025-01-15"},
    {"thin", "text/04-indeed-warehouse-associate.txt", "2025-01-15"},
    {"frontend-de", "text/02-linkedin-frontend-de.txt", "2025-01-15"},
};

std::string ResumePath(const Career& c) { return kFixtures + "/resumes/" + c.resume + ".json"; }
std::string PostingPath(const Career& c) { return kFixtures + "/" + c.posting; }

std::vector<std::string> Args(const Career& c, bool with_resume, const char* format) {
  std::vector<std::string> args = {"--format", format, "--date", c.date};
  if (with_resume) args.insert(args.end(), {"--resume", ResumePath(c)});
  args.push_back(PostingPath(c));
  return args;
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
  return parts;
}

// Every spelling of each skill, lowered, read from the lexicon file itself
// (canonical names unless aliases-only, and the aliases).
const std::map<std::string, std::set<std::string>>& Spellings() {
  static const auto spellings = [] {
    std::map<std::string, std::set<std::string>> out;
    for (const std::string& line : Split(ReadFile(JOBPIPE_SOURCE_DIR "/data/skills.tsv"), '\n')) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> fields = Split(line, '\t');
      auto& set = out[fields[0]];
      if (fields.size() < 3 || fields[2].find("aliases-only") == std::string::npos) {
        set.insert(AsciiLower(fields[0]));
      }
      if (fields.size() > 1) {
        for (const std::string& alias : Split(fields[1], '|')) {
          if (!alias.empty()) set.insert(AsciiLower(alias));
        }
      }
    }
    return out;
  }();
  return spellings;
}

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `text` writes one of `skill`'s spellings as a word of its own
// (case ignored; no ASCII letter or digit on either side).
bool WritesSkill(const std::string& text, const std::string& skill) {
  const std::string lowered = AsciiLower(text);
  for (const std::string& spelling : Spellings().at(skill)) {
    for (auto at = lowered.find(spelling); at != std::string::npos; at = lowered.find(spelling, at + 1)) {
      bool starts = at == 0 || !IsAsciiAlnum(lowered[at - 1]);
      std::size_t end = at + spelling.size();
      bool ends = end == lowered.size() || !IsAsciiAlnum(lowered[end]);
      if (starts && ends) return true;
    }
  }
  return false;
}

// All the strings of a JSON value, one per line.
void CollectStrings(const json& value, std::string* out) {
  if (value.is_string()) {
    *out += value.get<std::string>() + "\n";
  } else if (value.is_structured()) {
    for (const json& item : value) CollectStrings(item, out);
  }
}

// The resume's JSON for a match's entry reference ({"section", "index"}).
const json& EntryOf(const json& resume, const json& ref) {
  const std::string section = ref.at("section");
  if (section == "basics") return resume.at("basics");
  return resume.at(section).at(ref.at("index").get<std::size_t>());
}

std::string EntryText(const json& resume, const json& ref) {
  std::string text;
  CollectStrings(EntryOf(resume, ref), &text);
  return text;
}

// The names by which a Notes line can name a resume entry.
std::vector<std::string> EntryNames(const json& resume) {
  std::vector<std::string> names = {"resume summary"};
  const std::pair<const char*, const char*> named[] = {
      {"work", "name"},        {"volunteer", "organization"}, {"education", "institution"}, {"projects", "name"},
      {"certificates", "name"}, {"skills", "name"},          {"languages", "language"}};
  for (const auto& [section, field] : named) {
    if (!resume.contains(section)) continue;
    for (const json& entry : resume.at(section)) {
      if (entry.contains(field)) names.push_back(entry.at(field));
    }
  }
  return names;
}

bool NamesAny(const std::string& line, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (line.find(name) != std::string::npos) return true;
  }
  return false;
}

// The Notes, up to the digest line jobpipe ends a record with.
std::string NotesOf(const std::string& record) {
  auto at = record.find("## Notes\n");
  if (at == std::string::npos) return "";
  auto digests = record.find(jobpipe::record::kDigestLinePrefix, at);
  return record.substr(at, digests == std::string::npos ? std::string::npos : digests - at);
}

// One career's run: the posting's JSON with its match, the resume's JSON
// and the record's Notes.
struct CareerRun {
  json posting;
  json resume;
  std::string notes;
};

CareerRun RunCareer(const Career& c) {
  auto json_run = RunJobpipe(Args(c, true, "json"));
  auto record_run = RunJobpipe(Args(c, true, "markdown"));
  INFO(json_run.err);
  REQUIRE(json_run.exit_code == 0);
  REQUIRE(record_run.exit_code == 0);
  return {json::parse(json_run.out), json::parse(ReadFile(ResumePath(c))), NotesOf(record_run.out)};
}

}  // namespace

TEST_CASE("resume careers: each record is the reviewed one, byte for byte, run after run") {
  for (const Career& c : kCareers) {
    INFO(c.resume << " against " << c.posting);
    auto first = RunJobpipe(Args(c, true, "markdown"));
    auto second = RunJobpipe(Args(c, true, "markdown"));
    auto plain = RunJobpipe(Args(c, false, "markdown"));
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out == ReadFile(kFixtures + "/resumes/" + c.resume + ".expected.md"));
    CHECK(second.out == first.out);
    CHECK(RunJobpipe(Args(c, true, "json")).out == RunJobpipe(Args(c, true, "json")).out);
    // The resume changes the Notes and nothing else.
    CHECK(first.out.substr(0, first.out.find("## Notes\n")) == plain.out.substr(0, plain.out.find("## Notes\n")));
  }
}

TEST_CASE("resume careers: no skill is claimed that the resume lacks, none it lacks is left out") {
  for (const Career& c : kCareers) {
    INFO(c.resume << " against " << c.posting);
    const auto [posting, resume, notes] = RunCareer(c);
    const json& match = posting.at("match");

    // Every entry said to show a skill writes one of its spellings.
    for (const json& skill : match.at("matched")) {
      for (const json& ref : skill.at("evidence")) {
        INFO(skill.at("name") << " in " << ref.dump());
        CHECK(WritesSkill(EntryText(resume, ref), skill.at("name")));
      }
    }
    for (const json& entry : match.at("entries")) {
      for (const json& skill : entry.at("skills")) {
        INFO(skill << " in " << entry.dump());
        CHECK(WritesSkill(EntryText(resume, entry), skill));
      }
    }

    // The posting's skills are the matched and the missing ones, each once.
    std::map<std::string, std::string> level_of;
    for (const char* part : {"matched", "missing"}) {
      for (const json& skill : match.at(part)) level_of[skill.at("name")] = skill.at("level");
    }
    CHECK(level_of.size() == posting.at("skill_details").size());
    for (const json& detail : posting.at("skill_details")) {
      const json& sections = detail.at("sections");
      auto in = [&](const char* kind) { return std::find(sections.begin(), sections.end(), kind) != sections.end(); };
      CHECK(level_of[detail.at("name")] == (in("requirements") ? "required" : in("preferred") ? "preferred" : "mentioned"));
    }

    // Every required or preferred skill no entry shows has its line, and
    // the resume writes none of its spellings anywhere.
    std::string whole_resume;
    CollectStrings(resume, &whole_resume);
    std::size_t listed = 0;
    for (const json& skill : match.at("missing")) {
      INFO(skill.at("name"));
      CHECK(skill.at("evidence").empty());
      CHECK_FALSE(WritesSkill(whole_resume, skill.at("name")));
      if (skill.at("level") == "mentioned") continue;
      std::string line = "  - No evidence of " + skill.at("name").get<std::string>() + " (" +
                         skill.at("level").get<std::string>() + ")\n";
      CHECK(notes.find(line) != std::string::npos);
      ++listed;
    }
    std::size_t no_evidence_lines = 0;
    for (auto at = notes.find("No evidence of "); at != std::string::npos; at = notes.find("No evidence of ", at + 1)) {
      ++no_evidence_lines;
    }
    CHECK(no_evidence_lines == listed);
  }
}

TEST_CASE("resume careers: every Notes line names a posting skill and a resume entry") {
  for (const Career& c : kCareers) {
    INFO(c.resume << " against " << c.posting);
    const auto [posting, resume, notes] = RunCareer(c);
    const std::vector<std::string> entries = EntryNames(resume);
    std::vector<std::string> skills;
    for (const json& detail : posting.at("skill_details")) skills.push_back(detail.at("name"));
    const std::string input = ReadFile(PostingPath(c));

    const std::vector<std::string> lines = Split(notes, '\n');
    std::string prompt;
    for (const std::string& line : lines) {
      INFO(line);
      if (line == "## Notes" || line.empty()) continue;
      if (line.rfind("- ", 0) == 0) {  // one of the four prompts
        prompt = line;
        continue;
      }
      if (line == "  - Work experience:" || line == "  - Education:" || line == "  - Projects:" ||
          line == "  - Volunteering:") {
        CHECK(prompt == "- Resume bullet points to highlight or modify:");
        continue;
      }
      if (prompt == "- Cover letter points:") {
        const std::string opening = "  - Opening paragraph:", body = "  - Body paragraph:",
                          company = "  - Company-specific paragraph:", closing = "  - Closing paragraph:";
        if (line.rfind(opening, 0) == 0) {
          CHECK(line.find(posting.at("title").get<std::string>()) != std::string::npos);
          CHECK(line.find(posting.at("company").get<std::string>()) != std::string::npos);
        } else if (line.rfind(body, 0) == 0) {
          if (line == body) continue;  // no required skill shown
          CHECK(NamesAny(line, skills));
          CHECK(NamesAny(line, entries));
        } else if (line.rfind(company, 0) == 0) {
          if (line == company) continue;  // the posting tells nothing about the company
          std::string quoted = line.substr(company.size() + 2, line.size() - company.size() - 3);
          CHECK(input.find(quoted) != std::string::npos);  // the posting's own words
        } else {
          REQUIRE(line.rfind(closing, 0) == 0);
          CHECK(line.find(posting.at("match").at("coverage").at("text").get<std::string>()) == closing.size() + 1);
        }
        continue;
      }
      CHECK(NamesAny(line, skills));
      if (line.rfind("  - No evidence of ", 0) == 0) continue;  // a skill the resume does not show
      CHECK(NamesAny(line, entries));
    }
    CHECK(prompt == "- Cover letter points:");
  }
}
