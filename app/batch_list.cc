#include "app/batch_list.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>

#include "core/text/ascii.h"
#include "core/text/whitespace.h"

namespace jobpipe {
namespace {

using textkit::IsAsciiSpace;

/// The scheme of "scheme:rest" (RFC 3986 letters), or "" when the text does
/// not start with one. "Note: x" (a space after the colon) is no scheme.
std::string SchemeOf(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  if (colon + 1 < text.size() && IsAsciiSpace(text[colon + 1])) return "";
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!is_letter(text[0])) return "";
  for (char c : text.substr(0, colon)) {
    bool digit = c >= '0' && c <= '9';
    if (!is_letter(c) && !digit && c != '+' && c != '-' && c != '.') return "";
  }
  return textkit::AsciiLower(text.substr(0, colon));
}

bool HasControlOrSpace(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f || c == ' ';
  });
}

std::string Quoted(std::string_view text) {
  constexpr std::size_t kShown = 120;
  std::string shown(text.substr(0, kShown));
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
  }
  return "'" + shown + (text.size() > kShown ? "...'" : "'");
}

BatchEntry Invalid(std::string_view text, int line, std::string_view origin, ErrorCode code,
                   const std::string& why) {
  BatchEntry entry;
  entry.line = line;
  entry.text = std::string(text);
  entry.kind = EntryKind::kInvalid;
  entry.error = MakeError(code, std::string(origin) + ":" + std::to_string(line) + ": " +
                                    Quoted(text) + ": " + why);
  return entry;
}

/// Reads one physical line (without its '\n') into `line`; false at the end
/// of input. Past kMaxLineBytes the rest of the line is read and dropped, so
/// memory stays bounded by one line whatever the list holds.
bool ReadBoundedLine(std::istream& in, std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  std::streambuf* buffer = in.rdbuf();
  if (buffer == nullptr) return false;
  bool any = false;
  for (;;) {
    int c = buffer->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any;
    }
    any = true;
    if (c == '\n') return true;
    if (line->size() < BatchListReader::kMaxLineBytes) {
      line->push_back(static_cast<char>(c));
    } else {
      *too_long = true;
    }
  }
}

}  // namespace

std::string_view TrimListLine(std::string_view line) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());
  return textkit::Trim(line, textkit::Spaces::kAscii);
}

bool IsSkippedLine(std::string_view trimmed) { return trimmed.empty() || trimmed.front() == '#'; }

std::string UrlHost(std::string_view url) {
  auto sep = url.find("://");
  if (sep == std::string_view::npos) return "";
  std::string_view rest = url.substr(sep + 3);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  auto at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  if (!authority.empty() && authority.front() == '[') {
    auto close = authority.find(']');
    return close == std::string_view::npos ? "" : textkit::AsciiLower(authority.substr(0, close + 1));
  }
  std::string host = textkit::AsciiLower(authority.substr(0, authority.find(':')));
  while (!host.empty() && host.back() == '.') host.pop_back();  // "example.com." is one host
  return host;
}

BatchEntry ClassifyEntry(std::string_view text, int line, std::string_view origin) {
  if (text.find('\0') != std::string_view::npos) {
    return Invalid(text, line, origin, ErrorCode::kUnreadable, "contains a NUL byte");
  }
  if (text == "-") {
    return Invalid(text, line, origin, ErrorCode::kUnreadable,
                   "standard input cannot be a batch entry");
  }
  std::string scheme = SchemeOf(text);
  if (scheme == "http" || scheme == "https") {
    if (text.substr(scheme.size(), 3) != "://") {
      return Invalid(text, line, origin, ErrorCode::kInvalidUrl, "expected " + scheme + "://");
    }
    if (HasControlOrSpace(text)) {
      return Invalid(text, line, origin, ErrorCode::kInvalidUrl,
                     "a URL cannot contain spaces or control characters");
    }
    if (UrlHost(text).empty()) {
      return Invalid(text, line, origin, ErrorCode::kInvalidUrl, "the URL has no host");
    }
    return BatchEntry{line, std::string(text), EntryKind::kUrl, {}};
  }
  std::string path(text);
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      return Invalid(text, line, origin, ErrorCode::kUnreadable, "is a directory");
    }
    return BatchEntry{line, path, EntryKind::kPath, {}};
  }
  if (!scheme.empty()) {
    return Invalid(text, line, origin, ErrorCode::kBlockedScheme,
                   "scheme '" + scheme + "' is not allowed (http and https only)");
  }
  return Invalid(text, line, origin, ErrorCode::kUnreadable,
                 "neither an http(s) URL nor an existing file");
}

BatchListReader::BatchListReader(std::istream& in, std::string origin)
    : in_(in), origin_(std::move(origin)) {}

std::optional<BatchEntry> BatchListReader::Next() {
  bool too_long = false;
  while (in_.good() && ReadBoundedLine(in_, &line_, &too_long)) {
    ++line_number_;
    if (too_long) {
      return Invalid(std::string_view(line_).substr(0, 60), line_number_, origin_,
                     ErrorCode::kInvalidUrl,
                     "line longer than " + std::to_string(kMaxLineBytes) + " bytes");
    }
    std::string_view trimmed = TrimListLine(line_);
    if (IsSkippedLine(trimmed)) continue;
    return ClassifyEntry(trimmed, line_number_, origin_);
  }
  return std::nullopt;
}

std::optional<int> CountListEntries(const std::string& list_path) {
  if (list_path == "-") return std::nullopt;
  std::ifstream in(list_path, std::ios::binary);
  if (!in) return std::nullopt;
  int count = 0;
  std::string line;
  bool too_long = false;
  while (ReadBoundedLine(in, &line, &too_long)) {
    if (too_long || !IsSkippedLine(TrimListLine(line))) ++count;
  }
  return count;
}

}  // namespace jobpipe
