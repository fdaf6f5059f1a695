// Bytes of unknown encoding -> clean UTF-8: finds the charset (byte order
// mark, declared charset, <meta> in an HTML head, else UTF-8 with an
// optional windows-1252 fallback), converts, and sanitizes (utf8_text.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobpipe {

struct DecodeHints {
  std::string name;              // the input, for warnings
  std::string declared_charset;  // e.g. from Content-Type; "" if none
  bool sniff_meta = false;       // look for <meta charset> in the first KB
  /// When nothing declares a charset and the bytes are not valid UTF-8,
  /// read them as windows-1252 (what browsers do for undeclared pages)
  /// instead of replacing the bad bytes with U+FFFD.
  bool legacy_fallback = false;
};

struct DecodedText {
  std::string text;     // valid UTF-8, sanitized
  std::string charset;  // the iconv name used, e.g. "UTF-8", "WINDOWS-1252"
  std::vector<std::string> warnings;
};

DecodedText DecodeToUtf8(std::string_view bytes, const DecodeHints& hints);

/// The charset a Content-Type names ("text/html; charset=ISO-8859-1" ->
/// "ISO-8859-1"), or "".
std::string CharsetFromContentType(std::string_view content_type);

/// The charset a <meta charset=X> or <meta http-equiv="Content-Type"
/// content="...; charset=X"> in the first 4 KB declares, or "".
std::string CharsetFromMeta(std::string_view html);

/// True when the bytes start with a UTF-16 byte order mark (such text has
/// NUL bytes but is not binary).
bool HasUtf16Bom(std::string_view bytes);

}  // namespace jobpipe
