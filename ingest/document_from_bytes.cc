#include "ingest/document_from_bytes.h"

#include "ingest/binary_detect.h"
#include "ingest/format_detect.h"
#include "ingest/utf8_text.h"

namespace jobpipe {
namespace {

SourceType SourceTypeForFormat(const std::string& format) {
  if (format == "html") return SourceType::kHtml;
  if (format == "json") return SourceType::kJson;
  return SourceType::kText;
}

}  // namespace

Result<Document> DocumentFromBytes(const std::string& name, std::string_view bytes,
                                   DecodeHints hints, const std::string& known_format) {
  if (!HasUtf16Bom(bytes)) {
    if (auto why = DetectBinary(bytes)) {
      return MakeError(ErrorCode::kBinary, name + ": looks like binary data (" + *why + ")");
    }
  }
  hints.name = name;
  // A saved page declares its charset in <meta>; plain text has no way to.
  hints.sniff_meta = hints.sniff_meta || known_format == "html" ||
                     DetectFormat(bytes.substr(0, 4096), name) == "html";
  DecodedText decoded = DecodeToUtf8(bytes, hints);
  if (IsBlank(decoded.text)) {
    return MakeError(ErrorCode::kEmpty,
                     name + ": input is empty" + (bytes.empty() ? "" : " (only whitespace)"));
  }
  Document doc;
  doc.source.name = name;
  doc.format = known_format.empty() ? DetectFormat(decoded.text, name) : known_format;
  doc.source.type = SourceTypeForFormat(doc.format);
  doc.body = std::move(decoded.text);
  doc.warnings = std::move(decoded.warnings);
  return doc;
}

}  // namespace jobpipe
