#include "ingest/charset_convert.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <utility>

#include "core/text/ascii.h"

namespace jobpipe {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
const iconv_t kInvalidDescriptor = reinterpret_cast<iconv_t>(-1);

struct Alias {
  std::string_view label;
  std::string_view iconv_name;
};

// Labels that must not be taken at their word (WHATWG Encoding Standard) or
// that iconv spells differently.
constexpr std::array kAliases = {
    Alias{"utf-8", "UTF-8"},
    Alias{"utf8", "UTF-8"},
    Alias{"unicode-1-1-utf-8", "UTF-8"},
    Alias{"us-ascii", "WINDOWS-1252"},
    Alias{"ascii", "WINDOWS-1252"},
    Alias{"iso-8859-1", "WINDOWS-1252"},
    Alias{"iso8859-1", "WINDOWS-1252"},
    Alias{"latin1", "WINDOWS-1252"},
    Alias{"l1", "WINDOWS-1252"},
    Alias{"cp1252", "WINDOWS-1252"},
    Alias{"x-cp1252", "WINDOWS-1252"},
    Alias{"windows-1252", "WINDOWS-1252"},
    Alias{"gb2312", "GBK"},
    Alias{"x-gbk", "GBK"},
    Alias{"chinese", "GBK"},
    Alias{"shift_jis", "WINDOWS-31J"},
    Alias{"shift-jis", "WINDOWS-31J"},
    Alias{"sjis", "WINDOWS-31J"},
    Alias{"x-sjis", "WINDOWS-31J"},
    Alias{"ms_kanji", "WINDOWS-31J"},
    Alias{"euc-kr", "CP949"},
    Alias{"ks_c_5601-1987", "CP949"},
    Alias{"iso-8859-9", "WINDOWS-1254"},
    Alias{"tis-620", "CP874"},
};

}  // namespace

std::string CanonicalCharset(std::string_view label) {
  std::string lower;
  for (char c : label) {
    if (c == '"' || c == '\'' || std::isspace(static_cast<unsigned char>(c))) continue;
    lower += textkit::AsciiLower(c);
  }
  if (lower.empty()) return "";
  for (const auto& alias : kAliases) {
    if (lower == alias.label) return std::string(alias.iconv_name);
  }
  std::string upper;
  for (char c : lower) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

std::optional<Utf8Converter> Utf8Converter::Open(const std::string& charset) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == kInvalidDescriptor) return std::nullopt;
  return Utf8Converter(cd);
}

Utf8Converter::~Utf8Converter() {
  if (cd_ != kInvalidDescriptor) iconv_close(cd_);
}

Utf8Converter::Utf8Converter(Utf8Converter&& other) noexcept
    : cd_(std::exchange(other.cd_, kInvalidDescriptor)) {}

Utf8Converter& Utf8Converter::operator=(Utf8Converter&& other) noexcept {
  if (this != &other) {
    if (cd_ != kInvalidDescriptor) iconv_close(cd_);
    cd_ = std::exchange(other.cd_, kInvalidDescriptor);
  }
  return *this;
}

std::string Utf8Converter::Convert(std::string_view bytes, std::size_t& invalid) {
  iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // fresh shift state
  std::string out;
  std::array<char, 16 * 1024> buffer;
  // iconv wants char**, although it does not write through the input.
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* out_ptr = buffer.data();
    std::size_t out_left = buffer.size();
    std::size_t rc = iconv(cd_, &in, &in_left, &out_ptr, &out_left);
    out.append(buffer.data(), buffer.size() - out_left);
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) continue;  // buffer full: drain and go on
    // EILSEQ (undefined byte) or EINVAL (truncated at the end): replace one
    // byte and resynchronise on the next.
    out += kReplacement;
    ++invalid;
    ++in;
    --in_left;
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);
  }
  char* out_ptr = buffer.data();
  std::size_t out_left = buffer.size();
  iconv(cd_, nullptr, nullptr, &out_ptr, &out_left);  // flush a pending state
  out.append(buffer.data(), buffer.size() - out_left);
  return out;
}

}  // namespace jobpipe
