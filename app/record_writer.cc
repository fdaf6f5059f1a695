#include "app/record_writer.h"

#include "app/atomic_file.h"
#include <fstream>
#include <sstream>

#include "app/record_index.h"
#include "app/record_slug.h"
#include "export/record_reader.h"
#include "export/text_cleaning.h"

namespace jobpipe {
namespace {

// Whether the record at `path` is of the posting `identity` names.
bool RecordsSamePosting(const std::string& path, const std::string& identity) {
  if (identity.empty()) return false;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return false;
  Result<Posting> recorded = ReadRecord(bytes.str());
  return recorded && PostingIdentity(recorded->facts) == identity;
}

}  // namespace

Result<NewRecord> WriteNewRecord(const std::string& dir, const Posting& posting,
                                 std::string_view markdown) {
  // Named from the company and title as the record shows them: escape
  // sequences go whole, so their remains ("0;pwned", "31m") never reach
  // the file name.
  const std::string company = CleanInline(posting.facts.company.value_or(""));
  const std::string title = CleanInline(posting.facts.title.value_or(""));
  const std::string identity = PostingIdentity(posting.facts);
  for (int copy = 1; copy <= kMaxRecordCopies; ++copy) {
    std::string path = dir + "/" + RecordFileName(posting.application.date, company, title, copy);
    Result<bool> written = WriteFileAtomically(path, markdown, ExistingFile::kRefuse);
    if (written) return NewRecord{path, false};
    if (written.error().code != ErrorCode::kOutputExists) return written.error();
    // Several processes on one folder each scanned it before the others
    // wrote: the name taken may hold this very posting (written whole:
    // records appear by link(2), never half written).
    if (RecordsSamePosting(path, identity)) return NewRecord{path, true};
  }
  return MakeError(ErrorCode::kWriteFailed,
                   dir + "/" + RecordFileName(posting.application.date, company, title, 1) +
                       ": " + std::to_string(kMaxRecordCopies) + " records of that name exist");
}

Result<NewRecord> ReplaceRecord(const std::string& path, std::string_view markdown) {
  Result<bool> written = WriteFileAtomically(path, markdown, ExistingFile::kReplace);
  if (!written) return written.error();
  return NewRecord{path, false};
}

}  // namespace jobpipe
