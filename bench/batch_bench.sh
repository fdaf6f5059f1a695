#!/usr/bin/env bash
# Batch throughput against the loopback server (127.0.0.1 only):
#  1. 500 URLs answered after 100 ms each, --jobs 16 --per-host 16 --delay 0,
#     against the ideal 500 x 0.1 / 16 s and against `xargs -P 16 curl`
#     fetching the same URLs to files;
#  2. peak memory for 100 and 10,000 entries.
# usage: bench/batch_bench.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
jobpipe=$build/jobpipe
work=$(mktemp -d)
coproc SERVER { exec python3 "$root/tests/server/loopback_server.py"; }
read -r port <&"${SERVER[0]}"
trap 'kill $SERVER_PID 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
export NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost

for i in $(seq 1 500); do echo "$base/job/$i?delay_ms=100"; done > "$work/urls-500.txt"
echo "ideal: $(python3 -c 'print(500*0.1/16)') s"

hyperfine -N --runs 5 --export-markdown "$work/batch.md" \
  --prepare "bash -c 'rm -rf $work/out $work/curl && mkdir -p $work/out $work/curl'" \
  "$jobpipe --batch $work/urls-500.txt --format jsonl --jobs 16 --per-host 16 --delay 0 --quiet --out-dir $work/out" \
  "bash -c 'cd $work/curl && xargs -P 16 -n 1 curl -s -O < $work/urls-500.txt'" >/dev/null
sed "s|$jobpipe|jobpipe|; s|$work/||g" "$work/batch.md"

echo
echo "== peak memory (max RSS, KiB) by list length"
for n in 100 10000; do
  for i in $(seq 1 "$n"); do echo "$base/job/$i"; done > "$work/urls-$n.txt"
  /usr/bin/time -f %M -o "$work/rss" "$jobpipe" --batch "$work/urls-$n.txt" --format jsonl \
    --jobs 16 --per-host 16 --delay 0 --quiet >/dev/null 2>&1 || true
  echo "$(cat "$work/rss") KiB for $n entries"
done
