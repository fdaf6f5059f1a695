#include "tests/support/linear_time.h"

#include <time.h>

#include <algorithm>

namespace jobpipe::testing {
namespace {

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

std::string Repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

double BestSeconds(const std::function<void(const std::string&)>& run, const std::string& input,
                   int runs) {
  // The thread's CPU time, not the clock's: on a loaded machine a short run
  // fits in one time slice while a long one shares the core with others,
  // which made growth look 3 to 4 times worse than it was. The least of the
  // runs still counts (caches, page faults of a first touch).
  // A run shorter than 5 ms is timed in a batch of runs back to back: a
  // floor of 0.1 ms, as at first, made a 20 us small run count as 100 us
  // and the growth of a linear reader look like 35 times.
  constexpr double kMinSampleSeconds = 0.005;
  double best = 1e9;
  for (int i = 0; i < runs; ++i) {
    const double start = ThreadCpuSeconds();
    int batch = 0;
    double took = 0;
    do {
      run(input);
      ++batch;
      took = ThreadCpuSeconds() - start;
    } while (took < kMinSampleSeconds);
    best = std::min(best, took / batch);
  }
  return best;
}

double TimeGrowth(const std::function<std::string(int)>& make, int n,
                  const std::function<void(const std::string&)>& run) {
  const std::string small = make(static_cast<int>(n / kSizeFactor));
  const std::string large = make(n);
  run(small);  // warm-up: lexicons, patterns, the allocator's arenas
  double small_time = BestSeconds(run, small);
  // The large input once, and again only when the first time is over the
  // bound (a preempted run): the least time counts, as above.
  double large_time = BestSeconds(run, large, 1);
  if (large_time > kMaxTimeFactor * small_time) large_time = std::min(large_time, BestSeconds(run, large, 2));
  return large_time / small_time;
}

}  // namespace jobpipe::testing
