// Whole-line byte tests, eight bytes at a time: the text stages run them
// over every line of a posting before anything costlier (most lines have
// no digit, nothing but ASCII, single spaces only).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace jobpipe {

namespace byte_scan {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `word` (all below 0x80) that lies strictly
// between `low` and `high` (Bit Twiddling Hacks' hasbetween).
inline std::uint64_t BytesBetween(std::uint64_t word, unsigned low, unsigned high) {
  return (kOnes * (127 + high) - (word & kOnes * 127)) & ~word & ((word & kOnes * 127) + kOnes * (127 - low)) &
         kHighBits;
}

// The high bit of each byte of `word` that is zero, exactly (no carry
// crosses bytes: (b & 0x7F) + 0x7F is at most 0xFE).
inline std::uint64_t ZeroBytes(std::uint64_t word) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  return ~(((word & kLow7) + kLow7) | word | kLow7);
}

}  // namespace byte_scan

/// Every byte below 0x80.
inline bool IsAscii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    if (word & byte_scan::kHighBits) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

/// Some byte is an ASCII digit.
inline bool HasAsciiDigit(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    // (Bytes of 0x80 or more never count: the ~word term drops them.)
    if (byte_scan::BytesBetween(word, '0' - 1, '9' + 1)) return true;
  }
  for (; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') return true;
  }
  return false;
}

/// No ASCII white space but single ' ' between other bytes: no space at
/// either end, no two in a row, no tab, newline, CR, VT or FF. (Bytes of
/// 0x80 or more are other bytes here.)
inline bool IsSingleSpaced(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() == ' ' || text.back() == ' ') return false;
  std::uint64_t space_before = 0;  // the byte before `i` is a space
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    if (byte_scan::BytesBetween(word, '\t' - 1, '\r' + 1)) return false;
    const std::uint64_t spaces = byte_scan::ZeroBytes(word ^ (byte_scan::kOnes * ' '));
    if ((spaces & (spaces << 8)) || (space_before && (spaces & 0x80))) return false;
    space_before = spaces >> 63;
  }
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '\t' && c <= '\r') return false;
    if (c == ' ' && space_before) return false;
    space_before = c == ' ';
  }
  return true;
}

/// Some capital A-Z follows a byte that is not ASCII white space (or some
/// byte is 0x80 or more, which this test cannot judge): the only places a
/// lost line break ("portfolioOrganize", "cloud.Experience") can be.
inline bool MayHaveInnerCapital(std::string_view text) {
  const auto is_white = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  bool white_before = true;  // the line's start counts as white space
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, text.data() + i, 8);
    if (word & byte_scan::kHighBits) return true;
    const std::uint64_t capitals = byte_scan::BytesBetween(word, 'A' - 1, 'Z' + 1);
    const std::uint64_t white = byte_scan::ZeroBytes(word ^ (byte_scan::kOnes * ' ')) |
                                byte_scan::BytesBetween(word, '\t' - 1, '\r' + 1);
    const std::uint64_t black_before = ((~white & byte_scan::kHighBits) << 8) | (white_before ? 0 : 0x80);
    if (capitals & black_before) return true;
    white_before = (white >> 63) != 0;
  }
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) return true;
    if (c >= 'A' && c <= 'Z' && !white_before) return true;
    white_before = is_white(c);
  }
  return false;
}

}  // namespace jobpipe
