// Legacy encodings to UTF-8 with glibc's iconv, wrapped once here (RAII).
#pragma once

#include <iconv.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace jobpipe {

/// One iconv conversion descriptor from a charset to UTF-8.
class Utf8Converter {
 public:
  /// nullopt when iconv does not know the charset.
  static std::optional<Utf8Converter> Open(const std::string& charset);
  ~Utf8Converter();
  Utf8Converter(Utf8Converter&& other) noexcept;
  Utf8Converter& operator=(Utf8Converter&& other) noexcept;
  Utf8Converter(const Utf8Converter&) = delete;
  Utf8Converter& operator=(const Utf8Converter&) = delete;

  /// Converts all of `bytes`. Bytes the charset does not define (and a
  /// truncated sequence at the end) become U+FFFD, counted in `invalid`.
  std::string Convert(std::string_view bytes, std::size_t& invalid);

 private:
  explicit Utf8Converter(iconv_t cd) : cd_(cd) {}
  iconv_t cd_;
};

/// The iconv name for a charset label as pages write it, following the
/// WHATWG Encoding Standard where labels and reality differ (iso-8859-1 and
/// us-ascii pages are decoded as windows-1252, gb2312 as GBK, shift_jis as
/// windows-31j). Returns "UTF-8" for utf-8 labels; "" for an empty label.
std::string CanonicalCharset(std::string_view label);

}  // namespace jobpipe
