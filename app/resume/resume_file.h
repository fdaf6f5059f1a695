// Reads the user's resume: a JSON Resume 1.0 file (https://jsonresume.org
// schema: basics, work, volunteer, education, projects, skills with
// keywords, certificates, languages) into a Resume.
//
// Fails with kInvalidResume and a message naming the file and the field:
//   "me.json: work[2].highlights: expected an array of strings"
//   "me.json: not JSON: parse error at line 3, column 5: ..."
// Fields the format does not define, and those it defines that jobpipe does
// not read (email, dates, url, ...), are ignored; a null is an absent field.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "core/resume.h"

namespace jobpipe {

/// Largest resume file accepted (a resume is a few kilobytes).
inline constexpr std::size_t kMaxResumeBytes = 4u << 20;

Result<Resume> LoadResume(const std::string& path);

/// The same from the file's bytes; `path` names it in messages.
Result<Resume> ParseResume(std::string_view bytes, const std::string& path);

}  // namespace jobpipe
