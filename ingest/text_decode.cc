#include "ingest/text_decode.h"

#include <cctype>

#include "core/text/ascii.h"
#include "ingest/charset_convert.h"
#include "ingest/utf8_text.h"

namespace jobpipe {
namespace {

constexpr std::size_t kMetaSniffBytes = 4096;

/// The value after "charset" and "=" at `pos` in `lower` (quotes and
/// separators stripped), or "".
std::string CharsetValueAt(const std::string& lower, std::size_t pos) {
  pos += 7;  // "charset"
  while (pos < lower.size() && std::isspace(static_cast<unsigned char>(lower[pos]))) ++pos;
  if (pos >= lower.size() || lower[pos] != '=') return "";
  ++pos;
  while (pos < lower.size() && (std::isspace(static_cast<unsigned char>(lower[pos])) ||
                                lower[pos] == '"' || lower[pos] == '\'')) {
    ++pos;
  }
  std::size_t end = pos;
  while (end < lower.size() &&
         (std::isalnum(static_cast<unsigned char>(lower[end])) || lower[end] == '-' ||
          lower[end] == '_' || lower[end] == '.' || lower[end] == ':')) {
    ++end;
  }
  return lower.substr(pos, end - pos);
}

std::string BomCharset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "UTF-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  return "";
}

/// Picks the charset to decode with, in the WHATWG order of precedence.
std::string ChooseCharset(std::string_view bytes, const DecodeHints& hints,
                          std::vector<std::string>& warnings) {
  if (auto bom = BomCharset(bytes); !bom.empty()) return bom;
  if (auto declared = CanonicalCharset(hints.declared_charset); !declared.empty()) {
    return declared;
  }
  if (hints.sniff_meta) {
    auto meta = CanonicalCharset(CharsetFromMeta(bytes));
    // A page cannot say it is UTF-16 in a <meta> it could be read by.
    if (meta.rfind("UTF-16", 0) == 0) return "UTF-8";
    if (!meta.empty()) return meta;
  }
  if (hints.legacy_fallback && !IsValidUtf8(bytes)) {
    warnings.push_back(hints.name +
                       ": no charset declared and not valid UTF-8; read as "
                       "windows-1252");
    return "WINDOWS-1252";
  }
  return "UTF-8";
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = textkit::AsciiLower(content_type);
  std::size_t pos = lower.find("charset");
  return pos == std::string::npos ? "" : CharsetValueAt(lower, pos);
}

std::string CharsetFromMeta(std::string_view html) {
  std::string lower = textkit::AsciiLower(html.substr(0, kMetaSniffBytes));
  for (std::size_t meta = lower.find("<meta"); meta != std::string::npos;
       meta = lower.find("<meta", meta + 5)) {
    std::size_t end = lower.find('>', meta);
    if (end == std::string::npos) break;
    std::size_t pos = lower.find("charset", meta);
    if (pos == std::string::npos || pos > end) continue;
    std::string value = CharsetValueAt(lower, pos);
    if (!value.empty()) return value;
  }
  return "";
}

bool HasUtf16Bom(std::string_view bytes) { return BomCharset(bytes).rfind("UTF-16", 0) == 0; }

DecodedText DecodeToUtf8(std::string_view bytes, const DecodeHints& hints) {
  DecodedText out;
  out.charset = ChooseCharset(bytes, hints, out.warnings);
  std::string converted;
  std::size_t invalid = 0;
  if (out.charset != "UTF-8") {
    auto converter = Utf8Converter::Open(out.charset);
    if (converter) {
      std::string_view body = bytes;
      if (HasUtf16Bom(body)) body.remove_prefix(2);  // iconv would keep it as U+FEFF
      converted = converter->Convert(body, invalid);
      bytes = converted;
    } else {
      out.warnings.push_back(hints.name + ": unknown charset \"" + out.charset +
                             "\"; read as UTF-8");
      out.charset = "UTF-8";
    }
  }
  SanitizedText clean = SanitizeUtf8(bytes);
  out.text = std::move(clean.text);
  invalid += clean.invalid_sequences;
  if (invalid > 0) {
    out.warnings.push_back(hints.name + ": replaced " + std::to_string(invalid) + " invalid " +
                           (out.charset == "UTF-8" ? std::string("UTF-8") : out.charset) +
                           " byte sequence" + (invalid == 1 ? "" : "s") + " with U+FFFD");
  }
  return out;
}

}  // namespace jobpipe
