#include "app/record_index.h"

#include <dirent.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

#include "app/posting_fingerprint.h"
#include "export/record_reader.h"
#include "export/text_cleaning.h"
#include "normalize/normalize.h"

namespace jobpipe {
namespace {

constexpr std::streamsize kMaxRecordBytes = 4 * 1024 * 1024;

bool StartsWith(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool ReadSmallFile(const std::string& path, std::string* content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  content->assign(static_cast<std::size_t>(kMaxRecordBytes) + 1, '\0');
  in.read(content->data(), kMaxRecordBytes + 1);
  if (in.bad() || in.gcount() > kMaxRecordBytes) return false;
  content->resize(static_cast<std::size_t>(in.gcount()));
  return true;
}

}  // namespace

std::string UrlIdentity(const std::string& url) { return "url:" + CanonicalPostingUrl(url); }

std::string PostingIdentity(const Facts& facts) {
  // From the values as the record writes them (cleaned) and reads them back
  // (only an http(s) URL), so that a rerun finds the record of a posting
  // whose title held a control character or whose URL was odd (issue 11).
  const std::string url = CleanInline(facts.url.value_or(""));
  if (StartsWith(url, "http://") || StartsWith(url, "https://")) return UrlIdentity(url);
  // A company alone says too little: two different postings without a
  // title would pass for one.
  std::string title = CleanInline(facts.title.value_or(""));
  if (title.empty()) return "";
  return "posting:" + CleanInline(facts.company.value_or("")) + "\n" + title;
}

Result<RecordIndex> ScanRecords(const std::string& dir) {
  RecordIndex index;
  std::unique_ptr<DIR, int (*)(DIR*)> folder(::opendir(dir.c_str()), ::closedir);
  if (!folder) {
    if (errno == ENOENT) return index;
    return MakeError(ErrorCode::kUnreadable, dir + ": cannot list the folder: " + std::strerror(errno));
  }
  std::string content;
  while (const dirent* item = ::readdir(folder.get())) {
    std::string name = item->d_name;
    if (name.empty() || name[0] == '.' || !EndsWith(name, ".md")) continue;
    std::string path = dir + "/" + name;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    Result<Posting> record = ReadSmallFile(path, &content)
                                 ? ReadRecord(content)
                                 : Result<Posting>(MakeError(ErrorCode::kUnreadable, path));
    if (!record) {
      ++index.unreadable;
      continue;
    }
    ++index.records;
    // Two records of one posting (the user copied one): the first name in
    // sorted order is "the" record, so --force always picks the same file.
    // The fingerprint finds the posting again at another URL.
    auto keep_first = [&](std::unordered_map<std::string, std::string>& by, const std::string& key) {
      if (key.empty()) return;
      auto [it, inserted] = by.try_emplace(key, path);
      if (!inserted && path < it->second) it->second = path;
    };
    keep_first(index.path_by_identity, PostingIdentity(record->facts));
    keep_first(index.path_by_fingerprint, PostingFingerprint(record->facts));
  }
  return index;
}

}  // namespace jobpipe
