#include "app/resume/resume_file.h"

#include <cerrno>
#include <cstring>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "app/resume/resume_match.h"

namespace jobpipe {
namespace {

using json = nlohmann::json;

// Reads the fields of one JSON Resume object, checking each one's type and
// remembering the first wrong one with its path ("work[2].highlights").
class FieldReader {
 public:
  FieldReader(const json& object, std::string path, std::optional<std::string>* failure)
      : object_(object), path_(std::move(path)), failure_(failure) {}

  std::string String(const char* key) const {
    const json* value = Find(key);
    if (value == nullptr) return "";
    if (!value->is_string()) return Fail(key, "expected a string"), "";
    return value->get<std::string>();
  }

  std::vector<std::string> Strings(const char* key) const {
    std::vector<std::string> out;
    const json* value = Find(key);
    if (value == nullptr) return out;
    if (!value->is_array()) return Fail(key, "expected an array of strings"), out;
    for (const json& item : *value) {
      if (!item.is_string()) return Fail(key, "expected an array of strings"), std::vector<std::string>{};
      out.push_back(item.get<std::string>());
    }
    return out;
  }

 private:
  const json* Find(const char* key) const {
    auto it = object_.find(key);
    if (it == object_.end() || it->is_null()) return nullptr;
    return &*it;
  }

  void Fail(const char* key, const char* what) const {
    if (!*failure_) *failure_ = path_ + "." + key + ": " + what;
  }

  const json& object_;
  std::string path_;
  std::optional<std::string>* failure_;
};

void AddText(std::vector<std::string>* texts, std::string text) {
  if (!text.empty()) texts->push_back(std::move(text));
}

void AddTexts(std::vector<std::string>* texts, std::vector<std::string> more) {
  for (std::string& text : more) AddText(texts, std::move(text));
}

std::string JoinNonEmpty(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// One array section ("work", "education", ...): each element an object,
// read into an entry by `read`.
template <typename Read>
void ReadSection(const json& root, const char* key, ResumeSection section, Resume* resume,
                 std::optional<std::string>* failure, Read read) {
  auto it = root.find(key);
  if (it == root.end() || it->is_null()) return;
  if (!it->is_array()) {
    if (!*failure) *failure = std::string(key) + ": expected an array";
    return;
  }
  for (std::size_t i = 0; i < it->size() && !*failure; ++i) {
    std::string path = std::string(key) + "[" + std::to_string(i) + "]";
    const json& element = (*it)[i];
    if (!element.is_object()) {
      *failure = path + ": expected an object";
      return;
    }
    ResumeEntry entry;
    entry.section = section;
    entry.index = static_cast<int>(i);
    read(FieldReader(element, path, failure), &entry);
    if (entry.name.empty()) entry.name = entry.role.empty() ? path : entry.role;
    if (!*failure) resume->entries.push_back(std::move(entry));
  }
}

void ReadEntries(const json& root, Resume* resume, std::optional<std::string>* failure) {
  ReadSection(root, "work", ResumeSection::kWork, resume, failure, [](const FieldReader& f, ResumeEntry* e) {
    e->name = f.String("name");
    if (e->name.empty()) e->name = f.String("company");  // the format before 1.0
    e->role = f.String("position");
    AddText(&e->texts, e->role);
    AddText(&e->texts, f.String("summary"));
    AddTexts(&e->texts, f.Strings("highlights"));
  });
  ReadSection(root, "volunteer", ResumeSection::kVolunteer, resume, failure,
              [](const FieldReader& f, ResumeEntry* e) {
                e->name = f.String("organization");
                e->role = f.String("position");
                AddText(&e->texts, e->role);
                AddText(&e->texts, f.String("summary"));
                AddTexts(&e->texts, f.Strings("highlights"));
              });
  ReadSection(root, "education", ResumeSection::kEducation, resume, failure,
              [](const FieldReader& f, ResumeEntry* e) {
                e->name = f.String("institution");
                std::string area = f.String("area");
                std::string study_type = f.String("studyType");
                e->role = JoinNonEmpty({study_type, area}, ", ");
                // "Bachelor of Science in Nursing" is itself a skill a posting asks for (BSN).
                AddText(&e->texts, study_type);
                AddText(&e->texts, area);
                AddTexts(&e->texts, f.Strings("courses"));
                f.String("score");  // checked, not matched: a grade names no skill
              });
  ReadSection(root, "projects", ResumeSection::kProjects, resume, failure,
              [](const FieldReader& f, ResumeEntry* e) {
                e->name = f.String("name");
                std::vector<std::string> roles = f.Strings("roles");
                e->role = JoinNonEmpty(roles, ", ");
                AddText(&e->texts, f.String("description"));
                AddTexts(&e->texts, f.Strings("highlights"));
                AddTexts(&e->texts, f.Strings("keywords"));
                AddTexts(&e->texts, std::move(roles));
              });
  ReadSection(root, "certificates", ResumeSection::kCertificates, resume, failure,
              [](const FieldReader& f, ResumeEntry* e) {
                e->name = f.String("name");
                e->role = f.String("issuer");
                AddText(&e->texts, e->name);
              });
  ReadSection(root, "skills", ResumeSection::kSkills, resume, failure, [](const FieldReader& f, ResumeEntry* e) {
    e->name = f.String("name");
    e->role = f.String("level");
    AddText(&e->texts, e->name);
    AddTexts(&e->texts, f.Strings("keywords"));
  });
  ReadSection(root, "languages", ResumeSection::kLanguages, resume, failure,
              [](const FieldReader& f, ResumeEntry* e) {
                e->name = f.String("language");
                e->role = f.String("fluency");
                AddText(&e->texts, e->name);
              });
}

// basics: the summary and headline ("label") can show skills too.
void ReadBasics(const json& root, Resume* resume, std::optional<std::string>* failure) {
  auto it = root.find("basics");
  if (it == root.end() || it->is_null()) return;
  if (!it->is_object()) {
    *failure = "basics: expected an object";
    return;
  }
  FieldReader f(*it, "basics", failure);
  resume->name = f.String("name");
  ResumeEntry entry;
  entry.section = ResumeSection::kBasics;
  entry.name = "Summary";
  entry.role = f.String("label");
  AddText(&entry.texts, entry.role);
  AddText(&entry.texts, f.String("summary"));
  if (!entry.texts.empty()) resume->entries.push_back(std::move(entry));
}

// "[json.exception.parse_error.101] parse error at line 1, column 2: ..."
// without its bracketed prefix.
std::string ParseErrorText(const json::parse_error& error) {
  std::string text = error.what();
  std::size_t close = text.find("] ");
  return close == std::string::npos ? text : text.substr(close + 2);
}

}  // namespace

Result<Resume> ParseResume(std::string_view bytes, const std::string& path) {
  auto fail = [&](const std::string& why) { return MakeError(ErrorCode::kInvalidResume, path + ": " + why); };
  json root;
  try {
    root = json::parse(bytes.begin(), bytes.end());
  } catch (const json::parse_error& error) {
    return fail("not JSON: " + ParseErrorText(error));
  }
  if (!root.is_object()) return fail("expected a JSON Resume object ({\"basics\": ..., \"work\": [...]})");
  Resume resume;
  resume.path = path;
  std::optional<std::string> failure;
  ReadBasics(root, &resume, &failure);
  if (!failure) ReadEntries(root, &resume, &failure);
  if (failure) return fail(*failure);
  if (resume.entries.empty()) return fail("no basics, work, education, projects, skills or other entries");
  // Entries in the order the notes report them (basics first, then work, ...).
  std::stable_sort(resume.entries.begin(), resume.entries.end(),
                   [](const ResumeEntry& a, const ResumeEntry& b) { return a.section < b.section; });
  FindResumeSkills(&resume);
  return resume;
}

Result<Resume> LoadResume(const std::string& path) {
  auto fail = [&](const std::string& why) { return MakeError(ErrorCode::kInvalidResume, path + ": " + why); };
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return fail("is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(std::string("cannot open: ") + std::strerror(errno));
  // Read in small pieces: a buffer of the cap's size would cost its page
  // faults on every run, for a file of a few kilobytes.
  std::string bytes;
  char piece[16 * 1024];
  while (in.read(piece, sizeof piece) || in.gcount() > 0) {
    bytes.append(piece, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > kMaxResumeBytes) return fail("larger than 4 MB, not a resume");
  }
  if (in.bad()) return fail("read failed");
  return ParseResume(bytes, path);
}

}  // namespace jobpipe
