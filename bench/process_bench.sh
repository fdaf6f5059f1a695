#!/usr/bin/env bash
# Whole-process time (hyperfine) and peak memory (GNU time) of jobpipe on
# the seed paste, a 1 MB paste and whole saved pages.
# usage: bench/process_bench.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
jobpipe=$build/jobpipe
seed=$root/fixtures/seed/linkedin-paste-canonical-em-mlops.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A 1 MB paste: the seed's body repeated under numbered parts.
python3 - "$seed" "$work/paste-1mb.txt" <<'PY'
import sys
seed = open(sys.argv[1], encoding="utf-8").read()
body = seed[seed.index("What your day will look like"):]
out, i = [], 0
while sum(map(len, out)) < 1 << 20:
    out.append(f"Part {i}\n\n{body}\n\n"); i += 1
open(sys.argv[2], "w", encoding="utf-8").write("".join(out))
PY

pages=()
if [ -d "$root/../shared/pages" ]; then
  pages=("$root"/../shared/pages/*.html)
else
  pages=("$root"/fixtures/html/*.html)
fi

echo "== whole process (hyperfine, warm cache)"
hyperfine -N --warmup 5 --runs 50 --export-markdown "$work/seed.md" \
  "$jobpipe --date 2025-01-15 $seed" \
  "$jobpipe --date 2025-01-15 $work/paste-1mb.txt"
cat "$work/seed.md"
page_cmds=()
for p in "${pages[@]}"; do page_cmds+=("$jobpipe --date 2025-01-15 $p"); done
hyperfine -N --warmup 3 --runs 20 --export-markdown "$work/pages.md" "${page_cmds[@]}" >/dev/null
sed "s|$root/../shared/pages/||; s|$root/fixtures/html/||; s|$jobpipe|jobpipe|" "$work/pages.md"

echo
echo "== peak memory (max RSS, KiB)"
for f in "$seed" "$work/paste-1mb.txt" "${pages[@]}"; do
  /usr/bin/time -f %M -o "$work/rss" "$jobpipe" --date 2025-01-15 "$f" >/dev/null 2>&1 || true
  echo "$(cat "$work/rss") $(basename "$f")"
done
