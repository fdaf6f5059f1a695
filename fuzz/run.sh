#!/usr/bin/env bash
# Runs every fuzz target in turn for SECONDS each; fails on the first crash,
# leak, timeout, out-of-memory or sanitizer report (libFuzzer's own exit
# status), leaving the input that did it in BUILD/fuzz/findings/.
#
#   fuzz/run.sh SECONDS [BUILD]     BUILD: a -DJOBPIPE_FUZZ=ON build
#                                   directory (default build-fuzz)
#   FUZZ_TARGETS="fuzz_html fuzz_url" fuzz/run.sh 60    some targets only
#
# Each target's corpus grows in BUILD/fuzz/corpus/<target>/ (kept between
# runs, so longer campaigns build on shorter ones); the seeds come from
# fixtures/ (fuzz/seeds.py). One line of figures a target is printed at the
# end: executions, coverage (edges) and corpus size.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:?usage: fuzz/run.sh SECONDS [BUILD]}"
build="$(cd "${2:-$here/../build-fuzz}" && pwd)"
targets=(${FUZZ_TARGETS:-fuzz_text fuzz_html fuzz_json fuzz_jsonld fuzz_record fuzz_batch_list fuzz_url})

declare -A dictionary=(
  [fuzz_text]=record.dict [fuzz_html]=html.dict [fuzz_json]=json.dict
  [fuzz_jsonld]=json.dict [fuzz_record]=record.dict
)

seeds="$build/fuzz/seeds"
rm -rf "$seeds"
python3 "$here/seeds.py" "$seeds"
mkdir -p "$build/fuzz/findings" "$build/fuzz/logs"

# The leak checker at the end of every run; abort (not exit) on a report so
# that libFuzzer counts it as a crash.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# gumbo's own leak of abandoned tags' strings (the file says why).
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}"

summary=()
for target in "${targets[@]}"; do
  binary="$build/fuzz/$target"
  [ -x "$binary" ] || { echo "fuzz: $binary is missing (configure with -DJOBPIPE_FUZZ=ON)" >&2; exit 1; }
  corpus="$build/fuzz/corpus/$target"
  mkdir -p "$corpus" "$seeds/$target"
  args=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -max_len=262144
        -print_final_stats=1 -artifact_prefix="$build/fuzz/findings/$target-")
  if [ -n "${dictionary[$target]:-}" ]; then args+=(-dict="$here/${dictionary[$target]}"); fi
  log="$build/fuzz/logs/$target.log"
  echo "fuzz: $target for ${seconds}s" >&2
  if ! "$binary" "${args[@]}" "$corpus" "$seeds/$target" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target FAILED; the input is in $build/fuzz/findings/" >&2
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  units=$(find "$corpus" -type f | wc -l)
  summary+=("$(printf '%-16s %10s execs %7s edges %6s corpus' "$target" "${runs:-?}" "${coverage:-?}" "$units")")
done
printf 'fuzz: %s\n' "${summary[@]}"
echo "fuzz: ok (${#targets[@]} targets, ${seconds}s each, no finding)"
