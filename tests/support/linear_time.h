// Growth checks without absolute times (cmark's pathological tests): an
// input is timed against one 16 times smaller in the same process, so a
// slow or loaded machine changes both alike. Linear work takes about 16
// times as long; the bound of 40 leaves room for noise, not for n log n
// gone wrong, and far from n^2 (256 times).
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace jobpipe::testing {

inline constexpr double kSizeFactor = 16;
inline constexpr double kMaxTimeFactor = 40;

/// `piece` `times` times over: how pathological inputs are made.
std::string Repeat(std::string_view piece, std::size_t times);

/// The least CPU time of `runs` runs of `run` on `input` (this thread), in seconds.
double BestSeconds(const std::function<void(const std::string&)>& run, const std::string& input,
                   int runs = 3);

/// Time of run(make(n)) over time of run(make(n / 16)), after a warm-up.
/// The last call of `run` is on make(n), so what it leaves behind is the
/// full-size input's.
double TimeGrowth(const std::function<std::string(int)>& make, int n,
                  const std::function<void(const std::string&)>& run);

}  // namespace jobpipe::testing
