#include "ingest/binary_detect.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace jobpipe {
namespace {

struct MagicNumber {
  std::string_view prefix;
  std::string_view what;
};

// File types people mistake for a posting's text: documents, images,
// archives and executables.
constexpr std::array kMagicNumbers = {
    MagicNumber{"%PDF-", "PDF document"},
    MagicNumber{"\x89PNG\r\n\x1A\n", "PNG image"},
    MagicNumber{"\xFF\xD8\xFF", "JPEG image"},
    MagicNumber{"GIF87a", "GIF image"},
    MagicNumber{"GIF89a", "GIF image"},
    MagicNumber{"PK\x03\x04", "ZIP archive, e.g. .docx or .odt"},
    MagicNumber{"PK\x05\x06", "ZIP archive, e.g. .docx or .odt"},
    MagicNumber{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document (.doc/.xls)"},
    MagicNumber{"\x1F\x8B", "gzip data"},
    MagicNumber{"BZh", "bzip2 data"},
    MagicNumber{"\xFD"
                "7zXZ",
                "xz data"},
    MagicNumber{"7z\xBC\xAF\x27\x1C", "7-Zip archive"},
    MagicNumber{"\x28\xB5\x2F\xFD", "zstd data"},
    MagicNumber{"\x7F"
                "ELF",
                "ELF executable"},
    MagicNumber{"RIFF", "RIFF media file"},
    MagicNumber{"{\\rtf", "RTF document"},
};

// Share of control characters (other than tab, LF, CR, FF, VT, ESC) above
// which a sample is not text; real text has close to none.
constexpr double kMaxControlShare = 0.05;
constexpr std::size_t kSampleBytes = 64 * 1024;

bool IsSuspiciousControl(std::uint8_t c) {
  if (c >= 0x20 && c != 0x7F) return false;
  return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B;
}

}  // namespace

std::optional<std::string> DetectBinary(std::string_view bytes) {
  for (const auto& magic : kMagicNumbers) {
    if (bytes.substr(0, magic.prefix.size()) == magic.prefix) return std::string(magic.what);
  }
  if (bytes.find('\0') != std::string_view::npos) return "NUL bytes";
  std::string_view sample = bytes.substr(0, kSampleBytes);
  if (sample.empty()) return std::nullopt;
  auto controls = std::count_if(sample.begin(), sample.end(), [](char c) {
    return IsSuspiciousControl(static_cast<std::uint8_t>(c));
  });
  if (static_cast<double>(controls) > kMaxControlShare * static_cast<double>(sample.size())) {
    return "many control characters";
  }
  return std::nullopt;
}

}  // namespace jobpipe
