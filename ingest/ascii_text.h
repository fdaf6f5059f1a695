// Locale-free ASCII helpers for protocol text (header values, charset
// labels, tag names), shared by the ingest files.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace jobpipe {

inline bool IsAsciiSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

inline std::string_view TrimAsciiLeft(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}

inline std::string_view TrimAscii(std::string_view s) {
  s = TrimAsciiLeft(s);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace jobpipe
