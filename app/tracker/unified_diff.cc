#include "app/tracker/unified_diff.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace jobpipe::tracker {
namespace {

constexpr std::size_t kContext = 3;
// Above this many cells the middle of two texts is shown as one
// replacement instead of being aligned line by line (records are small;
// this only bounds time and memory on odd input).
constexpr std::size_t kMaxAlignCells = 4'000'000;

// Lines with their line ends.
std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    std::size_t newline = text.find('\n');
    std::size_t length = newline == std::string_view::npos ? text.size() : newline + 1;
    lines.push_back(text.substr(0, length));
    text.remove_prefix(length);
  }
  return lines;
}

struct Op {
  char kind;  // ' ', '-', '+'
  std::string_view line;
};

// The middle [a0, a1) x [b0, b1) aligned by a longest common subsequence.
void AlignMiddle(const std::vector<std::string_view>& a, std::size_t a0, std::size_t a1,
                 const std::vector<std::string_view>& b, std::size_t b0, std::size_t b1,
                 std::vector<Op>* ops) {
  std::size_t n = a1 - a0;
  std::size_t m = b1 - b0;
  if ((n + 1) * (m + 1) > kMaxAlignCells) {
    for (std::size_t i = a0; i < a1; ++i) ops->push_back({'-', a[i]});
    for (std::size_t j = b0; j < b1; ++j) ops->push_back({'+', b[j]});
    return;
  }
  // lcs[i][j]: common lines of a[a0+i..a1) and b[b0+j..b1).
  std::vector<std::vector<std::size_t>> lcs(n + 1, std::vector<std::size_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = a[a0 + i] == b[b0 + j] ? lcs[i + 1][j + 1] + 1
                                          : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[a0 + i] == b[b0 + j]) {
      ops->push_back({' ', a[a0 + i]});
      ++i;
      ++j;
    } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops->push_back({'-', a[a0 + i++]});
    } else {
      ops->push_back({'+', b[b0 + j++]});
    }
  }
}

std::vector<Op> Script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  std::vector<Op> ops;
  for (std::size_t i = 0; i < prefix; ++i) ops.push_back({' ', a[i]});
  AlignMiddle(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, &ops);
  for (std::size_t i = a.size() - suffix; i < a.size(); ++i) ops.push_back({' ', a[i]});
  return ops;
}

// "start,count" as GNU diff writes it: ",1" left out, an empty range
// named by the line before it.
std::string Range(std::size_t first, std::size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return std::to_string(count == 0 ? first : first + 1) + "," + std::to_string(count);
}

void WriteLine(const Op& op, std::string* out) {
  *out += op.kind;
  *out += op.line;
  if (op.line.empty() || op.line.back() != '\n') *out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& name) {
  if (before == after) return "";
  std::vector<Op> ops = Script(Lines(before), Lines(after));
  std::string out = "--- " + name + "\n+++ " + name + "\n";
  std::size_t i = 0;
  // Line numbers (from 0) in each text at ops[i].
  std::size_t old_line = 0;
  std::size_t new_line = 0;
  auto advance = [&](std::size_t k) {
    if (ops[k].kind != '+') ++old_line;
    if (ops[k].kind != '-') ++new_line;
  };
  while (i < ops.size()) {
    std::size_t change = i;
    while (change < ops.size() && ops[change].kind == ' ') ++change;
    if (change == ops.size()) break;
    std::size_t start = change >= kContext ? change - kContext : 0;
    start = std::max(start, i);
    for (; i < start; ++i) advance(i);
    // The hunk goes on while the next change is within twice the context.
    std::size_t end = change;
    for (std::size_t k = change; k < ops.size(); ++k) {
      if (ops[k].kind != ' ') {
        end = k + 1;
      } else if (k - end + 1 > 2 * kContext) {
        break;
      }
    }
    end = std::min(ops.size(), end + kContext);
    std::size_t old_count = 0;
    std::size_t new_count = 0;
    for (std::size_t k = start; k < end; ++k) {
      if (ops[k].kind != '+') ++old_count;
      if (ops[k].kind != '-') ++new_count;
    }
    out += "@@ -" + Range(old_line, old_count) + " +" + Range(new_line, new_count) + " @@\n";
    for (; i < end; ++i) {
      WriteLine(ops[i], &out);
      advance(i);
    }
  }
  return out;
}

}  // namespace jobpipe::tracker
