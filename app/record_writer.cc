#include "app/record_writer.h"

#include "app/atomic_file.h"
#include "app/record_slug.h"
#include "export/text_cleaning.h"

namespace jobpipe {

Result<std::string> WriteNewRecord(const std::string& dir, const Posting& posting,
                                   std::string_view markdown) {
  // Named from the company and title as the record shows them: escape
  // sequences go whole, so their remains ("0;pwned", "31m") never reach
  // the file name.
  const std::string company = CleanInline(posting.facts.company.value_or(""));
  const std::string title = CleanInline(posting.facts.title.value_or(""));
  for (int copy = 1; copy <= kMaxRecordCopies; ++copy) {
    std::string path = dir + "/" + RecordFileName(posting.application.date, company, title, copy);
    Result<bool> written = WriteFileAtomically(path, markdown, ExistingFile::kRefuse);
    if (written) return path;
    if (written.error().code != ErrorCode::kOutputExists) return written.error();
  }
  return MakeError(ErrorCode::kWriteFailed,
                   dir + "/" + RecordFileName(posting.application.date, company, title, 1) +
                       ": " + std::to_string(kMaxRecordCopies) + " records of that name exist");
}

Result<std::string> ReplaceRecord(const std::string& path, std::string_view markdown) {
  Result<bool> written = WriteFileAtomically(path, markdown, ExistingFile::kReplace);
  if (!written) return written.error();
  return path;
}

}  // namespace jobpipe
